package dev.meetpack.search;

import dev.meetpack.search.SearchModel.Klass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * What the lent-day bound misses about meeting days: people who meet around a cycle cannot all keep
 * one date a week when the cycle's date offsets do not add up to zero (Seoul sees a call with Los
 * Angeles on the next date, London sees one with Seoul or Los Angeles on the same date, so a Seoul,
 * Los Angeles and London trio that meets pairwise has someone on two dates). Either some meeting
 * of the cycle takes a dearer class, or some person on it pays a further meeting day. The
 * calendar can close a cycle too: someone whose meetings are allowed on different days, or a chain
 * of people whose offsets carry one end's days past the other's, cannot keep one date each either.
 *
 * <p>Why it adds to the lent-day bound. With the shares held fixed, a schedule costs at least the
 * sum over meetings of their charge in the class they take: a person pays their minutes and at
 * least the day charges of each of their meetings, so at least the shares' weighted mean of them.
 * More exactly, a person p with dates D pays meetingDay for every date in D, so at least the day
 * charges of any one of their meetings (at most W dates, W the most dates any of p's meetings has)
 * plus meetingDay for each date beyond W. For p on a cycle, with its meetings there in and out,
 * |D| is at least the dates of in and out together. So for cycles that share no person and no
 * meeting, the schedule costs at least the lent-day total plus, per cycle, the least over the
 * classes of its meetings of what they charge above their cheapest plus meetingDay for each date
 * beyond W its people need for the two meetings. That least is exact (a walk round the cycle, one
 * class per meeting), and it is often a whole meeting day a week.
 *
 * <p>Which cycles: for each person, the shortest cycle through them along which the cheapest
 * classes' date offsets go round to a positive sum (so those classes cannot keep everyone on one
 * date). Of those found, the most valuable are kept first, each only if it shares no person and
 * no meeting with those kept; then the search runs again on the people and meetings left, until
 * a round keeps nothing. Those rounds run again with people and meetings held out (by turns, one
 * of each cycle the last such pass kept, and a hitting set of all the cycles found so far), which
 * finds cycles that cross the kept ones; then a local search ({@link Packing}) looks for a better
 * packing of all the cycles found. Any packing is a bound; this one is the best found, not proved the best.
 */
final class Cycles {
  private Cycles() {}

  /** Cycles of more people than this are not looked for. */
  static final int LONGEST = 10;
  /**
   * The calendar, standing as a person in cycles: a person's date is at least the earliest, and at
   * most the latest, date a meeting's cheapest classes give them, as if the calendar met them there.
   * It pays no meeting days itself, so a cycle through it is a path whose ends are held apart.
   */
  private static final int CALENDAR = -1;
  /** Offsets beyond this (in days) are taken as this; it only guides which cycles are tried. */
  private static final int SPREAD = 2;

  /**
   * What cycles, and people's own meetings ({@link OwnDates}), add to the lent-day total, in its
   * units: {@code charge[m][c]} is meeting m's charge in class c (Long.MAX_VALUE for classes that
   * are not live), {@code dayUnit} and {@code offUnit} one meeting day and one off-hours day in
   * those units. Nothing must be placed yet. Stops (with what it has, still a bound) once
   * {@code stop} says so.
   */
  static long charge(SearchModel model, long[][] charge, long dayUnit, long offUnit, BooleanSupplier stop) {
    int meetings = model.meetings;
    long[] least = new long[meetings];
    for (int m = 0; m < meetings; m++) {
      least[m] = Arrays.stream(charge[m]).min().orElse(Long.MAX_VALUE);
    }
    // Per live class and attendee slot, their dates; per person, the most dates one class gives them.
    int[][][][] dates = new int[meetings][][][];
    int[] most = new int[model.people];
    for (int m = 0; m < meetings; m++) {
      int[] att = model.attendees[m];
      dates[m] = new int[charge[m].length][][];
      for (int c = 0; c < charge[m].length; c++) {
        if (charge[m][c] != Long.MAX_VALUE) {
          dates[m][c] = new int[att.length][];
          for (int j = 0; j < att.length; j++) {
            dates[m][c][j] = dates(model.classes[m][c], j);
            most[att[j]] = Math.max(most[att[j]], dates[m][c][j].length);
          }
        }
      }
    }
    Map<String, Found> candidates = new TreeMap<>();
    Rounds rounds = new Rounds(model, charge, least, dates, most, dayUnit, candidates, stop);
    List<Found> kept = rounds.run(new boolean[model.people + meetings]);
    // More candidates: the rounds again with people and meetings held out, so that the cycles that
    // cross the kept ones are found too. The passes take turns to hold out a hitting set of the
    // cycles the last even pass kept (one person or meeting of each) and of all the candidates.
    Random random = new Random(1);
    List<Found> last = kept;
    for (int pass = 0, dry = 0; pass < PASSES && dry < DRY && candidates.size() < MOST_CANDIDATES
        && !stop.getAsBoolean(); pass++) {
      int before = candidates.size();
      boolean even = pass % 2 == 0;
      List<Found> now = rounds.run(hittingSet(even ? last : candidates.values(), model.people, meetings, random));
      last = even ? now : last;
      dry = candidates.size() == before ? dry + 1 : 0;
    }
    // The best packing of the candidates and of the people's own units a local search finds from
    // the rounds' own.
    List<Found> all = new ArrayList<>();
    for (Found f : candidates.values()) {
      if (f.value > 0) {
        all.add(f);
      }
    }
    List<OwnDates.Unit> own = OwnDates.units(model, charge, least, dates, most, dayUnit, offUnit, stop);
    if (all.size() + own.size() > MOST_CANDIDATES) {
      return kept.stream().mapToLong(Found::value).sum(); // the packing's clash sets would grow as its square
    }
    int[][] uses = new int[all.size() + own.size()][];
    long[] values = new long[uses.length];
    for (int i = 0; i < all.size(); i++) {
      uses[i] = uses(all.get(i).cycle, model.people);
      values[i] = all.get(i).value;
    }
    for (int i = 0; i < own.size(); i++) {
      uses[all.size() + i] = own.get(i).uses();
      values[all.size() + i] = own.get(i).value();
    }
    return Packing.best(uses, values, kept.stream().mapToInt(all::indexOf).toArray(), stop);
  }

