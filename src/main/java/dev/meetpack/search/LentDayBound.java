package dev.meetpack.search;

import java.util.Arrays;

/**
 * The root's third bound, worked out at the root only (it costs some sweeps over every class; it lifts the
 * bound of large teams that the search cannot close). Every person lends shares of their new-day
 * charges to their unplaced meetings, the shares summing to at most one; each meeting is charged
 * the least, over its live classes, of its attendees' off-hours minutes outside the current spans
 * plus each lender's share of their day charges in that class. This is a lower bound on what the
 * unplaced meetings add: the minutes add up over meetings (as in the per-meeting bound), and a
 * person pays at least the day charges of any one of their meetings, so at least a weighted mean
 * of them. The shares start even and climb by projected subgradient steps (a share grows where
 * the meeting's cheapest class charges its lender); every round's total is a bound, the largest
 * is kept. Shares are whole numbers of {@link #LEND_UNITS}, so each total is exact. With
 * {@code cycles}, and nothing placed yet, the best round's total is raised by {@link Cycles}.
 */
final class LentDayBound {
  private LentDayBound() {}

  /** The lent-day bound's shares are whole numbers of this unit; it stops after this many rounds, or after this many without a rise. */
  private static final long LEND_UNITS = 1 << 20;
  private static final int LEND_ROUNDS = 500;
  private static final int LEND_PATIENCE = 40;

  static long of(Solver s, boolean cycles) {
    int[] degree = new int[s.model.people];
    double largest = 1;
    for (int m = 0; m < s.model.meetings; m++) {
      if (s.classOf[m] == s.NONE) {
        for (int p : s.model.attendees[m]) {
          degree[p]++;
        }
        for (int c = 0; c < s.inc[m].length; c++) {
          for (long d : s.classDay[m][c]) {
            largest = Math.max(largest, d);
          }
        }
      }
    }
    // Per person, their unplaced meetings and their attendee slot there.
    int[][] lendTo = new int[s.model.people][];
    int[][] lendSlot = new int[s.model.people][];
    for (int p = 0; p < s.model.people; p++) {
      lendTo[p] = new int[degree[p]];
      lendSlot[p] = new int[degree[p]];
    }
    int[] filled = new int[s.model.people];
    long[][] share = new long[s.model.meetings][];
    for (int m = 0; m < s.model.meetings; m++) {
      if (s.classOf[m] != s.NONE) {
        continue;
      }
      int[] att = s.model.attendees[m];
      share[m] = new long[att.length];
      for (int j = 0; j < att.length; j++) {
        int p = att[j];
        share[m][j] = LEND_UNITS / degree[p];
        lendTo[p][filled[p]] = m;
        lendSlot[p][filled[p]++] = j;
      }
    }
    int[] cheapest = new int[s.model.meetings];
    double[] step = new double[s.model.meetings];
    long best = 0;
    long bestTotal = 0;
    long[][] bestShare = new long[s.model.meetings][];
    for (int round = 0, flat = 0; round < LEND_ROUNDS && flat < LEND_PATIENCE; round++) {
      s.tick();
      if (s.stopped) {
        break; // each round's total is a bound, so the best so far stands
      }
      long total = 0;
      for (int m = 0; m < s.model.meetings; m++) {
        if (s.classOf[m] != s.NONE) {
          continue;
        }
        long least = Long.MAX_VALUE;
        for (int c = 0; c < s.inc[m].length; c++) {
          if (s.inc[m][c] == Long.MAX_VALUE) {
            continue;
          }
          long v = lentCharge(s, m, c, share[m]);
          if (v < least) {
            least = v;
            cheapest[m] = c;
          }
        }
        total += least;
      }
      long bound = Math.floorDiv(total + LEND_UNITS - 1, LEND_UNITS);
      flat = bound > best ? 0 : flat + 1;
      if (bound > best || round == 0) {
        best = bound;
        bestTotal = total;
        for (int m = 0; m < s.model.meetings; m++) {
          bestShare[m] = share[m] == null ? null : share[m].clone();
        }
      }
      double size = 1 / Math.sqrt(round + 1) / largest;
      for (int p = 0; p < s.model.people; p++) {
        int n = degree[p];
        for (int i = 0; i < n; i++) {
          int m = lendTo[p][i];
          int j = lendSlot[p][i];
          step[i] = (double) share[m][j] / LEND_UNITS + size * s.classDay[m][cheapest[m]][j];
        }
        projectOntoShares(step, n);
        long sum = 0;
        for (int i = 0; i < n; i++) {
          long units = (long) Math.floor(step[i] * LEND_UNITS);
          units = Math.max(0, Math.min(units, LEND_UNITS - sum));
          share[lendTo[p][i]][lendSlot[p][i]] = units;
          sum += units;
        }
      }
    }
    boolean nothingPlaced = Arrays.stream(s.classOf).allMatch(c -> c == s.NONE);
    if (!cycles || !nothingPlaced || s.stopped) {
      return best; // s.stopped: the cycles would stop before their first round anyway
    }
    // The best round's charges, to which the day-alignment cycles add.
    long[][] charge = new long[s.model.meetings][];
    for (int m = 0; m < s.model.meetings; m++) {
      charge[m] = new long[s.inc[m].length];
      for (int c = 0; c < s.inc[m].length; c++) {
        charge[m][c] = s.inc[m][c] == Long.MAX_VALUE ? Long.MAX_VALUE : lentCharge(s, m, c, bestShare[m]);
      }
    }
    // A date beyond those a class gives is worth at least the least count of a kind of week (see WeekGroups).
    long extra = Cycles.charge(s.model, charge, LEND_UNITS * s.w.meetingDay() * s.model.minMult,
        LEND_UNITS * s.w.offHoursDay() * s.model.minMult, () -> {
      s.tick();
      return s.stopped;
    });
    return Math.floorDiv(bestTotal + extra + LEND_UNITS - 1, LEND_UNITS);
  }

  /** Meeting m's charge in class c, in lent-day units: its attendees' minutes, and their shares of its day charges. */
  private static long lentCharge(Solver s, int m, int c, long[] share) {
    long[] span = s.classSpan[m][c];
    long[] day = s.classDay[m][c];
    long v = 0;
    for (int j = 0; j < span.length; j++) {
      v += LEND_UNITS * span[j] + share[j] * day[j];
    }
    return v;
  }

  /** Euclidean projection of v[0..n) onto {x >= 0, sum x <= 1}. */
  private static void projectOntoShares(double[] v, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      v[i] = Math.max(0, v[i]);
      sum += v[i];
    }
    if (sum <= 1) {
      return;
    }
    double[] sorted = Arrays.copyOf(v, n);
    Arrays.sort(sorted);
    double above = 0;
    double cut = 0;
    for (int i = n - 1; i >= 0; i--) {
      above += sorted[i];
      cut = (above - 1) / (n - i);
      if (i == 0 || sorted[i - 1] <= cut) {
        break;
      }
    }
    for (int i = 0; i < n; i++) {
      v[i] = Math.max(0, v[i] - cut);
    }
  }
}
