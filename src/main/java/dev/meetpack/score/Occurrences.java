package dev.meetpack.score;

import dev.meetpack.model.Commitments;
import dev.meetpack.model.Meeting;
import dev.meetpack.model.Placement;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Expands placements into occurrences, week by week, so that DST changes are seen in the week they happen. */
public final class Occurrences {
  private Occurrences() {}

  /**
   * The occurrences of {@code meeting} at {@code placement} over the horizon. {@link ZonedDateTime#of}
   * moves a time in a DST gap later by the gap and gives an ambiguous time its earlier offset: the
   * rule RFC 5545 gives for DTSTART;TZID, so calendars show exactly these instants.
   */
  public static List<Occurrence> of(Team team, Meeting meeting, Placement placement) {
    List<Occurrence> out = new ArrayList<>();
    for (int w = 0; w < team.weeks(); w++) {
      if (Math.floorMod(w - placement.phase(), meeting.period()) != 0) {
        continue;
      }
      LocalDate date = team.start().plusDays(7L * w + placement.day().ordinal());
      ZonedDateTime start = ZonedDateTime.of(date, LocalTime.ofSecondOfDay(placement.minute() * 60L), meeting.zone());
      // Duration is absolute time: plusMinutes works on the instant time-line.
      out.add(new Occurrence(meeting.id(), w, start, start.plusMinutes(meeting.duration())));
    }
    return out;
  }

  /**
   * The required attendees of occurrence {@code o} who attend it, in config order: everyone but those
   * whose local date it starts on is a day off (SPEC 2a). Empty when the occurrence is cancelled.
   */
  public static List<String> present(Team team, Meeting m, Occurrence o) {
    if (team.commitments().daysOff().isEmpty()) {
      return m.attendees();
    }
    List<String> in = new ArrayList<>();
    for (String id : m.attendees()) {
      if (team.commitments().missedBecause(team.person(id), o.start().toInstant()) == null) {
        in.add(id);
      }
    }
    return in.size() < 2 ? List.of() : in;
  }

  /**
   * One attendance per attendee present (see {@link #present}) per occurrence, in meeting and attendee
   * order: missed and cancelled occurrences are not scored.
   */
  public static List<Attendance> attendances(Team team, Schedule schedule) {
    List<Attendance> out = new ArrayList<>();
    for (Meeting m : team.meetings()) {
      for (Occurrence o : of(team, m, schedule.of(m.id()))) {
        for (String p : present(team, m, o)) {
          out.add(new Attendance(p, m.id(), m.title(), o.week(), o.start().toInstant(), o.end().toInstant()));
        }
      }
    }
    return out;
  }

  /**
   * Each occurrence that someone misses: who misses it and why (the day off's summary), and whether it
   * is cancelled (fewer than 2 required attendees left; then everyone is listed who is off).
   */
  public record Absence(String meetingId, Occurrence occurrence, Map<String, String> missed, boolean cancelled) {}

  /** Every {@link Absence} of the schedule, in meeting and week order. */
  public static List<Absence> absences(Team team, Schedule schedule) {
    List<Absence> out = new ArrayList<>();
    if (team.commitments().daysOff().isEmpty()) {
      return out;
    }
    for (Meeting m : team.meetings()) {
      for (Occurrence o : of(team, m, schedule.of(m.id()))) {
        Map<String, String> missed = new LinkedHashMap<>();
        for (String id : m.attendees()) {
          String why = team.commitments().missedBecause(team.person(id), o.start().toInstant());
          if (why != null) {
            missed.put(id, why);
          }
        }
        if (!missed.isEmpty()) {
          out.add(new Absence(m.id(), o, missed, m.attendees().size() - missed.size() < 2));
        }
      }
    }
    return out;
  }

  /** An attended occurrence that overlaps a one-off event of the person's calendar (SPEC 2a): listed, not forbidden. */
  public record Conflict(String meetingId, int week, String personId, Commitments.Event event) {}

  /** Every {@link Conflict} of the schedule, in meeting, week and attendee order. */
  public static List<Conflict> conflicts(Team team, Schedule schedule) {
    List<Conflict> out = new ArrayList<>();
    for (Attendance a : attendances(team, schedule)) {
      Commitments.Event e = team.commitments().oneOffDuring(a.personId(), a.start(), a.end());
      if (e != null) {
        out.add(new Conflict(a.meetingId(), a.week(), a.personId(), e));
      }
    }
    return out;
  }
}