  /** The greedy rounds: each round, per person, their shortest cycle; the most valuable kept first. */
  private record Rounds(SearchModel model, long[][] charge, long[] least, int[][][][] dates, int[] most, long dayUnit,
      Map<String, Found> candidates, BooleanSupplier stop) {
    /**
     * Rounds until one keeps nothing, starting with {@code held} people (by number) and meetings
     * (after them) out; every cycle found goes into the candidates. Returns those kept, which share
     * no person and no meeting.
     */
    List<Found> run(boolean[] held) {
      boolean[] personUsed = Arrays.copyOf(held, model.people);
      boolean[] meetingUsed = Arrays.copyOfRange(held, model.people, held.length);
      List<Found> keptAll = new ArrayList<>();
      boolean kept = true;
      while (kept && !stop.getAsBoolean()) {
        kept = false;
        Graph graph = arcs(model, charge, least, personUsed, meetingUsed);
        // Each person's shortest cycle, once per set of people and meetings, with its value.
        Map<String, Found> found = new TreeMap<>();
        for (int s = 0; s < model.people && !stop.getAsBoolean(); s++) {
          int[] cycle = shortestPositive(graph, s);
          if (cycle != null) {
            String key = key(cycle);
            found.put(key, candidates.computeIfAbsent(key,
                k -> new Found(cycle, Cycles.least(model, dates, charge, least, most, dayUnit, cycle))));
          }
        }
        List<Found> order = new ArrayList<>(found.values());
        order.sort(Comparator.comparingLong((Found f) -> -f.value).thenComparingInt(f -> f.cycle.length));
        for (Found f : order) {
          int[] cycle = f.cycle;
          boolean free = f.value > 0;
          for (int i = 0; i < cycle.length; i += 2) {
            free &= (cycle[i] == CALENDAR || !personUsed[cycle[i]]) && !meetingUsed[cycle[i + 1]];
          }
          if (free) {
            keptAll.add(f);
            kept = true;
            for (int i = 0; i < cycle.length; i += 2) {
              if (cycle[i] != CALENDAR) {
                personUsed[cycle[i]] = true;
              }
              meetingUsed[cycle[i + 1]] = true;
            }
          }
        }
      }
      return keptAll;
    }
  }

  /** Passes of the rounds with a hitting set held out: at most PASSES, stopping after DRY in a row find nothing new. */
  static final int PASSES = 40;
  static final int DRY = 5;
  /** No more passes once this many cycles are found; beyond it, the packing is the greedy one. */
  static final int MOST_CANDIDATES = 5_000;

