package dev.meetpack.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Weighted packing: of candidates that each use some resources, a set that shares no resource, of
 * the greatest total value found. Any packing is what {@link Cycles} need (its value is a bound), so
 * this is a local search, not an exact one: from a given packing, it swaps one member for one or two
 * candidates that clash with nothing else while that gains, then kicks a random candidate in
 * (dropping what it clashes with) and searches again, keeping the best. Seeded, so the same input
 * gives the same packing.
 */
final class Packing {
  /** Kicks, at most. */
  static final int KICKS = 5000;

  private final long[] value;
  private final int[][] clash;
  private final BitSet[] clashes;
  private final boolean[] in;
  /** Per candidate, how many members it clashes with. */
  private final int[] tight;
  private long total;

  private Packing(int[][] uses, long[] value) {
    int n = value.length;
    this.value = value;
    int resources = 0;
    for (int[] u : uses) {
      for (int r : u) {
        resources = Math.max(resources, r + 1);
      }
    }
    List<List<Integer>> users = new ArrayList<>();
    for (int r = 0; r < resources; r++) {
      users.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      for (int r : uses[i]) {
        users.get(r).add(i);
      }
    }
    clashes = new BitSet[n];
    clash = new int[n][];
    for (int i = 0; i < n; i++) {
      clashes[i] = new BitSet(n);
      for (int r : uses[i]) {
        for (int j : users.get(r)) {
          clashes[i].set(j);
        }
      }
      clashes[i].clear(i);
      clash[i] = clashes[i].stream().toArray();
    }
    in = new boolean[n];
    tight = new int[n];
  }

  /**
   * The greatest total value of a packing found, starting from {@code start} (indices of candidates
   * that share no resource). Stops early, with the best so far, once {@code stop} says so.
   */
  static long best(int[][] uses, long[] value, int[] start, BooleanSupplier stop) {
    Packing p = new Packing(uses, value);
    for (int i : start) {
      p.add(i);
    }
    p.improve();
    long best = p.total;
    boolean[] bestIn = p.in.clone();
    Random random = new Random(1);
    int n = value.length;
    for (int kick = 0; kick < KICKS && n > 0 && !stop.getAsBoolean(); kick++) {
      if (random.nextBoolean()) {
        p.become(bestIn);
      }
      int j = random.nextInt(n);
      if (p.in[j]) {
        continue;
      }
      for (int k : p.clash[j]) {
        if (p.in[k]) {
          p.remove(k);
        }
      }
      p.add(j);
      p.improve();
      if (p.total > best) {
        best = p.total;
        bestIn = p.in.clone();
      }
    }
    return best;
  }

  private void add(int i) {
    in[i] = true;
    total += value[i];
    for (int j : clash[i]) {
      tight[j]++;
    }
  }

  private void remove(int i) {
    in[i] = false;
    total -= value[i];
    for (int j : clash[i]) {
      tight[j]--;
    }
  }

  private void become(boolean[] members) {
    for (int i = 0; i < in.length; i++) {
      if (in[i] && !members[i]) {
        remove(i);
      }
    }
    for (int i = 0; i < in.length; i++) {
      if (!in[i] && members[i]) {
        add(i);
      }
    }
  }

  /** Adds what clashes with nothing, and swaps a member for one or two that clash only with it, while that gains. */
  private void improve() {
    boolean gained = true;
    while (gained) {
      gained = false;
      for (int i = 0; i < in.length; i++) {
        if (!in[i] && tight[i] == 0 && value[i] > 0) {
          add(i);
        }
      }
      for (int x = 0; x < in.length && !gained; x++) {
        if (!in[x]) {
          continue;
        }
        List<Integer> only = new ArrayList<>();
        for (int j : clash[x]) {
          if (!in[j] && tight[j] == 1) {
            only.add(j);
          }
        }
        long gain = 0;
        int a = -1;
        int b = -1;
        for (int s = 0; s < only.size(); s++) {
          int u = only.get(s);
          if (value[u] - value[x] > gain) {
            gain = value[u] - value[x];
            a = u;
            b = -1;
          }
          for (int t = s + 1; t < only.size(); t++) {
            int v = only.get(t);
            if (!clashes[u].get(v) && value[u] + value[v] - value[x] > gain) {
              gain = value[u] + value[v] - value[x];
              a = u;
              b = v;
            }
          }
        }
        if (a >= 0) {
          remove(x);
          add(a);
          if (b >= 0) {
            add(b);
          }
          gained = true;
        }
      }
    }
  }
}
