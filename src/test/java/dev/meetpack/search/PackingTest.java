package dev.meetpack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackingTest {
  private static final int[] NONE = {};

  @Test
  void swapsOneMemberForTwoThatEachClashOnlyWithIt() {
    // a uses resources 0 and 1; b uses 0, c uses 1. From {a}, the best is {b, c}.
    int[][] uses = {{0, 1}, {0}, {1}};
    assertThat(Packing.best(uses, new long[] {5, 3, 3}, new int[] {0}, () -> false)).isEqualTo(6);
    // Worth less than a, b and c stay out.
    assertThat(Packing.best(uses, new long[] {7, 3, 3}, new int[] {0}, () -> false)).isEqualTo(7);
  }

  @Test
  void stoppedAtOnce_stillAddsAndSwapsBeforeTheFirstKick() {
    int[][] uses = {{0, 1}, {0}, {1}, {2}};
    long[] values = {5, 3, 3, 1};
    // It still adds what clashes with nothing, and swaps while that gains, before the first kick.
    assertThat(Packing.best(uses, values, new int[] {0}, () -> true)).isEqualTo(7);
    assertThat(Packing.best(uses, values, NONE, () -> true)).isEqualTo(7);
  }

  @Test
  void randomSmallSets_findTheBestPacking_andNeverMore() {
    Random r = new Random(7);
    int found = 0;
    int greedyFound = 0;
    for (int round = 0; round < 400; round++) {
      int n = 1 + r.nextInt(14);
      int resources = 1 + r.nextInt(10);
      int[][] uses = new int[n][];
      long[] values = new long[n];
      for (int i = 0; i < n; i++) {
        uses[i] = r.ints(1 + r.nextInt(4), 0, resources).distinct().toArray();
        values[i] = 1 + r.nextInt(r.nextBoolean() ? 2 : 9);
      }
      // Start from the greedy packing in index order.
      List<Integer> start = new ArrayList<>();
      boolean[] used = new boolean[resources];
      for (int i = 0; i < n; i++) {
        boolean free = true;
        for (int x : uses[i]) {
          free &= !used[x];
        }
        if (free) {
          start.add(i);
          for (int x : uses[i]) {
            used[x] = true;
          }
        }
      }
      long greedy = start.stream().mapToLong(i -> values[i]).sum();
      long best = Packing.best(uses, values, start.stream().mapToInt(Integer::intValue).toArray(), () -> false);
      long optimum = bruteForce(uses, values, resources);
      assertThat(best).as("round %d", round).isLessThanOrEqualTo(optimum).isGreaterThanOrEqualTo(greedy);
      found += best == optimum ? 1 : 0;
      greedyFound += greedy == optimum ? 1 : 0;
    }
    // Measured: all 400, where the greedy start alone has the best packing on 141.
    assertThat(found).isEqualTo(400);
    assertThat(greedyFound).isLessThan(200);
  }

  private static long bruteForce(int[][] uses, long[] values, int resources) {
    long best = 0;
    for (int set = 0; set < 1 << uses.length; set++) {
      boolean[] used = new boolean[resources];
      long total = 0;
      boolean ok = true;
      for (int i = 0; i < uses.length && ok; i++) {
        if ((set >> i & 1) != 0) {
          for (int x : uses[i]) {
            ok &= !used[x];
            used[x] = true;
          }
          total += values[i];
        }
      }
      if (ok) {
        best = Math.max(best, total);
      }
    }
    return best;
  }
}
