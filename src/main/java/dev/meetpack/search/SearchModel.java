package dev.meetpack.search;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Placement;
import dev.meetpack.model.Team;
import dev.meetpack.model.Window;
import dev.meetpack.score.Constraints;
import dev.meetpack.score.LocalSpan;
import dev.meetpack.score.Occurrence;
import dev.meetpack.score.Occurrences;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search's view of a team: every placement of every meeting that satisfies H1, H2, H3 and H5 in
 * every horizon week, grouped into classes. Two placements are in one class when every required
 * attendee sees them on the same local dates with the same morning and evening parts: the cost and
 * the caps (H6) depend only on the class, so the search branches on classes and leaves the exact
 * start time to a no-overlap check (H4), the only constraint that tells class members apart.
 */
final class SearchModel {
  static final int NONE = -1;

  final Team team;
  final int people;
  final int meetings;
  final int dates;
  final int weeks;
  final long firstEpochDay;
  final Person[] person;
  final int[][] attendees;
  final Klass[][] classes;
  /** Meetings that share a required attendee, as a set per meeting and as a sorted list. */
  final java.util.BitSet[] adjacent;
  final int[][] neighbours;
  final int[] cap;

  /** A placement: its anchor-zone day, minute and phase, and its occurrences as absolute minutes, sorted. */
  static final class Cand {
    final Placement placement;
    final long[] start;
    final long[] end;

    Cand(Placement placement, long[] start, long[] end) {
      this.placement = placement;
      this.start = start;
      this.end = end;
    }

    /** Whether any occurrence of this overlaps any of other's (half-open, so back-to-back is fine). */
    boolean overlaps(Cand other) {
      int i = 0;
      int j = 0;
      while (i < start.length && j < other.start.length) {
        if (start[i] < other.end[j] && other.start[j] < end[i]) {
          return true;
        }
        if (end[i] <= other.end[j]) {
          i++;
        } else {
          j++;
        }
      }
      return false;
    }
  }

  /** A class of equivalent placements of one meeting; one entry per (attendee, occurrence). */
  static final class Klass {
    final int meeting;
    final int[] slot;
    final int[] person;
    final int[] date;
    final int[] week;
    final int[] morningStart;
    final int[] morningEnd;
    final int[] eveningStart;
    final int[] eveningEnd;
    final List<Cand> cands = new ArrayList<>();

    Klass(int meeting, int n) {
      this.meeting = meeting;
      slot = new int[n];
      person = new int[n];
      date = new int[n];
      week = new int[n];
      morningStart = new int[n];
      morningEnd = new int[n];
      eveningStart = new int[n];
      eveningEnd = new int[n];
    }

    int size() {
      return person.length;
    }

    boolean offHours(int i) {
      return morningStart[i] != NONE || eveningStart[i] != NONE;
    }
  }

  SearchModel(Team team) {
    this.team = team;
    this.people = team.people().size();
    this.meetings = team.meetings().size();
    this.weeks = team.weeks();
    this.firstEpochDay = team.start().toEpochDay() - 2;
    this.dates = 7 * weeks + 5;
    this.person = team.people().toArray(new Person[0]);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int p = 0; p < people; p++) {
      index.put(person[p].id(), p);
    }
    cap = new int[people];
    for (int p = 0; p < people; p++) {
      Integer c = person[p].maxOffHoursDaysPerWeek();
      cap[p] = c == null ? NONE : c;
    }
    attendees = new int[meetings][];
    classes = new Klass[meetings][];
    for (int m = 0; m < meetings; m++) {
      Meeting meeting = team.meetings().get(m);
      attendees[m] = meeting.attendees().stream().mapToInt(index::get).toArray();
      classes[m] = buildClasses(m, meeting);
    }
    adjacent = new java.util.BitSet[meetings];
    neighbours = new int[meetings][];
    for (int m = 0; m < meetings; m++) {
      adjacent[m] = new java.util.BitSet(meetings);
      for (int n = 0; n < meetings; n++) {
        if (n != m && shareSomeone(attendees[m], attendees[n])) {
          adjacent[m].set(n);
        }
      }
      neighbours[m] = adjacent[m].stream().toArray();
    }
  }

  private static boolean shareSomeone(int[] a, int[] b) {
    for (int x : a) {
      for (int y : b) {
        if (x == y) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every placement the meeting's own constraints allow, in (day, minute, phase) order. */
  List<Placement> placements(Meeting m) {
    List<Placement> out = new ArrayList<>();
    int[] phases = !m.biweekly() ? new int[] {0} : m.pinPhase() != null ? new int[] {m.pinPhase()} : new int[] {0, 1};
    for (DayOfWeek day : DayOfWeek.values()) {
      if (!m.days().contains(day) || (m.pinned() && m.pinDay() != day)) {
        continue;
      }
      for (int minute = 0; minute < Window.DAY; minute += team.slot()) {
        if (m.pinned() && m.pinMinute() != minute) {
          continue;
        }
        for (int phase : phases) {
          out.add(new Placement(day, minute, phase));
        }
      }
    }
    return out;
  }

  private Klass[] buildClasses(int mi, Meeting m) {
    Map<String, Klass> byKey = new LinkedHashMap<>();
    int[] att = attendees[mi];
    for (Placement pl : placements(m)) {
      List<Occurrence> occ = Occurrences.of(team, m, pl);
      if (occ.isEmpty()) {
        continue;
      }
      int n = att.length * occ.size();
      int[] entry = new int[n * 7];
      long[] start = new long[occ.size()];
      long[] end = new long[occ.size()];
      boolean ok = true;
      int e = 0;
      for (int o = 0; o < occ.size() && ok; o++) {
        Occurrence oc = occ.get(o);
        start[o] = oc.start().toEpochSecond() / 60;
        end[o] = oc.end().toEpochSecond() / 60;
        for (int k = 0; k < att.length; k++) {
          Person p = person[att[k]];
          if (Constraints.attendeeProblem(p, m, oc.start().toInstant(), oc.end().toInstant()) != null) {
            ok = false;
            break;
          }
          LocalSpan s = LocalSpan.of(p.zone(), oc.start().toInstant(), oc.end().toInstant());
          int[] mo = s.morning(p);
          int[] ev = s.evening(p);
          int[] row = {k, (int) (s.date().toEpochDay() - firstEpochDay), oc.week(),
              mo == null ? NONE : mo[0], mo == null ? NONE : mo[1], ev == null ? NONE : ev[0], ev == null ? NONE : ev[1]};
          System.arraycopy(row, 0, entry, 7 * e++, 7);
        }
      }
      if (!ok) {
        continue;
      }
      Klass k = byKey.computeIfAbsent(Arrays.toString(entry), key -> {
        Klass c = new Klass(mi, n);
        for (int i = 0; i < n; i++) {
          c.slot[i] = entry[7 * i];
          c.person[i] = att[entry[7 * i]];
          c.date[i] = entry[7 * i + 1];
          c.week[i] = entry[7 * i + 2];
          c.morningStart[i] = entry[7 * i + 3];
          c.morningEnd[i] = entry[7 * i + 4];
          c.eveningStart[i] = entry[7 * i + 5];
          c.eveningEnd[i] = entry[7 * i + 6];
        }
        return c;
      });
      k.cands.add(new Cand(pl, start, end));
    }
    return byKey.values().toArray(new Klass[0]);
  }
}
