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
import java.time.ZoneId;
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
  /** Kinds of week ({@link WeekGroups}): the search sees one representative week of each. */
  final int weeks;
  final WeekGroups groups;
  /** Per date index: how many evaluated weeks its kind of week stands for; every cost there counts that often. */
  final int[] mult;
  /** The least of {@link #mult}: what any one date's meeting day is worth at least. */
  final int minMult;
  final long firstEpochDay;
  final Person[] person;
  final int[][] attendees;
  final Klass[][] classes;
  /** Meetings that share a required attendee, as a set per meeting and as a sorted list. */
  final java.util.BitSet[] adjacent;
  final int[][] neighbours;
  final int[] cap;
  /**
   * The most off-hours cost (SPEC 3a's burden, as a horizon total) the search may put on any one
   * person; {@link #NO_CAP} for the total objective. {@link Fair} probes with it.
   */
  final long burdenCap;
  static final long NO_CAP = Long.MAX_VALUE;
  /** Whether every zone in use has whole-minute offsets, so {@link FastZone} may stand in for java.time. */
  private final boolean fast;
  private final Map<ZoneId, FastZone> zones = new java.util.HashMap<>();
  private final List<Map<Placement, Cand>> byPlacement;

  /** A placement: its anchor-zone day, minute and phase, and its occurrences as absolute minutes, sorted. */
  static final class Cand {
    final Placement placement;
    final long[] start;
    final long[] end;
    /** The index of its class among the meeting's classes in the full model. */
    int klass;

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
    /** Its start times, in (day, minute, phase) order. */
    Cand[] cands;

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
    this(team, true, true);
  }

  /**
   * This model with every meeting outside {@code free} held to its class in {@code schedule}: its
   * dates and off-hours parts, so its cost, stay; its start time may move within the class.
   */
  SearchModel heldExcept(dev.meetpack.model.Schedule schedule, java.util.Set<String> free) {
    return new SearchModel(this, schedule, free, burdenCap);
  }

  /** This model with no one's burden above {@code cap} (a hard constraint beside H6). */
  SearchModel withBurdenCap(long cap) {
    return new SearchModel(this, null, null, cap);
  }

  /** {@code schedule} null: every meeting stays free. */
  private SearchModel(SearchModel base, dev.meetpack.model.Schedule schedule, java.util.Set<String> free,
      long burdenCap) {
    this.burdenCap = burdenCap;
    team = base.team;
    people = base.people;
    meetings = base.meetings;
    dates = base.dates;
    weeks = base.weeks;
    groups = base.groups;
    mult = base.mult;
    minMult = base.minMult;
    firstEpochDay = base.firstEpochDay;
    person = base.person;
    attendees = base.attendees;
    adjacent = base.adjacent;
    neighbours = base.neighbours;
    cap = base.cap;
    fast = base.fast;
    byPlacement = base.byPlacement;
    classes = new Klass[meetings][];
    for (int m = 0; m < meetings; m++) {
      String id = team.meetings().get(m).id();
      if (schedule == null || free.contains(id)) {
        classes[m] = base.classes[m];
        continue;
      }
      Cand held = cand(m, schedule.of(id));
      classes[m] = new Klass[] {base.classes[m][held.klass]};
    }
  }

  /** The start time of meeting m at placement p, which must be one the model allows. */
  Cand cand(int m, Placement p) {
    Cand c = byPlacement.get(m).get(p);
    if (c == null) {
      throw new IllegalStateException("placement not in the model: " + team.meetings().get(m).id() + " " + p);
    }
    return c;
  }

  /**
   * {@code allowFast} false keeps to java.time throughout, {@code allowGroups} false searches week by
   * week (the tests compare both).
   */
  SearchModel(Team team, boolean allowFast, boolean allowGroups) {
    this.team = team;
    this.people = team.people().size();
    this.meetings = team.meetings().size();
    this.groups = allowGroups ? WeekGroups.of(team) : WeekGroups.each(team.weeks());
    this.weeks = groups.size();
    this.firstEpochDay = team.start().toEpochDay() - 2;
    this.dates = groups.grouped ? WeekGroups.BLOCK * weeks : 7 * weeks + 5;
    this.mult = new int[dates];
    if (groups.grouped) {
      for (int d = 0; d < dates; d++) {
        mult[d] = groups.count[d / WeekGroups.BLOCK];
      }
    } else {
      Arrays.fill(mult, 1);
    }
    this.minMult = Arrays.stream(mult).min().orElse(1);
    this.person = team.people().toArray(new Person[0]);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int p = 0; p < people; p++) {
      index.put(person[p].id(), p);
    }
    burdenCap = NO_CAP;
    cap = new int[people];
    for (int p = 0; p < people; p++) {
      Integer c = person[p].maxOffHoursDaysPerWeek();
      cap[p] = c == null ? NONE : c;
    }
    java.time.Instant from = team.start().minusDays(3).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    java.time.Instant to = team.start().plusWeeks(team.weeks()).plusDays(3).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    java.util.Set<ZoneId> used = new java.util.LinkedHashSet<>();
    team.people().forEach(p -> used.add(p.zone()));
    team.meetings().forEach(mt -> used.add(mt.zone()));
    fast = allowFast && used.stream().allMatch(z -> FastZone.supported(z, from, to));
    if (fast) {
      used.forEach(z -> zones.put(z, new FastZone(z, from, to)));
    }
    attendees = new int[meetings][];
    classes = new Klass[meetings][];
    byPlacement = new ArrayList<>();
    for (int m = 0; m < meetings; m++) {
      Meeting meeting = team.meetings().get(m);
      attendees[m] = meeting.attendees().stream().mapToInt(index::get).toArray();
      classes[m] = buildClasses(m, meeting);
      Map<Placement, Cand> found = new java.util.HashMap<>();
      for (int c = 0; c < classes[m].length; c++) {
        for (Cand cand : classes[m][c].cands) {
          cand.klass = c;
          found.put(cand.placement, cand);
        }
      }
      byPlacement.add(found);
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

  static boolean shareSomeone(int[] a, int[] b) {
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

  /** What makes two placements equivalent: every (attendee, date, week, morning part, evening part). */
  private record Key(int[] entries) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(entries, k.entries);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(entries);
    }
  }

  private Klass[] buildClasses(int mi, Meeting m) {
    Map<Key, Klass> byKey = new LinkedHashMap<>();
    Map<Klass, List<Cand>> times = new java.util.IdentityHashMap<>();
    int[] att = attendees[mi];
    for (Placement pl : placements(m)) {
      Seen seen = fast ? fastView(mi, m, pl) : slowView(mi, m, pl);
      if (seen == null) {
        continue;
      }
      int[] rows = seen.rows();
      int n = rows.length / 7;
      Klass k = byKey.computeIfAbsent(new Key(rows), key -> {
        Klass c = new Klass(mi, n);
        for (int i = 0; i < n; i++) {
          c.slot[i] = rows[7 * i];
          c.person[i] = att[rows[7 * i]];
          c.date[i] = rows[7 * i + 1];
          c.week[i] = rows[7 * i + 2];
          c.morningStart[i] = rows[7 * i + 3];
          c.morningEnd[i] = rows[7 * i + 4];
          c.eveningStart[i] = rows[7 * i + 5];
          c.eveningEnd[i] = rows[7 * i + 6];
        }
        return c;
      });
      times.computeIfAbsent(k, x -> new ArrayList<>()).add(new Cand(pl, seen.start(), seen.end()));
    }
    times.forEach((k, cands) -> k.cands = cands.toArray(new Cand[0]));
    return byKey.values().toArray(new Klass[0]);
  }

  /**
   * How the attendees see one placement: 7 ints per (occurrence, attendee) — attendee slot, date
   * index, week, morning part, evening part — and the occurrences as absolute minutes.
   */
  private record Seen(int[] rows, long[] start, long[] end) {}

  /** With java.time, through the same checks as {@link Constraints}; null if H2/H3 fail in some week. */
  private Seen slowView(int mi, Meeting m, Placement pl) {
    List<Occurrence> occ = new ArrayList<>();
    int[] kind = new int[weeks];
    for (Occurrence oc : Occurrences.of(team, m, pl)) {
      int g = Arrays.binarySearch(groups.rep, oc.week());
      if (g >= 0) {
        kind[occ.size()] = g;
        occ.add(oc);
      }
    }
    if (occ.isEmpty()) {
      return null;
    }
    int[] att = attendees[mi];
    int[] rows = new int[7 * att.length * occ.size()];
    long[] start = new long[occ.size()];
    long[] end = new long[occ.size()];
    int e = 0;
    for (int o = 0; o < occ.size(); o++) {
      Occurrence oc = occ.get(o);
      start[o] = oc.start().toEpochSecond() / 60;
      end[o] = oc.end().toEpochSecond() / 60;
      for (int k = 0; k < att.length; k++) {
        Person p = person[att[k]];
        if (Constraints.attendeeProblem(p, m, oc.start().toInstant(), oc.end().toInstant()) != null) {
          return null;
        }
        LocalSpan s = LocalSpan.of(p.zone(), oc.start().toInstant(), oc.end().toInstant());
        e = row(rows, e, k, s.date().toEpochDay(), kind[o], s.start(), s.end(), p);
      }
    }
    return new Seen(rows, start, end);
  }

  /** The same as {@link #slowView} with offsets as numbers: no allocation per attendee and week. */
  private Seen fastView(int mi, Meeting m, Placement pl) {
    int count = 0;
    for (int g = 0; g < weeks; g++) {
      count += Math.floorMod(groups.rep[g] - pl.phase(), m.period()) == 0 ? 1 : 0;
    }
    if (count == 0) {
      return null;
    }
    int[] att = attendees[mi];
    int[] rows = new int[7 * att.length * count];
    long[] start = new long[count];
    long[] end = new long[count];
    FastZone anchor = zones.get(m.zone());
    int e = 0;
    int o = 0;
    for (int g = 0; g < weeks; g++) {
      int w = groups.rep[g];
      if (Math.floorMod(w - pl.phase(), m.period()) != 0) {
        continue;
      }
      long localDay = team.start().toEpochDay() + 7L * w + pl.day().ordinal();
      long s = anchor.toUtc(localDay * Window.DAY + pl.minute());
      long t = s + m.duration();
      start[o] = s;
      end[o] = t;
      o++;
      for (int k = 0; k < att.length; k++) {
        Person p = person[att[k]];
        FastZone z = zones.get(p.zone());
        long ls = s + z.offsetAt(s);
        long le = t + z.offsetAt(t);
        long date = Math.floorDiv(ls, Window.DAY);
        int from = (int) Math.floorMod(ls, (long) Window.DAY);
        long endDate = Math.floorDiv(le, Window.DAY);
        int to = (int) Math.floorMod(le, (long) Window.DAY);
        if (endDate == date + 1 && to == 0) {
          to = Window.DAY;
        } else if (endDate != date) {
          return null;
        }
        DayOfWeek weekday = DayOfWeek.of((int) Math.floorMod(date + 3, 7L) + 1);
        if (to <= from || !p.workdays().contains(weekday) || !p.available().contains(from, to)
            || (m.withinWork() && !p.work().contains(from, to))) {
          return null;
        }
        e = row(rows, e, k, date, g, from, to, p);
      }
    }
    return new Seen(rows, start, end);
  }

  /** The index of local date {@code epochDay} of kind of week g among the model's dates. */
  int dateIndex(long epochDay, int g) {
    if (!groups.grouped) {
      return (int) (epochDay - firstEpochDay);
    }
    return (int) (g * WeekGroups.BLOCK + epochDay - (firstEpochDay + 7L * groups.rep[g]));
  }

  /** Date index {@code date} of kind g as a day of its week: 0 is the Saturday before the week's Monday. */
  int dayInWeek(int date, int g) {
    return date - (groups.grouped ? WeekGroups.BLOCK * g : 7 * g);
  }

  /** Writes one (attendee, occurrence) row: slot, date index, kind of week, morning part, evening part. */
  private int row(int[] rows, int e, int slot, long epochDay, int week, int from, int to, Person p) {
    int ms = Math.max(from, p.available().start());
    int me = Math.min(to, p.work().start());
    int es = Math.max(from, p.work().end());
    int ee = Math.min(to, p.available().end());
    int[] r = {slot, dateIndex(epochDay, week), week, ms < me ? ms : NONE, ms < me ? me : NONE,
        es < ee ? es : NONE, es < ee ? ee : NONE};
    System.arraycopy(r, 0, rows, 7 * e, 7);
    return e + 1;
  }

  /** Two meetings that share a required attendee, with the union of their attendees: a unit of the bound. */
  record Pair(int a, int b, int[] people) {}

  private List<Pair> pairs;

  /** Every pair of meetings that share a required attendee; computed once. */
  List<Pair> pairs() {
    if (pairs == null) {
      pairs = new ArrayList<>();
      for (int a = 0; a < meetings; a++) {
        for (int b : neighbours[a]) {
          if (b > a) {
            int[] union = java.util.stream.IntStream.concat(Arrays.stream(attendees[a]), Arrays.stream(attendees[b]))
                .distinct().sorted().toArray();
            pairs.add(new Pair(a, b, union));
          }
        }
      }
    }
    return pairs;
  }
}
