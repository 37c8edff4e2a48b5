package dev.meetpack.search;

import dev.meetpack.search.SearchModel.Cand;
import dev.meetpack.search.SearchModel.Klass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Complete search for start times of a set of placed meetings, each within its class: smallest
 * remaining domain first; every placement removes the overlapping times of its neighbours, and
 * then each attendee it touches is checked for overload (their occurrences no longer fitting
 * into the windows their remaining times allow).
 */
final class Retime {
  private final Solver s;

  final int[] members;
  final Cand[][] domain;
  final boolean[][] dead;
  final int[] left;
  final int[][] near;
  final int[] killTrail;
  int killTop;
  /** Per attendee with two or more occurrences in play: (member, occurrence) pairs. */
  final int[][] personItems;
  /** Per such attendee: (start, end) of the occurrences of the placed meetings outside the group. */
  final long[][] personFixed;
  /** Per member: the attendees (indices into personItems) it has. */
  final int[][] personsOf;
  /** Per attendee: the check that last looked at them. */
  final long[] checkedAt;
  long checks;
  final long[] release;
  final long[] deadline;
  final long[] length;
  final Integer[] byDeadline;
  int steps;

  Retime(Solver s, List<Integer> comp) {
    this.s = s;
    int n = comp.size();
    members = new int[n];
    domain = new Cand[n][];
    dead = new boolean[n][];
    left = new int[n];
    int total = 0;
    for (int i = 0; i < n; i++) {
      members[i] = comp.get(i);
      domain[i] = s.candsOf(members[i]);
      dead[i] = new boolean[domain[i].length];
      left[i] = domain[i].length;
      total += domain[i].length;
      s.position[members[i]] = i;
    }
    killTrail = new int[2 * total];
    near = new int[n][];
    int[] buffer = new int[s.model.meetings];
    // Per attendee of the group: the members they attend, and the placed meetings outside it.
    Map<Integer, List<Integer>> inside = new TreeMap<>();
    Map<Integer, Set<Integer>> outside = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      for (int p : s.model.attendees[members[i]]) {
        inside.computeIfAbsent(p, q -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < n; i++) {
      int k = 0;
      for (int other : s.model.neighbours[members[i]]) {
        if (s.position[other] != s.NONE) {
          buffer[k++] = s.position[other];
        } else if (s.time[other] != null) {
          // Placed meetings outside the group keep their times: rule out what overlaps them.
          for (int d = 0; d < domain[i].length; d++) {
            if (!dead[i][d] && domain[i][d].overlaps(s.time[other])) {
              dead[i][d] = true;
              left[i]--;
            }
          }
          for (int p : s.model.attendees[other]) {
            if (inside.containsKey(p)) {
              outside.computeIfAbsent(p, q -> new TreeSet<>()).add(other);
            }
          }
        }
      }
      near[i] = Arrays.copyOf(buffer, k);
    }
    for (int member : members) {
      s.position[member] = s.NONE;
    }
    List<int[]> items = new ArrayList<>();
    List<long[]> fixed = new ArrayList<>();
    List<List<Integer>> persons = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      persons.add(new ArrayList<>());
    }
    int most = 0;
    for (Map.Entry<Integer, List<Integer>> e : inside.entrySet()) {
      int[] mine = new int[0];
      for (int i : e.getValue()) {
        int y = mine.length;
        mine = Arrays.copyOf(mine, y + 2 * domain[i][0].start.length);
        for (int k = 0; y < mine.length; k++) {
          mine[y++] = i;
          mine[y++] = k;
        }
      }
      long[] spans = new long[0];
      for (int other : outside.getOrDefault(e.getKey(), Set.of())) {
        int y = spans.length;
        spans = Arrays.copyOf(spans, y + 2 * s.time[other].start.length);
        for (int k = 0; y < spans.length; k++) {
          spans[y++] = s.time[other].start[k];
          spans[y++] = s.time[other].end[k];
        }
      }
      int count = (mine.length + spans.length) / 2;
      if (count < 2) {
        continue;
      }
      for (int i : e.getValue()) {
        persons.get(i).add(items.size());
      }
      items.add(mine);
      fixed.add(spans);
      most = Math.max(most, count);
    }
    personItems = items.toArray(new int[0][]);
    personFixed = fixed.toArray(new long[0][]);
    personsOf = new int[n][];
    for (int i = 0; i < n; i++) {
      personsOf[i] = persons.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    checkedAt = new long[personItems.length];
    release = new long[most];
    deadline = new long[most];
    length = new long[most];
    byDeadline = new Integer[most];
  }

  /** Whether start times fit every member. */
  boolean solve() {
    for (int i = 0; i < members.length; i++) {
      if (left[i] == 0) {
        return false;
      }
    }
    for (int x = 0; x < personItems.length; x++) {
      if (overloaded(x)) {
        return false;
      }
    }
    return assign();
  }

  private boolean assign() {
    if ((++s.cspSteps & 1023) == 0) {
      s.tick();
    }
    if (s.stopped || ++steps > s.retimeBudget) {
      return false;
    }
    int pick = -1;
    for (int i = 0; i < members.length; i++) {
      if (s.time[members[i]] == null && (pick < 0 || left[i] < left[pick])) {
        pick = i;
      }
    }
    if (pick < 0) {
      return true;
    }
    for (int c = 0; c < domain[pick].length; c++) {
      if (dead[pick][c]) {
        continue;
      }
      Cand cand = domain[pick][c];
      int mark = killTop;
      boolean wipedOut = false;
      for (int j : near[pick]) {
        if (s.time[members[j]] != null) {
          continue;
        }
        for (int d = 0; d < domain[j].length; d++) {
          if (!dead[j][d] && cand.overlaps(domain[j][d])) {
            dead[j][d] = true;
            left[j]--;
            killTrail[killTop++] = j;
            killTrail[killTop++] = d;
          }
        }
        if (left[j] == 0) {
          wipedOut = true;
          break;
        }
      }
      if (!wipedOut) {
        s.time[members[pick]] = cand;
        if (!overloadedNear(pick, mark) && assign()) {
          return true;
        }
        s.time[members[pick]] = null;
      }
      while (killTop > mark) {
        int d = killTrail[--killTop];
        int j = killTrail[--killTop];
        dead[j][d] = false;
        left[j]++;
      }
      if (s.stopped || steps > s.retimeBudget) {
        return false;
      }
    }
    return false;
  }

  /** The overload check over the attendees of member i and of the members whose times killTrail[from..] ruled out. */
  private boolean overloadedNear(int i, int from) {
    long check = ++checks;
    for (int y = from - 2; y < killTop; y += 2) {
      for (int x : personsOf[y < from ? i : killTrail[y]]) {
        if (checkedAt[x] != check) {
          checkedAt[x] = check;
          if (overloaded(x)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether attendee x's occurrences cannot all fit: for some window from one occurrence's
   * earliest start to another's latest end, those that must lie inside it last longer than it.
   */
  private boolean overloaded(int x) {
    int[] items = personItems[x];
    long[] held = personFixed[x];
    int n = 0;
    for (int y = 0; y < items.length; y += 2) {
      int i = items[y];
      int k = items[y + 1];
      Cand at = s.time[members[i]];
      long lo = Long.MAX_VALUE;
      long hi = Long.MIN_VALUE;
      if (at != null) {
        lo = at.start[k];
        hi = at.end[k];
      } else {
        for (int d = 0; d < domain[i].length; d++) {
          if (!dead[i][d]) {
            lo = Math.min(lo, domain[i][d].start[k]);
            hi = Math.max(hi, domain[i][d].end[k]);
          }
        }
      }
      release[n] = lo;
      deadline[n] = hi;
      length[n++] = domain[i][0].end[k] - domain[i][0].start[k];
    }
    for (int y = 0; y < held.length; y += 2) {
      release[n] = held[y];
      deadline[n] = held[y + 1];
      length[n++] = held[y + 1] - held[y];
    }
    for (int y = 0; y < n; y++) {
      byDeadline[y] = y;
    }
    Arrays.sort(byDeadline, 0, n, (a, b) -> Long.compare(deadline[a], deadline[b]));
    for (int a = 0; a < n; a++) {
      long from = release[a];
      long inside = 0;
      for (int y = 0; y < n; y++) {
        int b = byDeadline[y];
        if (release[b] >= from) {
          inside += length[b];
          if (inside > deadline[b] - from) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