  /**
   * People and meetings (numbered as in {@link #uses}) that between them are on every candidate of
   * positive value: greedily, the one on the most candidates not yet hit (a random one of equals,
   * so that each pass holds out others), until all are hit.
   */
  private static boolean[] hittingSet(Collection<Found> candidates, int people, int meetings, Random random) {
    int elements = people + meetings;
    List<int[]> open = new ArrayList<>();
    for (Found f : candidates) {
      if (f.value > 0) {
        open.add(uses(f.cycle, people));
      }
    }
    boolean[] held = new boolean[elements];
    int[] count = new int[elements];
    while (!open.isEmpty()) {
      Arrays.fill(count, 0);
      for (int[] on : open) {
        for (int e : on) {
          count[e]++;
        }
      }
      int pick = 0;
      int ties = 1;
      for (int e = 1; e < elements; e++) {
        if (count[e] > count[pick]) {
          pick = e;
          ties = 1;
        } else if (count[e] == count[pick] && random.nextInt(++ties) == 0) {
          pick = e;
        }
      }
      held[pick] = true;
      int chosen = pick;
      open.removeIf(on -> Arrays.stream(on).anyMatch(e -> e == chosen));
    }
    return held;
  }

  /** The people (by number) and meetings (after them) on a cycle; the calendar is left out. */
  private static int[] uses(int[] cycle, int people) {
    return IntStream.range(0, cycle.length).filter(j -> cycle[j] != CALENDAR)
        .map(j -> j % 2 == 0 ? cycle[j] : people + cycle[j]).toArray();
  }

  private record Found(int[] cycle, long value) {}

  /** The cycle's people and meetings, each sorted: the same cycle found from another of its people has the same key. */
  private static String key(int[] cycle) {
    int k = cycle.length / 2;
    int[] people = new int[k];
    int[] meetings = new int[k];
    for (int i = 0; i < k; i++) {
      people[i] = cycle[2 * i];
      meetings[i] = cycle[2 * i + 1];
    }
    Arrays.sort(people);
    Arrays.sort(meetings);
    return Arrays.toString(people) + Arrays.toString(meetings);
  }

  /** An arc from person u through a meeting to person v (see {@link #arcs}). */
  private record Arc(int to, int meeting, int weight) {}

  /** Arcs between people, and per person their arcs to and from the calendar (see {@link #arcs}). */
  private record Graph(Arc[][] arcs, Arc[] toCalendar, Arc[] fromCalendar) {}

  /**
   * Per person u, arcs to each person v met in a meeting neither is used in: weight is the least,
   * over the meeting's cheapest classes, of u's date less v's date (weeks taken out), so a cycle
   * whose weights add up to more than zero cannot be kept on one date each by cheapest classes.
   * Arcs to the calendar weigh u's earliest date in the meeting, arcs from it minus u's latest
   * (the calendar's own date being 0). Of parallel arcs the heaviest is kept.
   */
  private static Graph arcs(SearchModel model, long[][] charge, long[] least, boolean[] personUsed,
      boolean[] meetingUsed) {
    Arc[] toCalendar = new Arc[model.people];
    Arc[] fromCalendar = new Arc[model.people];
    List<List<Arc>> out = new ArrayList<>();
    for (int p = 0; p < model.people; p++) {
      out.add(new ArrayList<>());
    }
    for (int m = 0; m < model.meetings; m++) {
      if (meetingUsed[m] || least[m] == Long.MAX_VALUE) {
        continue;
      }
      int[] att = model.attendees[m];
      int[][] low = new int[att.length][att.length];
      for (int[] row : low) {
        Arrays.fill(row, Integer.MAX_VALUE);
      }
      int[] first = new int[att.length];
      int[] last = new int[att.length];
      Arrays.fill(first, Integer.MAX_VALUE);
      Arrays.fill(last, Integer.MIN_VALUE);
      for (int c = 0; c < charge[m].length; c++) {
        if (charge[m][c] != least[m]) {
          continue;
        }
        Klass k = model.classes[m][c];
        int[] day = new int[att.length];
        for (int i = k.size() - 1; i >= 0; i--) {
          day[k.slot[i]] = model.dayInWeek(k.date[i], k.week[i]);
        }
        for (int a = 0; a < att.length; a++) {
          first[a] = Math.min(first[a], day[a]);
          last[a] = Math.max(last[a], day[a]);
          for (int b = 0; b < att.length; b++) {
            low[a][b] = Math.min(low[a][b], day[a] - day[b]);
          }
        }
      }
      for (int a = 0; a < att.length; a++) {
        int p = att[a];
        if (!personUsed[p] && (toCalendar[p] == null || toCalendar[p].weight < first[a])) {
          toCalendar[p] = new Arc(CALENDAR, m, first[a]);
        }
        if (!personUsed[p] && (fromCalendar[p] == null || fromCalendar[p].weight < -last[a])) {
          fromCalendar[p] = new Arc(p, m, -last[a]);
        }
      }
      for (int a = 0; a < att.length; a++) {
        for (int b = 0; b < att.length; b++) {
          if (a == b || personUsed[att[a]] || personUsed[att[b]]) {
            continue;
          }
          out.get(att[a]).add(new Arc(att[b], m, Math.max(-SPREAD, Math.min(SPREAD, low[a][b]))));
        }
      }
    }
    Arc[][] arcs = new Arc[model.people][];
    for (int p = 0; p < model.people; p++) {
      List<Arc> list = out.get(p);
      list.sort((x, y) -> x.to != y.to ? Integer.compare(x.to, y.to) : Integer.compare(y.weight, x.weight));
      List<Arc> kept = new ArrayList<>();
      for (Arc a : list) {
        if (kept.isEmpty() || kept.get(kept.size() - 1).to != a.to) {
          kept.add(a);
        }
      }
      arcs[p] = kept.toArray(new Arc[0]);
    }
    return new Graph(arcs, toCalendar, fromCalendar);
  }

