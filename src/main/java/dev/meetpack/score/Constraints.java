package dev.meetpack.score;

import dev.meetpack.model.Commitments;
import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Placement;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.model.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hard constraints H1..H7 of SPEC section 2, checked on a complete schedule. An attendee on a day
 * off misses the occurrence and is not constrained by it; a cancelled occurrence constrains no one.
 */
public final class Constraints {
  private Constraints() {}

  /** Why {@code p} cannot attend [start, end) of {@code m}, or null if H2/H3 hold. */
  public static String attendeeProblem(Person p, Meeting m, Instant start, Instant end) {
    LocalSpan s = LocalSpan.of(p.zone(), start, end);
    if (s == null) {
      boolean oneDate = start.atZone(p.zone()).toLocalDate().equals(end.atZone(p.zone()).toLocalDate());
      return oneDate ? "ends at an earlier local time than it starts for " + p.id() + " (the clocks go back during it)"
          : "crosses local midnight for " + p.id();
    }
    if (!p.workdays().contains(s.date().getDayOfWeek())) {
      return "falls on " + Times.shortDay(s.date().getDayOfWeek()) + ", not a workday of " + p.id();
    }
    if (!p.available().contains(s.start(), s.end())) {
      return "is " + local(s) + " for " + p.id() + ", outside available " + p.available();
    }
    if (m.withinWork() && !p.work().contains(s.start(), s.end())) {
      return "is " + local(s) + " for " + p.id() + ", outside work " + p.work();
    }
    return null;
  }

  private static String local(LocalSpan s) {
    return Times.shortDay(s.date().getDayOfWeek()) + " " + Times.hhmm(s.start()) + "-" + Times.hhmm(s.end());
  }

  /** H1, H2, H3 and H5 for one meeting at one placement: the first problem found (without the meeting's id), or null. */
  public static String placementProblem(Team team, Meeting m, Placement pl) {
    if (!m.days().contains(pl.day())) {
      return Times.shortDay(pl.day()) + " is not an allowed day";
    }
    if (m.pinned() && (m.pinDay() != pl.day() || m.pinMinute() != pl.minute())) {
      return "not at its pin";
    }
    if (m.pinPhase() != null && m.pinPhase() != pl.phase()) {
      return "not in its pinned week";
    }
    if (pl.minute() % team.slot() != 0) {
      return Times.hhmm(pl.minute()) + " is off the " + team.slot() + "-minute grid";
    }
    for (Occurrence o : Occurrences.of(team, m, pl)) {
      for (String id : Occurrences.present(team, m, o)) {
        String why = attendeeProblem(team.person(id), m, o.start().toInstant(), o.end().toInstant());
        if (why == null) {
          why = busyProblem(team, team.person(id), o.start().toInstant(), o.end().toInstant());
        }
        if (why != null) {
          return "in week " + o.week() + " (" + o.start().toLocalDate() + ") " + why;
        }
      }
    }
    return null;
  }

  /**
   * Why {@code p} cannot attend [start, end) for busy time (H7), e.g. "taka is busy Thu 20:00-21:00
   * (Vendor call, calendars/taka.ics:14)", or null.
   */
  public static String busyProblem(Team team, Person p, Instant start, Instant end) {
    Commitments.Event e = team.commitments().busyDuring(p.id(), start, end);
    if (e == null) {
      return null;
    }
    java.time.ZonedDateTime s = e.start().atZone(p.zone());
    java.time.ZonedDateTime t = e.end().atZone(p.zone());
    String to = t.toLocalDate().equals(s.toLocalDate()) ? Times.hhmm(t.getHour() * 60 + t.getMinute())
        : Times.shortDay(t.getDayOfWeek()) + " " + Times.hhmm(t.getHour() * 60 + t.getMinute());
    return p.id() + " is busy " + Times.shortDay(s.getDayOfWeek()) + " " + Times.hhmm(s.getHour() * 60 + s.getMinute())
        + "-" + to + " (" + e.summary() + ", " + e.source() + ")";
  }

  /** Every violated constraint of the schedule, as messages; empty when feasible. */
  public static List<String> violations(Team team, Schedule schedule) {
    List<String> out = new ArrayList<>();
    for (Meeting m : team.meetings()) {
      String why = placementProblem(team, m, schedule.of(m.id()));
      if (why != null) {
        out.add(m.id() + ": " + why);
      }
    }
    // H4: overlaps per person.
    List<Attendance> all = Occurrences.attendances(team, schedule);
    Map<String, List<Attendance>> byPerson = new HashMap<>();
    all.forEach(a -> byPerson.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a));
    for (Person p : team.people()) {
      List<Attendance> mine = byPerson.getOrDefault(p.id(), List.of());
      for (int i = 0; i < mine.size(); i++) {
        for (int j = i + 1; j < mine.size(); j++) {
          Attendance a = mine.get(i);
          Attendance b = mine.get(j);
          if (a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
            out.add(p.id() + ": " + a.meetingId() + " overlaps " + b.meetingId() + " in week " + a.week());
          }
        }
      }
      // H6: off-hours local dates per horizon week.
      if (p.maxOffHoursDaysPerWeek() != null) {
        for (int w = 0; w < team.weeks(); w++) {
          Set<LocalDate> off = new TreeSet<>();
          for (Attendance a : mine) {
            if (a.week() != w) {
              continue;
            }
            LocalSpan s = LocalSpan.of(p.zone(), a.start(), a.end());
            if (s != null && (s.morning(p) != null || s.evening(p) != null)) {
              off.add(s.date());
            }
          }
          if (off.size() > p.maxOffHoursDaysPerWeek()) {
            out.add(p.id() + ": off-hours on " + off.size() + " days in week " + w
                + ", more than maxOffHoursDaysPerWeek " + p.maxOffHoursDaysPerWeek());
          }
        }
      }
    }
    return out;
  }
}
