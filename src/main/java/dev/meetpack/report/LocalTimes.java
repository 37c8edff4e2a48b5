package dev.meetpack.report;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Placement;
import dev.meetpack.model.Team;
import dev.meetpack.model.Times;
import dev.meetpack.score.Occurrence;
import dev.meetpack.score.Occurrences;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How each attendee sees a meeting on their own clock, week by week, with equal weeks merged. */
public final class LocalTimes {
  private LocalTimes() {}

  /** "Tue 19:00-20:00", or "Tue 19:00-20:00 (weeks 0-14, 49-51), Tue 20:00-21:00 (weeks 15-48)" when DST moves it. */
  public static String of(Team team, Meeting m, Placement pl, ZoneId zone) {
    return of(team, m, pl, zone, false);
  }

  /** With {@code dates}, the weeks are named by their dates, as a calendar's reader needs them. */
  static String of(Team team, Meeting m, Placement pl, ZoneId zone, boolean dates) {
    Map<String, List<Integer>> byText = new LinkedHashMap<>();
    List<Occurrence> occurrences = Occurrences.of(team, m, pl);
    for (Occurrence o : occurrences) {
      byText.computeIfAbsent(span(o.start().withZoneSameInstant(zone), o.end().withZoneSameInstant(zone)),
          k -> new ArrayList<>()).add(o.week());
    }
    if (byText.size() <= 1) {
      return byText.isEmpty() ? "-" : byText.keySet().iterator().next();
    }
    List<String> parts = new ArrayList<>();
    byText.forEach((text, weeks) -> parts.add(text + " ("
        + (dates ? Weeks.dates(team, weeks, m.period()) : Weeks.ranges(weeks, m.period())) + ")"));
    return String.join(", ", parts);
  }

  /** Every attendee (required, then optional) with their local time, one line each. */
  public static List<String> lines(Team team, Meeting m, Placement pl) {
    return lines(team, m, pl, false);
  }

  /** The same lines with the weeks named by their dates. */
  public static List<String> lines(Team team, Meeting m, Placement pl, boolean dates) {
    List<String> out = new ArrayList<>();
    for (String id : m.attendees()) {
      Person p = team.person(id);
      out.add(p.name() + " (" + p.zone() + "): " + of(team, m, pl, p.zone(), dates));
    }
    for (String id : m.optional()) {
      Person p = team.person(id);
      out.add(p.name() + " (" + p.zone() + ", optional): " + of(team, m, pl, p.zone(), dates));
    }
    return out;
  }

  static String span(ZonedDateTime s, ZonedDateTime e) {
    String end = Times.hhmm(e.getHour() * 60 + e.getMinute());
    if (!e.toLocalDate().equals(s.toLocalDate())) {
      end = e.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && e.toLocalDate().equals(s.toLocalDate().plusDays(1))
          ? "24:00" : Times.shortDay(e.getDayOfWeek()) + " " + end;
    }
    return Times.shortDay(s.getDayOfWeek()) + " " + Times.hhmm(s.getHour() * 60 + s.getMinute()) + "-" + end;
  }
}
