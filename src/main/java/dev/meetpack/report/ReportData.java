package dev.meetpack.report;

import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.score.Attendance;
import dev.meetpack.score.ScoreResult;
import dev.meetpack.search.SearchResult;
import java.util.List;

/**
 * Everything a report shows. {@code schedule} is null when the attendances come from a calendar
 * file; {@code search} is null when nothing was searched; {@code notes} are shown as they are.
 */
public record ReportData(Team team, Schedule schedule, List<Attendance> attendances, ScoreResult score,
    SearchResult search, List<String> notes) {
  public ReportData {
    attendances = List.copyOf(attendances);
    notes = List.copyOf(notes);
  }
}
