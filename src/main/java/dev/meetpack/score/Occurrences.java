package dev.meetpack.score;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Placement;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

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

  /** One attendance per required attendee per occurrence, in meeting and attendee order. */
  public static List<Attendance> attendances(Team team, Schedule schedule) {
    List<Attendance> out = new ArrayList<>();
    for (Meeting m : team.meetings()) {
      for (Occurrence o : of(team, m, schedule.of(m.id()))) {
        for (String p : m.attendees()) {
          out.add(new Attendance(p, m.id(), m.title(), o.week(), o.start().toInstant(), o.end().toInstant()));
        }
      }
    }
    return out;
  }
}