  /**
   * The shortest closed walk from s back to s with positive weight, directly or through the
   * calendar, if it is a simple cycle through distinct meetings: {person, meeting out of it,
   * person, meeting, ...}, the calendar standing as a person; else null.
   */
  private static int[] shortestPositive(Graph graph, int s) {
    Arc[][] arcs = graph.arcs;
    int span = 2 * SPREAD * LONGEST + 1;
    int offset = SPREAD * LONGEST;
    int people = arcs.length;
    // prev[v][sum]: the state it was reached from, as person * span + sum, with the arc's meeting.
    int[][] prev = new int[people][];
    int[][] via = new int[people][];
    List<int[]> frontier = new ArrayList<>();
    frontier.add(new int[] {s, 0});
    for (int depth = 0; depth < LONGEST; depth++) {
      // Through the calendar: s to v along depth arcs, then v to the calendar and back to s.
      if (depth + 2 <= LONGEST && graph.fromCalendar[s] != null) {
        for (int[] state : frontier) {
          Arc out = graph.toCalendar[state[0]];
          if (out != null && state[1] + out.weight + graph.fromCalendar[s].weight > 0) {
            int[] path = walk(prev, via, s, state[0], state[1] + offset, out.meeting, span, depth + 1);
            int[] cycle = Arrays.copyOf(path, path.length + 2);
            cycle[path.length] = CALENDAR;
            cycle[path.length + 1] = graph.fromCalendar[s].meeting;
            return simple(cycle, s) ? cycle : null;
          }
        }
      }
      List<int[]> next = new ArrayList<>();
      for (int[] state : frontier) {
        for (Arc a : arcs[state[0]]) {
          int sum = state[1] + a.weight;
          if (a.to == s) {
            if (sum > 0 && depth >= 1) {
              int[] cycle = walk(prev, via, s, state[0], state[1] + offset, a.meeting, span, depth + 1);
              return simple(cycle, s) ? cycle : null;
            }
            continue;
          }
          if (Math.abs(sum) > offset) {
            continue;
          }
          if (prev[a.to] == null) {
            prev[a.to] = new int[span];
            via[a.to] = new int[span];
            Arrays.fill(prev[a.to], -1);
          }
          if (prev[a.to][sum + offset] < 0) {
            prev[a.to][sum + offset] = state[0] * span + state[1] + offset;
            via[a.to][sum + offset] = a.meeting;
            next.add(new int[] {a.to, sum});
          }
        }
      }
      frontier = next;
    }
    return null;
  }

  /** The walk from s to {@code last} (reached with {@code lastSum}), {@code length} people, then {@code closing}. */
  private static int[] walk(int[][] prev, int[][] via, int s, int last, int lastSum, int closing, int span,
      int length) {
    int[] cycle = new int[2 * length];
    int v = last;
    int sum = lastSum;
    int meeting = closing;
    for (int i = length - 1; i >= 0; i--) {
      cycle[2 * i] = v;
      cycle[2 * i + 1] = meeting;
      if (v == s) {
        break;
      }
      int from = prev[v][sum];
      meeting = via[v][sum];
      v = from / span;
      sum = from % span;
    }
    return cycle;
  }

