package dev.meetpack.report;

import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.score.Attendance;
import dev.meetpack.score.ReadEvent;
import dev.meetpack.score.ScoreResult;
import dev.meetpack.search.Fair;
import dev.meetpack.search.SearchResult;
import java.util.List;

/**
 * Everything a report shows. {@code schedule} is null when the attendances come from a calendar
 * file; {@code search} is null when nothing was searched; {@code notes} are shown as they are;
 * {@code events} is null unless the attendances were read from a calendar file; {@code fair} is null
 * unless the fair objective was searched (it holds what the total objective gives, for beside it).
 */
public record ReportData(Team team, Schedule schedule, List<Attendance> attendances, ScoreResult score,
    SearchResult search, List<String> notes, List<ReadEvent> events, Fair.Result fair) {
  public ReportData {
    attendances = List.copyOf(attendances);
    notes = List.copyOf(notes);
    events = events == null ? null : List.copyOf(events);
  }

  public ReportData(Team team, Schedule schedule, List<Attendance> attendances, ScoreResult score,
      SearchResult search, List<String> notes, List<ReadEvent> events) {
    this(team, schedule, attendances, score, search, notes, events, null);
  }

  public ReportData(Team team, Schedule schedule, List<Attendance> attendances, ScoreResult score,
      SearchResult search, List<String> notes) {
    this(team, schedule, attendances, score, search, notes, null, null);
  }
}
