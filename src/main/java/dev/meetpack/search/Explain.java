package dev.meetpack.search;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Placement;
import dev.meetpack.model.Team;
import dev.meetpack.model.Times;
import dev.meetpack.model.Window;
import dev.meetpack.score.Constraints;
import dev.meetpack.score.Occurrence;
import dev.meetpack.score.Occurrences;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Human explanations of why no schedule exists. */
public final class Explain {
  private Explain() {}

  /** Meeting id to why it has no placement at all, for every such meeting. */
  public static java.util.Map<String, String> unplaceable(Team team) {
    return unplaceable(new SearchModel(team));
  }

  /** Meeting id to why it has no placement at all, naming the attendees whose hours leave no common slot. */
  static java.util.Map<String, String> unplaceable(SearchModel model) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (int m = 0; m < model.meetings; m++) {
      if (model.classes[m].length == 0) {
        Meeting meeting = model.team.meetings().get(m);
        out.put(meeting.id(), noSlot(model.team, meeting, model.placements(meeting)));
      }
    }
    return out;
  }

  /** Which placements each attendee alone allows; the message names who cannot meet whom. */
  static String noSlot(Team team, Meeting m, List<Placement> placements) {
    List<Set<Placement>> ok = new ArrayList<>();
    for (String id : m.attendees()) {
      Person p = team.person(id);
      Set<Placement> mine = new HashSet<>();
      for (Placement pl : placements) {
        List<Occurrence> occ = Occurrences.of(team, m, pl);
        if (!occ.isEmpty() && occ.stream().allMatch(
            o -> Constraints.attendeeProblem(p, m, o.start().toInstant(), o.end().toInstant()) == null)) {
          mine.add(pl);
        }
      }
      ok.add(mine);
    }
    String days = m.pinned() ? "its pin " + Times.shortDay(m.pinDay()) + " " + Times.hhmm(m.pinMinute())
        : m.days().stream().map(Times::shortDay).collect(Collectors.joining(", "));
    StringBuilder why = new StringBuilder("meeting '" + m.id() + "' (" + Times.duration(m.duration())
        + ") cannot be placed: no start time on " + days + " works in every week of the horizon; ");
    List<String> att = m.attendees();
    String culprits = null;
    for (int i = 0; i < att.size() && culprits == null; i++) {
      if (ok.get(i).isEmpty()) {
        culprits = att.get(i) + " alone has no slot";
      }
    }
    for (int i = 0; i < att.size() && culprits == null; i++) {
      for (int j = i + 1; j < att.size() && culprits == null; j++) {
        Set<Placement> both = new HashSet<>(ok.get(i));
        both.retainAll(ok.get(j));
        if (both.isEmpty()) {
          culprits = att.get(i) + " and " + att.get(j) + " share no slot";
        }
      }
    }
    why.append(culprits == null ? "no slot fits all attendees at once" : culprits);
    DayOfWeek day = m.pinned() ? m.pinDay() : m.days().iterator().next();
    why.append("; their ").append(m.withinWork() ? "working" : "available").append(" hours on ")
        .append(Times.shortDay(day)).append(" in ").append(m.zone()).append(": ");
    List<String> windows = new ArrayList<>();
    for (String id : att) {
      Person p = team.person(id);
      Window win = m.withinWork() ? p.work() : p.available();
      windows.add(id + " " + inZone(team, p, win, day, m));
    }
    return why.append(String.join(", ", windows)).toString();
  }

  /** The person's window on the meeting's weekday of week 0, shown in the meeting's zone. */
  private static String inZone(Team team, Person p, Window win, DayOfWeek day, Meeting m) {
    var date = team.start().plusDays(day.ordinal());
    ZonedDateTime s = date.atStartOfDay(p.zone()).plusMinutes(win.start()).withZoneSameInstant(m.zone());
    ZonedDateTime e = date.atStartOfDay(p.zone()).plusMinutes(win.end()).withZoneSameInstant(m.zone());
    return Times.shortDay(s.getDayOfWeek()) + " " + Times.hhmm(s.getHour() * 60 + s.getMinute()) + "-"
        + (e.getDayOfWeek() == s.getDayOfWeek() ? "" : Times.shortDay(e.getDayOfWeek()) + " ")
        + Times.hhmm(e.getHour() * 60 + e.getMinute());
  }

  /**
   * Every meeting can be placed alone, yet not all together: look for one person whose own meetings
   * already cannot be scheduled (overlap or cap), the usual culprit.
   */
  static List<String> conflicts(Team team, Solver.Options options) {
    for (Person p : team.people()) {
      List<Meeting> mine = team.meetings().stream().filter(m -> m.attendees().contains(p.id())).toList();
      if (mine.size() < 2 || mine.size() == team.meetings().size()) {
        continue;
      }
      Team sub = team.withMeetings(mine);
      SearchResult r = Solver.solve(sub, new Solver.Options(Duration.ofSeconds(2), null));
      if (r.status() == SearchResult.Status.INFEASIBLE) {
        return List.of("the meetings of " + p.id() + " (" + mine.stream().map(Meeting::id).collect(Collectors.joining(", "))
            + ") cannot all be placed without overlapping"
            + (p.maxOffHoursDaysPerWeek() == null ? "" : " or exceeding maxOffHoursDaysPerWeek " + p.maxOffHoursDaysPerWeek()));
      }
    }
    return List.of("every meeting fits alone, but no combination satisfies no-overlap (H4) and the caps (H6) together");
  }
}