  /** Whether the walk starts at s and meets no person and no meeting twice. */
  private static boolean simple(int[] cycle, int s) {
    if (cycle[0] != s) {
      return false;
    }
    for (int i = 0; i < cycle.length; i += 2) {
      for (int j = 0; j < i; j += 2) {
        if (cycle[i] == cycle[j] || cycle[i + 1] == cycle[j + 1]) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The least, over one live class per meeting of the cycle, of their charges above their cheapest
   * plus dayUnit for each date beyond most[p] that each person needs for their two meetings there.
   * Only the dates of the cycle's two people tell a meeting's classes apart here, so classes with
   * the same dates for both count once, at their least charge.
   */
  private static long least(SearchModel model, int[][][][] dates, long[][] charge, long[] least, int[] most,
      long dayUnit, int[] cycle) {
    int k = cycle.length / 2;
    Options[] options = new Options[k];
    for (int i = 0; i < k; i++) {
      int m = cycle[2 * i + 1];
      int after = cycle[(2 * i + 2) % cycle.length];
      options[i] = new Options(model, dates[m], charge[m], least[m], m, cycle[2 * i], after);
    }
    // Person i sits between meeting i - 1 (where they have options[i - 1].second) and meeting i.
    long[][][] days = new long[k][][];
    for (int i = 0; i < k; i++) {
      int[][] into = options[(i + k - 1) % k].second;
      int[][] outOf = options[i].first;
      days[i] = new long[into.length][outOf.length];
      for (int b = 0; b < into.length; b++) {
        for (int c = 0; c < outOf.length; c++) {
          days[i][b][c] = cycle[2 * i] == CALENDAR ? 0 : dayUnit * beyond(into[b], outOf[c], most[cycle[2 * i]]);
        }
      }
    }
    long best = Long.MAX_VALUE;
    for (int c0 = 0; c0 < options[0].above.length && best > 0; c0++) {
      if (options[0].above[c0] >= best) {
        continue;
      }
      long[] f = {options[0].above[c0]};
      for (int i = 1; i < k; i++) {
        long[] g = new long[options[i].above.length];
        for (int c = 0; c < g.length; c++) {
          long step = Long.MAX_VALUE;
          for (int b = 0; b < f.length; b++) {
            step = Math.min(step, f[b] + days[i][i == 1 ? c0 : b][c]);
          }
          g[c] = step + options[i].above[c];
        }
        f = g;
      }
      for (int c = 0; c < f.length; c++) {
        best = Math.min(best, f[c] + days[0][c][c0]);
      }
    }
    return best;
  }

  /**
   * A meeting's live classes as seen by two of its attendees: the distinct pairs of their dates
   * (first's, second's), each with the least charge above the cheapest among classes that give it.
   */
  private static final class Options {
    final int[][] first;
    final int[][] second;
    final long[] above;

    Options(SearchModel model, int[][][] dates, long[] charge, long least, int m, int a, int b) {
      int ja = slotOf(model, m, a);
      int jb = slotOf(model, m, b);
      Map<String, Integer> index = new HashMap<>();
      List<int[]> firsts = new ArrayList<>();
      List<int[]> seconds = new ArrayList<>();
      List<Long> aboves = new ArrayList<>();
      for (int c = 0; c < charge.length; c++) {
        if (charge[c] == Long.MAX_VALUE) {
          continue;
        }
        int[] da = ja == CALENDAR ? NO_DATES : dates[c][ja];
        int[] db = jb == CALENDAR ? NO_DATES : dates[c][jb];
        Integer at = index.putIfAbsent(Arrays.toString(da) + Arrays.toString(db), firsts.size());
        if (at == null) {
          firsts.add(da);
          seconds.add(db);
          aboves.add(charge[c] - least);
        } else {
          aboves.set(at, Math.min(aboves.get(at), charge[c] - least));
        }
      }
      first = firsts.toArray(new int[0][]);
      second = seconds.toArray(new int[0][]);
      above = aboves.stream().mapToLong(Long::longValue).toArray();
    }
  }

  private static final int[] NO_DATES = {};

  /** Person p's attendee slot in meeting m; the calendar's is CALENDAR. */
  static int slotOf(SearchModel model, int m, int p) {
    if (p == CALENDAR) {
      return CALENDAR;
    }
    int j = 0;
    while (model.attendees[m][j] != p) {
      j++;
    }
    return j;
  }

  /** The dates attendee slot j has in class k, in order. */
  private static int[] dates(Klass k, int j) {
    return IntStream.range(0, k.size()).filter(i -> k.slot[i] == j).map(i -> k.date[i]).sorted()
        .distinct().toArray();
  }

  /** How many dates the two sorted lists cover together beyond {@code most}. */
  private static int beyond(int[] a, int[] b, int most) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      if (j == b.length || i < a.length && a[i] < b[j]) {
        i++;
      } else if (i == a.length || b[j] < a[i]) {
        j++;
      } else {
        i++;
        j++;
      }
      n++;
    }
    return Math.max(0, n - most);
  }
}
