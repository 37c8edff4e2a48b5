package dev.meetpack.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * What the lent-day bound misses about one person's own meetings: each meeting may take its
 * cheapest class, but those classes may put the person on more dates than one meeting has, or
 * may not leave start times that avoid each other. Then some of their meetings take dearer classes,
 * or the person pays a further meeting day. On its own, no-overlap adds nothing to the lent-day
 * bound (a clash can be dodged on another weekday at the same charge); it adds here because the
 * further dates are charged too.
 *
 * <p>Why it is a bound, on the terms of {@link Cycles}: a schedule costs at least the lent-day total,
 * plus each meeting's charge above its cheapest, plus meetingDay for each date beyond W of each
 * person (W the most dates one of their meetings has). For a person p and some of their meetings S,
 * the classes S takes in any schedule have start times that pairwise avoid each other (p attends
 * them all), and p's dates include those of S. So p and S together add at least the least, over
 * such class choices, of S's charges above their cheapest plus meetingDay for each date of S beyond
 * W. A unit uses p's further dates and S's charges above the cheapest, as a cycle does, so units and
 * cycles that share no person and no meeting add up.
 */
final class OwnDates {
  private OwnDates() {}

  /** Search nodes per person (and per smaller set tried); a person whose search runs past it gives no unit. */
  static final int NODES = 200_000;

  /** One person and some of their meetings (numbered as in {@link Cycles}'s packing: meetings after people), and their value. */
  record Unit(int[] uses, long value) {}

  /**
   * Every person whose own meetings add something, with a least set of those meetings that adds
   * the same. Arguments as in {@link Cycles}: per live class and attendee slot, their dates; per
   * person, the most dates one class gives them.
   */
  static List<Unit> units(SearchModel model, long[][] charge, long[] least, int[][][][] dates, int[] most,
      long dayUnit, BooleanSupplier stop) {
    List<List<Integer>> mine = new ArrayList<>();
    for (int p = 0; p < model.people; p++) {
      mine.add(new ArrayList<>());
    }
    for (int m = 0; m < model.meetings; m++) {
      for (int p : model.attendees[m]) {
        mine.get(p).add(m);
      }
    }
    List<Unit> out = new ArrayList<>();
    for (int p = 0; p < model.people && !stop.getAsBoolean(); p++) {
      List<Integer> set = mine.get(p);
      if (set.size() < 2) {
        continue;
      }
      long value = least(model, charge, least, dates, most[p], dayUnit, p, set);
      if (value <= 0) {
        continue;
      }
      // Drop meetings while the rest still add as much: smaller units clash with fewer others.
      for (int m : List.copyOf(set)) {
        List<Integer> fewer = new ArrayList<>(set);
        fewer.remove(Integer.valueOf(m));
        if (fewer.size() >= 2 && least(model, charge, least, dates, most[p], dayUnit, p, fewer) == value) {
          set = fewer;
        }
      }
      int[] uses = new int[set.size() + 1];
      uses[0] = p;
      for (int i = 0; i < set.size(); i++) {
        uses[i + 1] = model.people + set.get(i);
      }
      out.add(new Unit(uses, value));
    }
    return out;
  }

  /**
   * What person p and meetings {@code set} add at least (see the class comment); 0 when the search
   * runs past NODES, or finds no classes that fit (then the team has no schedule, which the search
   * itself reports).
   */
  private static long least(SearchModel model, long[][] charge, long[] least, int[][][][] dates, int most,
      long dayUnit, int p, List<Integer> set) {
    Search s = new Search(model, charge, least, dates, most, dayUnit, p, set);
    s.dfs(0, 0);
    return s.nodes > NODES || s.best == Long.MAX_VALUE ? 0 : s.best;
  }

  /** Depth-first over one live class per meeting, cheapest first, cut at the best complete choice so far. */
  private static final class Search {
    final SearchModel model;
    final long[][] charge;
    final long[] least;
    final long dayUnit;
    final int most;
    final int[] meetings;
    /** Per meeting: its live classes, cheapest first, and p's dates in each. */
    final int[][] order;
    final int[][][] datesOf;
    final int[] chosen;
    /** How many chosen classes put p on each date, and on how many dates. */
    final int[] onDate;
    int distinct;
    long best = Long.MAX_VALUE;
    long nodes;

    Search(SearchModel model, long[][] charge, long[] least, int[][][][] dates, int most, long dayUnit, int p,
        List<Integer> set) {
      this.model = model;
      this.charge = charge;
      this.least = least;
      this.dayUnit = dayUnit;
      this.most = most;
      meetings = set.stream().mapToInt(Integer::intValue).toArray();
      order = new int[meetings.length][];
      datesOf = new int[meetings.length][][];
      for (int i = 0; i < meetings.length; i++) {
        int m = meetings[i];
        int slot = 0;
        while (model.attendees[m][slot] != p) {
          slot++;
        }
        order[i] = IntStream.range(0, charge[m].length).filter(c -> charge[m][c] != Long.MAX_VALUE).boxed()
            .sorted(Comparator.comparingLong(c -> charge[m][c])).mapToInt(Integer::intValue).toArray();
        datesOf[i] = new int[charge[m].length][];
        for (int c : order[i]) {
          datesOf[i][c] = dates[m][c][slot];
        }
      }
      chosen = new int[meetings.length];
      onDate = new int[model.dates];
    }

    void dfs(int i, long above) {
      if (++nodes > NODES) {
        return;
      }
      long value = above + dayUnit * Math.max(0, distinct - most);
      if (value >= best) {
        return;
      }
      if (i == meetings.length) {
        best = value;
        return;
      }
      int m = meetings[i];
      for (int c : order[i]) {
        long more = charge[m][c] - least[m];
        if (value + more >= best || nodes > NODES) {
          return; // the rest are dearer still
        }
        if (!fitsChosen(i, c)) {
          continue;
        }
        chosen[i] = c;
        for (int d : datesOf[i][c]) {
          distinct += onDate[d]++ == 0 ? 1 : 0;
        }
        dfs(i + 1, above + more);
        for (int d : datesOf[i][c]) {
          distinct -= --onDate[d] == 0 ? 1 : 0;
        }
      }
    }

    /** Whether class c of meeting i can avoid, in start times, each class chosen before it. */
    private boolean fitsChosen(int i, int c) {
      for (int j = 0; j < i; j++) {
        if (!Solver.classesFit(model.classes[meetings[j]][chosen[j]], model.classes[meetings[i]][c])) {
          return false;
        }
      }
      return true;
    }
  }
}
