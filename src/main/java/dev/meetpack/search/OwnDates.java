package dev.meetpack.search;

import dev.meetpack.search.SearchModel.Klass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * What the lent-day bound misses about one person's own meetings: each meeting may take its
 * cheapest class, but those classes may put the person on more dates, or more off-hours dates, than
 * one meeting has, or may not leave start times that avoid each other. Then some of their meetings
 * take dearer classes, or the person pays a further meeting day or off-hours day. On its own,
 * no-overlap adds nothing to the lent-day bound (a clash can be dodged on another weekday at the
 * same charge); it adds here because the further days are charged too.
 *
 * <p>Why it is a bound, on the terms of {@link Cycles}: a person p with dates D, O of them off-hours,
 * pays meetingDay for each date and offHoursDay for each off-hours one, so at least the day charges
 * of any one of their meetings (at most W dates, V of them off-hours, W and V the most one class of
 * p's meetings gives p) plus meetingDay for each date beyond W and offHoursDay for each off-hours
 * date beyond V. So a schedule costs at least the lent-day total, plus each meeting's charge above
 * its cheapest, plus those further days of each person. For some of p's meetings S, the classes S
 * takes in any schedule have start times that pairwise avoid each other (p attends them all), and
 * D and O include the dates S gives p. So p and S together add at least the least, over such class
 * choices, of S's charges above their cheapest and the further days S alone gives p. Such a unit
 * uses p's further days and S's charges above the cheapest, as a cycle uses its people's and its
 * meetings', so units and cycles that share no person and no meeting add up.
 */
final class OwnDates {
  private OwnDates() {}

  /** Search nodes per set of meetings tried; a set whose search runs past it adds nothing. */
  static final int NODES = 200_000;

  /** One person and some of their meetings (numbered as in the cycles' packing: meetings after people), and their value. */
  record Unit(int[] uses, long value) {}

  /**
   * Every person whose own meetings add something, with a least set of those meetings that adds as
   * much. {@code charge}, {@code least}, {@code dates} (per live class and attendee slot) and
   * {@code most} (per person) as in {@link Cycles}; {@code dayUnit} and {@code offUnit} are one
   * meeting day and one off-hours day in their units.
   */
  static List<Unit> units(SearchModel model, long[][] charge, long[] least, int[][][][] dates, int[] most,
      long dayUnit, long offUnit, BooleanSupplier stop) {
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
      if (mine.get(p).size() < 2) {
        continue;
      }
      Person person = new Person(model, charge, least, dates, most[p], dayUnit, offUnit, stop, p, mine.get(p));
      List<Integer> set = IntStream.range(0, person.meetings.length).boxed().toList();
      long value = person.least(set);
      if (value <= 0) {
        continue;
      }
      // Drop meetings while the rest still add as much: smaller units clash with fewer others.
      for (int i = 0; i < person.meetings.length; i++) {
        List<Integer> fewer = new ArrayList<>(set);
        fewer.remove(Integer.valueOf(i));
        if (fewer.size() >= 2 && person.least(fewer) == value) {
          set = fewer;
        }
      }
      int[] uses = new int[set.size() + 1];
      uses[0] = p;
      for (int i = 0; i < set.size(); i++) {
        uses[i + 1] = model.people + person.meetings[set.get(i)];
      }
      out.add(new Unit(uses, value));
    }
    return out;
  }

  /** Person p's meetings: per meeting, its live classes (cheapest first) and p's dates and off-hours dates in each. */
  private static final class Person {
    final SearchModel model;
    final long[][] charge;
    final long[] least;
    final long dayUnit;
    final long offUnit;
    final BooleanSupplier stop;
    final int[] meetings;
    final int[][] order;
    final int[][][] dates;
    final int[][][] offDates;
    /** The most dates, and off-hours dates, one class of one of p's meetings gives p. */
    final int most;
    int mostOff;

    Person(SearchModel model, long[][] charge, long[] least, int[][][][] dates, int most, long dayUnit, long offUnit,
        BooleanSupplier stop, int p, List<Integer> mine) {
      this.model = model;
      this.most = most;
      this.charge = charge;
      this.least = least;
      this.dayUnit = dayUnit;
      this.offUnit = offUnit;
      this.stop = stop;
      meetings = mine.stream().mapToInt(Integer::intValue).toArray();
      order = new int[meetings.length][];
      this.dates = new int[meetings.length][][];
      offDates = new int[meetings.length][][];
      for (int i = 0; i < meetings.length; i++) {
        int m = meetings[i];
        int slot = Cycles.slotOf(model, m, p);
        order[i] = IntStream.range(0, charge[m].length).filter(c -> charge[m][c] != Long.MAX_VALUE).boxed()
            .sorted(Comparator.comparingLong(c -> charge[m][c])).mapToInt(Integer::intValue).toArray();
        this.dates[i] = new int[charge[m].length][];
        offDates[i] = new int[charge[m].length][];
        for (int c : order[i]) {
          Klass k = model.classes[m][c];
          this.dates[i][c] = dates[m][c][slot];
          offDates[i][c] = IntStream.range(0, k.size()).filter(e -> k.slot[e] == slot && k.offHours(e))
              .map(e -> k.date[e]).distinct().toArray();
          mostOff = Math.max(mostOff, offDates[i][c].length);
        }
      }
    }

    /**
     * What p and the meetings at {@code set} add at least (see the class comment); 0 when the
     * search runs past NODES or is stopped, or finds no classes that fit (then the team has no
     * schedule, which the search itself reports).
     */
    long least(List<Integer> set) {
      Search s = new Search(this, set.stream().mapToInt(Integer::intValue).toArray());
      s.dfs(0, 0);
      return s.nodes > NODES || s.best == Long.MAX_VALUE ? 0 : s.best;
    }
  }

  /** Depth-first over one live class per meeting, cheapest first, cut at the best complete choice so far. */
  private static final class Search {
    final Person of;
    final int[] set;
    final int[] chosen;
    /** How many chosen classes put p on each date, and on each off-hours date; how many of each. */
    final int[] onDate;
    final int[] offOnDate;
    int distinct;
    int distinctOff;
    long best = Long.MAX_VALUE;
    long nodes;

    Search(Person of, int[] set) {
      this.of = of;
      this.set = set;
      chosen = new int[set.length];
      onDate = new int[of.model.dates];
      offOnDate = new int[of.model.dates];
    }

    void dfs(int depth, long above) {
      if (++nodes > NODES || nodes % 1024 == 0 && of.stop.getAsBoolean()) {
        nodes = NODES + 1; // past the budget: nothing is proved
        return;
      }
      long value = above + of.dayUnit * Math.max(0, distinct - of.most)
          + of.offUnit * Math.max(0, distinctOff - of.mostOff);
      if (value >= best) {
        return;
      }
      if (depth == set.length) {
        best = value;
        return;
      }
      int i = set[depth];
      int m = of.meetings[i];
      for (int c : of.order[i]) {
        long more = of.charge[m][c] - of.least[m];
        if (value + more >= best || nodes > NODES) {
          return; // the rest are dearer still
        }
        if (!fitsChosen(depth, c)) {
          continue;
        }
        chosen[depth] = c;
        for (int d : of.dates[i][c]) {
          distinct += onDate[d]++ == 0 ? 1 : 0;
        }
        for (int d : of.offDates[i][c]) {
          distinctOff += offOnDate[d]++ == 0 ? 1 : 0;
        }
        dfs(depth + 1, above + more);
        for (int d : of.dates[i][c]) {
          distinct -= --onDate[d] == 0 ? 1 : 0;
        }
        for (int d : of.offDates[i][c]) {
          distinctOff -= --offOnDate[d] == 0 ? 1 : 0;
        }
      }
    }

    /** Whether class c of the meeting at {@code depth} can avoid, in start times, each class chosen before it. */
    private boolean fitsChosen(int depth, int c) {
      Klass k = of.model.classes[of.meetings[set[depth]]][c];
      for (int j = 0; j < depth; j++) {
        if (!Solver.classesFit(of.model.classes[of.meetings[set[j]]][chosen[j]], k)) {
          return false;
        }
      }
      return true;
    }
  }
}
