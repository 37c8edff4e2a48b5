package dev.meetpack.search;

import dev.meetpack.search.SearchModel.Klass;
import java.util.Arrays;

/**
 * A first schedule without bounds or backtracking: meetings with the fewest classes first, each
 * in the cheapest class (its exact increment) whose start times fit; kept aside for {@link
 * Solver#adoptDive}, none if some meeting finds no class that fits. Leaves the state as it found it.
 */
final class Dive {
  private Dive() {}

  static void run(Solver s) {
    Integer[] order = new Integer[s.model.meetings];
    for (int m = 0; m < s.model.meetings; m++) {
      order[m] = m;
    }
    Arrays.sort(order, java.util.Comparator.comparingInt(m -> s.model.classes[m].length));
    long before = s.cost;
    int[] marks = new int[s.model.meetings];
    int placed = 0;
    // It runs to the end even past the time limit: one pass, and the schedule a limit must not lose.
    for (; placed < s.model.meetings; placed++) {
      int m = order[placed];
      Klass[] cs = s.model.classes[m];
      int slots = s.model.attendees[m].length;
      long[] span = new long[slots];
      long[] day = new long[slots];
      long[] keyed = new long[cs.length];
      int n = 0;
      for (int c = 0; c < cs.length; c++) {
        if (s.capOk(cs[c])) {
          keyed[n++] = (s.increments(cs[c], span, day, new long[cs[c].size()]) << 20) | c;
        }
      }
      Arrays.sort(keyed, 0, n);
      for (int i = 0; i < n && s.classOf[m] == Solver.NONE; i++) {
        int c = (int) (keyed[i] & 0xFFFFF);
        marks[placed] = s.trailTop;
        long was = s.cost;
        s.apply(cs[c]);
        s.classOf[m] = c;
        if (s.placeTime(m, cs[c]) != Solver.Timing.PLACED) {
          s.classOf[m] = Solver.NONE;
          s.undo(cs[c], marks[placed]);
          s.cost = was;
        }
      }
      s.tick();
      if (s.classOf[m] == Solver.NONE) {
        break;
      }
    }
    if (placed == s.model.meetings) {
      s.diveCost = s.cost;
      s.diveTimes = s.time.clone();
      s.diveAt = System.nanoTime() - s.startNanos;
    }
    for (int i = Math.min(placed, s.model.meetings - 1); i >= 0; i--) {
      int m = order[i];
      if (s.classOf[m] != Solver.NONE) {
        s.undo(s.model.classes[m][s.classOf[m]], marks[i]);
        s.classOf[m] = Solver.NONE;
        s.time[m] = null;
      }
    }
    s.cost = before;
  }
}
