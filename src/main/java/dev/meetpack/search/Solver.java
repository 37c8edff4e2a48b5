package dev.meetpack.search;

import dev.meetpack.model.Placement;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.model.Weights;
import dev.meetpack.score.Constraints;
import dev.meetpack.score.DayTally;
import dev.meetpack.score.Scorer;
import dev.meetpack.search.SearchModel.Cand;
import dev.meetpack.search.SearchModel.Klass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exact depth-first branch-and-bound over placement classes (see {@link SearchModel}).
 *
 * <p>State is the per-(person, local date) tally of SPEC section 3: meeting count and the hulls of
 * morning and evening parts. Adding an occurrence never lowers a date's cost, so the partial cost is
 * a lower bound; {@link #evaluate} adds what the unplaced meetings must still cost. A class whose
 * bound, with its meeting held to it, already reaches the incumbent is never built
 * ({@link #childBound}). Branching takes the meeting with the fewest classes left to build, each
 * count divided by one plus the times that meeting's start times could not be fitted so far (so a
 * meeting that keeps failing is decided early), classes cheapest first; before there is an
 * incumbent, every live class counts. Start times within a class are chosen by a
 * complete no-overlap search over the placed meetings (H4). Teams that a short first search does
 * not settle are improved by {@link Neighbourhoods} and then searched again in full.
 */
public final class Solver {
  /** {@code timeLimit} null means no limit. */
  public record Options(Duration timeLimit, Progress.Listener listener) {
    public static final Options UNLIMITED = new Options(null, null);
  }

  static final int NONE = SearchModel.NONE;
  private static final long PROGRESS_EVERY_NANOS = 100_000_000L;
  /**
   * Re-timing a set of placed meetings is a search of its own that can be exponential when it must
   * prove that no start times fit; past this many steps the subtree is skipped and its bound kept,
   * so the result stays honest: optimal only if no skipped subtree could have held anything better.
   * The first search and the neighbourhood searches stop early; the final search, which must prove
   * what the others leave, allows ten times as many steps.
   */
  private static final int RETIME_BUDGET = 1_000;
  private static final int FINAL_RETIME_BUDGET = 10_000;
  /** Class pairs tried per meeting pair in the bound before settling for what the rest must at least cost. */
  private static final int PAIR_WORK = 64;

  final SearchModel model;
  final Weights w;
  private final int dates;
  private final int weeks;
  final long startNanos;
  private final long deadline;
  private final long nodeLimit;
  final int retimeBudget;
  static final long NO_DEADLINE = Long.MIN_VALUE;
  private final Progress.Listener listener;

  private final int[] count;
  private final int[] mStart;
  private final int[] mEnd;
  private final int[] eStart;
  private final int[] eEnd;
  private final int[] offUse;
  private final int[] offDates;
  private final int[] trail;
  /**
   * Per (person, date): the placed meetings there, as a list through the trail's entries (entry e
   * of the trail is node e / 6: apply pushes and undo pops in the same order).
   */
  private final int[] placedHead;
  private final int[] placedNext;
  private final int[] placedMeeting;
  int trailTop;
  long cost;
  /** Whether the model caps everyone's burden (SPEC 3a); only then is {@link #burden} kept. */
  private final boolean capBurden;
  /** Per person: the off-hours part of their cost so far, and scratch for what a class would add. */
  private final long[] burden;
  private final long[] burdenRise;

  final int[] classOf;
  final Cand[] time;
  final long[][] inc;
  private final long[] spanSum;
  private final long[] dayMax;
  /** Per person: the second largest day charge, and the meeting with the largest (for {@link #childBound}). */
  private final long[] dayNext;
  private final int[] dayArg;
  /** Per meeting: how often none of a class's start times could be fitted; branching goes there first. */
  private final long[] failed;
  /** The node's two bounds less the cost so far, counting only units apart from the branch meeting's people. */
  private long perPersonSum;
  private long perMeetingSum;
  /**
   * Set by {@link #apart}, per variant: the units that take in some of a meeting's attendees
   * (their gains, and per attendee slot the unit's index or NONE); childBound reads the per-person
   * ones, with scratch for how much each unit's terms rise.
   */
  private final int[] units = new int[2];
  private final long[][] unitGain;
  private final int[][] unitOf;
  private final long[] raised;
  private final long[][] minSpan;
  private final long[][] minDay;
  /** The root's bound once it has been evaluated; 0 (nothing known) before. */
  private long rootBound;
  /**
   * Whether rootBound is already known (worked out with the cycles before this search), so the root
   * keeps it; otherwise the root works out the lent-day bound without them.
   */
  private boolean rootKnown;
  /** Per level of the current path: the least bound of each child and those after it, and the child being searched. */
  private final long[][] levelOpen;
  private final int[] levelNext;
  private int branch;
  // evaluate() caches each meeting's figures; they stay valid while none of its people's days change.
  private long stamp;
  private final long[] lastChange;
  private final long[] computedAt;
  private final int[] liveCount;
  private final long[] minIncOf;
  private final long[] spanMinOf;
  private final long[] jointMinOf;
  private final long[] gains;
  /** Pairs of meetings sharing someone, as units of the bound, with cached values and class fits. */
  private final List<SearchModel.Pair> pairs;
  private final long[] pairAt;
  private final long[] pairValue;
  private final byte[][] compatible;
  private final long[][] sortedLive;
  private final Shared[] shared;
  // Per (person, date) cell: when it last changed. Per class: its figures, valid while none of its cells change.
  private final long[] cellChange;
  /** Per class: the {@link #recompute} that last found it stale (it then recomputes the class). */
  private final long[][] staleAt;
  /**
   * Per meeting, built on its first recompute: for each (attendee slot, date) cell, the classes
   * with an entry there, as offsets into a list (cell i's classes are list[at[i]..at[i+1])).
   */
  private final int[][] touchAt;
  private final int[][] touchList;
  private final long[][] exact;
  final long[][][] classSpan;
  final long[][][] classDay;
  private final boolean[][] capped;
  private final boolean[][] timeFits;
  /** Scratch for {@link #fitsPlaced}: the placed meetings that share a cell with the class, each once. */
  private final int[] nearby;
  private final long[] seenAt;
  private final long[][][] entryInc;
  /** Scratch for {@link Retime}: each member's index in the group, NONE outside it. */
  final int[] position;
  private long usedMark;

  private long best = Long.MAX_VALUE;
  /** Least bound of the subtrees skipped because re-timing them ran past its budget; MAX_VALUE if none. */
  private long skippedBound = Long.MAX_VALUE;
  private long skippedSubtrees;
  private Cand[] bestTimes;
  private long nodes;
  long cspSteps;
  boolean stopped;
  private boolean timeUp;
  private boolean nodeLimited;
  private long nextProgress;
  private long firstSolution = -1;
  private long bestSolution = -1;

  private Solver(SearchModel model, Progress.Listener listener, long startNanos, long deadline, long nodeLimit,
      boolean usePairs, int retimeBudget) {
    this.model = model;
    this.w = model.team.weights();
    this.dates = model.dates;
    this.weeks = model.weeks;
    this.listener = listener;
    this.startNanos = startNanos;
    this.deadline = deadline;
    this.nodeLimit = nodeLimit;
    this.retimeBudget = retimeBudget;
    this.nextProgress = System.nanoTime() + PROGRESS_EVERY_NANOS;
    int cells = model.people * dates;
    count = new int[cells];
    mStart = filled(cells);
    mEnd = filled(cells);
    eStart = filled(cells);
    eEnd = filled(cells);
    offUse = new int[model.people * weeks * dates];
    offDates = new int[model.people * weeks];
    int trailSize = 0;
    for (Klass[] cs : model.classes) {
      int max = 0;
      for (Klass c : cs) {
        max = Math.max(max, c.size());
      }
      trailSize += 6 * max;
    }
    trail = new int[trailSize];
    placedHead = filled(cells);
    placedNext = new int[trailSize / 6];
    placedMeeting = new int[trailSize / 6];
    capBurden = model.burdenCap != SearchModel.NO_CAP;
    burden = new long[model.people];
    burdenRise = new long[model.people];
    classOf = new int[model.meetings];
    Arrays.fill(classOf, NONE);
    time = new Cand[model.meetings];
    inc = new long[model.meetings][];
    minSpan = new long[model.meetings][];
    minDay = new long[model.meetings][];
    for (int m = 0; m < model.meetings; m++) {
      inc[m] = new long[model.classes[m].length];
      minSpan[m] = new long[model.attendees[m].length];
      minDay[m] = new long[model.attendees[m].length];
    }
    lastChange = new long[model.people];
    computedAt = new long[model.meetings];
    liveCount = new int[model.meetings];
    minIncOf = new long[model.meetings];
    spanMinOf = new long[model.meetings];
    jointMinOf = new long[model.meetings];
    pairs = usePairs ? model.pairs() : List.of();
    gains = new long[model.meetings + pairs.size()];
    pairAt = new long[pairs.size()];
    pairValue = new long[pairs.size()];
    compatible = new byte[pairs.size()][];
    sortedLive = new long[model.meetings][];
    shared = new Shared[pairs.size()];
    cellChange = new long[cells];
    staleAt = new long[model.meetings][];
    touchAt = new int[model.meetings][];
    touchList = new int[model.meetings][];
    exact = new long[model.meetings][];
    classSpan = new long[model.meetings][][];
    classDay = new long[model.meetings][][];
    capped = new boolean[model.meetings][];
    timeFits = new boolean[model.meetings][];
    nearby = new int[model.meetings];
    seenAt = new long[model.meetings];
    entryInc = new long[model.meetings][][];
    for (int m = 0; m < model.meetings; m++) {
      int n = model.classes[m].length;
      entryInc[m] = new long[n][];
      for (int c = 0; c < n; c++) {
        entryInc[m][c] = new long[model.classes[m][c].size()];
      }
      int slots = model.attendees[m].length;
      staleAt[m] = new long[n];
      exact[m] = new long[n];
      classSpan[m] = new long[n][slots];
      classDay[m] = new long[n][slots];
      capped[m] = new boolean[n];
      timeFits[m] = new boolean[n];
      for (int c = 0; c < n; c++) {
        Klass k = model.classes[m][c];
        for (int i = 0; i < k.size(); i++) {
          capped[m][c] |= model.cap[k.person[i]] != NONE || capBurden && k.offHours(i);
        }
      }
    }
    coverAt = new long[2][model.people];
    coverUnit = new int[2][model.people];
    coverGain = new long[2][model.people];
    position = filled(model.meetings);
    spanSum = new long[model.people];
    dayMax = new long[model.people];
    dayNext = new long[model.people];
    dayArg = new int[model.people];
    failed = new long[model.meetings];
    levelOpen = new long[model.meetings + 1][];
    int most = 0;
    for (int[] att : model.attendees) {
      most = Math.max(most, att.length);
    }
    unitGain = new long[2][most];
    unitOf = new int[2][most];
    raised = new long[most];
    levelNext = new int[model.meetings + 1];
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, NONE);
    return a;
  }

  /** Nodes of the first exact search; small teams are proved within it, larger ones go on to improvement. */
  private static final long FIRST_NODES = 2_000;
  /** Nodes of each neighbourhood search during improvement. */
  private static final long NEIGHBOURHOOD_NODES = 1_000;

  public static SearchResult solve(Team team, Options options) {
    return solve(team, options, FIRST_NODES);
  }

  /**
   * With {@code firstNodes} = Long.MAX_VALUE: one plain exhaustive search, no improvement phase
   * unless it skipped a subtree whose start times it could not fit within its budget (for tests).
   */
  static SearchResult solve(Team team, Options options, long firstNodes) {
    return solve(team, options, firstNodes, RETIME_BUDGET);
  }

  /** With the first search's re-timing budget set too (for tests). */
  static SearchResult solve(Team team, Options options, long firstNodes, int firstRetimeBudget) {
    return solve(new SearchModel(team), options, firstNodes, firstRetimeBudget);
  }

  /** The greedy dive's schedule and its cost as the search counts it, or null if it finds none (for tests). */
  static Map.Entry<Schedule, Long> dive(Team team) {
    Solver s = new Solver(new SearchModel(team), null, System.nanoTime(), NO_DEADLINE, 1, true, RETIME_BUDGET);
    Dive.run(s);
    s.adoptDive();
    return s.bestTimes == null ? null : Map.entry(s.schedule(), s.best);
  }

  /** How many kinds of week ({@link WeekGroups}) the search sees in the team's evaluated weeks. */
  public static int weekKinds(Team team) {
    return WeekGroups.of(team).size();
  }

  /** Week by week, each evaluated week a kind of its own: the reference {@link WeekGroups} is checked against. */
  static SearchResult solveWeekByWeek(Team team, Options options) {
    return solve(new SearchModel(team, true, false), options, FIRST_NODES, RETIME_BUDGET);
  }

  /** The search of {@code model}, which may cap everyone's burden ({@link Fair}'s probes). */
  static SearchResult solve(SearchModel model, Options options) {
    return solve(model, options, FIRST_NODES, RETIME_BUDGET);
  }

  private static SearchResult solve(SearchModel model, Options options, long firstNodes, int firstRetimeBudget) {
    Team team = model.team;
    long start = System.nanoTime();
    long deadline = options.timeLimit() == null ? NO_DEADLINE : start + options.timeLimit().toNanos();
    List<String> unplaceable = List.copyOf(Explain.unplaceable(model).values());
    if (!unplaceable.isEmpty()) {
      return new SearchResult(SearchResult.Status.INFEASIBLE, null, 0, 0, 0, System.nanoTime() - start, -1, -1,
          unplaceable);
    }
    // 1. A short exact search: it proves small teams outright. A greedy dive before it keeps a
    // schedule aside, for when the search finds none in time (the root's bound alone can take
    // seconds on a large team); it is not the search's incumbent, which measured slower (company-3:
    // 58,387 nodes to the proof against 2,758). The cycles wait until after the search too.
    Solver first = new Solver(model, options.listener(), start, deadline, firstNodes, true, firstRetimeBudget);
    Dive.run(first);
    first.dfs(0);
    first.adoptDive();
    boolean settled = !first.nodeLimited && first.skippedBound >= first.best;
    if (settled || first.timeUp) {
      return first.result(team, options);
    }
    // 2. The root's bound with the cycles, at the final search's root (the first search stops where
    // it is, mid-tree), before that search starts; it holds the first schedule for the progress line.
    Solver last = new Solver(model, options.listener(), start, deadline, Long.MAX_VALUE, true, FINAL_RETIME_BUDGET);
    last.nodes = first.nodes;
    last.rootBound = first.rootBound;
    last.firstSolution = first.firstSolution;
    last.bestSolution = first.bestSolution;
    if (first.bestTimes != null) {
      last.start(first.schedule(), first.best);
    }
    last.tick();
    if (!last.stopped && last.evaluate() >= 0) {
      last.rootBound = Math.max(last.rootBound, last.cost + LentDayBound.of(last, true));
    }
    last.rootKnown = true;
    // 3. Over a year of weeks: each daylight-saving regime on its own, for the bound and for
    // schedules that may suit every week better than the first.
    Schedule from = first.bestTimes == null ? null : first.schedule();
    long fromCost = first.best;
    Regimes.Found regimes = last.timeUp ? null : Regimes.search(model, deadline);
    if (regimes != null) {
      last.rootBound = Math.max(last.rootBound, regimes.bound());
      for (Schedule s : regimes.schedules()) {
        if (Constraints.violations(team, s).isEmpty()) {
          var score = Scorer.score(team, s);
          long c = score.cost();
          // The regimes are searched without the burden cap, so their schedules must be checked against it.
          if (c < fromCost && score.largestBurden(team.weights()) <= model.burdenCap) {
            from = s;
            fromCost = c;
            last.bestSolution = System.nanoTime() - start;
            last.firstSolution = last.firstSolution < 0 ? last.bestSolution : last.firstSolution;
          }
        }
      }
      if (from != null) {
        last.start(from, fromCost);
      }
      last.tick();
    }
    if (last.timeUp) {
      if (from == null) {
        first.rootBound = last.rootBound;
        first.timeUp = true;
        return first.result(team, options);
      }
      return last.result(team, options);
    }
    // 4. Improve that schedule by re-solving neighbourhoods exactly; 5. search again, from its cost.
    if (from != null) {
      long bound = last.rootBound;
      Neighbourhoods.Report report = options.listener() == null ? null
          : cost -> options.listener().onProgress(new Progress(System.nanoTime() - start, first.nodes, cost, bound));
      Neighbourhoods.Improved better = Neighbourhoods.improve(model, from, deadline, NEIGHBOURHOOD_NODES,
          report);
      last.start(better.schedule(), better.cost());
      if (better.improvements() > 0) {
        last.bestSolution = better.foundAt() - start;
      }
    }
    last.dfs(0);
    return last.result(team, options);
  }

  private SearchResult result(Team team, Options options) {
    long elapsed = System.nanoTime() - startNanos;
    boolean found = bestTimes != null;
    boolean complete = !stopped && skippedBound >= best;
    if (complete) {
      if (!found) {
        return new SearchResult(SearchResult.Status.INFEASIBLE, null, 0, 0, nodes, elapsed, -1, -1,
            capBurden ? List.of("no schedule keeps everyone's burden within " + model.burdenCap)
                : Explain.conflicts(team, options));
      }
      return new SearchResult(SearchResult.Status.OPTIMAL, schedule(), best, best, nodes, elapsed, firstSolution,
          bestSolution, List.of());
    }
    long bound = Math.min(stopped ? openBound() : Long.MAX_VALUE, skippedBound);
    List<String> why = new ArrayList<>();
    if (timeUp) {
      why.add("time limit reached");
    }
    if (skippedSubtrees > 0) {
      why.add(String.format(java.util.Locale.ROOT, "%,d subtrees left unproved: fitting their start times took more "
          + "than %,d steps", skippedSubtrees, retimeBudget));
    }
    if (!found) {
      return new SearchResult(SearchResult.Status.UNKNOWN, null, 0, bound, nodes, elapsed, -1, -1, why);
    }
    return new SearchResult(SearchResult.Status.FEASIBLE, schedule(), best, Math.min(bound, best), nodes, elapsed,
        firstSolution, bestSolution, why);
  }

  /**
   * Takes a known feasible schedule and its cost as the incumbent: the search then only looks for
   * strictly cheaper ones. The cost is the independent scorer's, which the tests hold equal to the search's.
   */
  private void start(Schedule incumbent, long incumbentCost) {
    Cand[] times = new Cand[model.meetings];
    for (int m = 0; m < model.meetings; m++) {
      times[m] = model.cand(m, incumbent.of(model.team.meetings().get(m).id()));
    }
    bestTimes = times;
    best = incumbentCost;
  }

  /** The dive's schedule, its cost and when it was found; null if it found none. */
  Cand[] diveTimes;
  long diveCost;
  long diveAt;

  /** The dive's schedule becomes the best if the search found none. */
  private void adoptDive() {
    if (bestTimes == null && diveTimes != null) {
      bestTimes = diveTimes;
      best = diveCost;
      firstSolution = bestSolution = diveAt;
    }
  }

  /** An exact search of {@code team} from {@code incumbent}, limited to {@code nodeLimit} nodes: a better schedule or null. */
  static Schedule improveOn(SearchModel model, Schedule incumbent, long cost, long deadline, long nodeLimit) {
    Solver s = new Solver(model, null, System.nanoTime(), deadline, nodeLimit, false, RETIME_BUDGET);
    s.start(incumbent, cost);
    long before = s.best;
    Cand[] held = s.bestTimes;
    // The held meetings go in first, all at once, at their start times in the incumbent (which may
    // move within their classes to make room): the search proper starts at the free ones.
    int depth = 0;
    for (int m = 0; m < model.meetings; m++) {
      if (model.classes[m].length == 1) {
        s.apply(model.classes[m][0]);
        s.classOf[m] = 0;
        s.time[m] = held[m];
        depth++;
      }
    }
    s.dfs(depth);
    return s.bestTimes != held && s.best < before ? s.schedule() : null;
  }

  /**
   * The root's node bound, its lent-day bound, and that with {@link Cycles}, each on its own (for the
   * tests); null if some meeting cannot be placed.
   */
  static long[] rootBounds(Team team) {
    Solver s = new Solver(new SearchModel(team), null, System.nanoTime(), NO_DEADLINE, 2, true, RETIME_BUDGET);
    long node = s.evaluate();
    if (node < 0) {
      return null;
    }
    return new long[] {node, s.cost + LentDayBound.of(s, false), s.cost + LentDayBound.of(s, true)};
  }

  private Schedule schedule() {
    Map<String, Placement> out = new LinkedHashMap<>();
    for (int m = 0; m < model.meetings; m++) {
      out.put(model.team.meetings().get(m).id(), bestTimes[m].placement);
    }
    return new Schedule(out);
  }

  /**
   * Every unexplored node hangs below a node of the current path: below the deepest one that has
   * listed its children, its current child or a later one; above it, a later sibling of the path.
   * The least of their bounds is proved, and so is the root's bound (which can be the larger: only
   * the root adds the lent-day bound).
   */
  private long openBound() {
    int deepest = -1;
    while (deepest + 1 <= model.meetings && levelOpen[deepest + 1] != null) {
      deepest++;
    }
    if (deepest < 0) {
      return rootBound;
    }
    long b = levelOpen[deepest][levelNext[deepest]];
    for (int d = 0; d < deepest; d++) {
      b = Math.min(b, levelOpen[d][levelNext[d] + 1]);
    }
    return Math.max(b, rootBound);
  }

  void tick() {
    long now = System.nanoTime();
    if (deadline != NO_DEADLINE && now - deadline >= 0) {
      stopped = true;
      timeUp = true;
    }
    if (listener != null && now - nextProgress >= 0) {
      nextProgress = now + PROGRESS_EVERY_NANOS;
      listener.onProgress(new Progress(now - startNanos, nodes, bestTimes == null ? -1 : best, openBound()));
    }
  }

  /**
   * The node's two bounds with meeting m held to class c: a bound on every schedule below the
   * child, known before the child is built. The per-meeting bound keeps only the units that none
   * of m's attendees is in (perMeetingSum, set with {@link #apart}); the per-person bound keeps
   * the others too (left by {@link #apart}), as below.
   */
  private long childBound(int m, int c) {
    int[] att = model.attendees[m];
    long[] s = classSpan[m][c];
    long[] d = classDay[m][c];
    long perPerson = perPersonSum;
    long perMeeting = perMeetingSum - spanMinOf[m];
    int[] unitOf = this.unitOf[0];
    Arrays.fill(raised, 0, units[0], 0);
    for (int j = 0; j < att.length; j++) {
      int p = att[j];
      long others = dayArg[p] == m ? dayNext[p] : dayMax[p];
      long day = Math.max(others, d[j]) - dayMax[p];
      long delta = s[j] - minSpan[m][j] + day;
      perPerson += delta;
      perMeeting += s[j] + day;
      if (unitOf[j] != NONE) {
        raised[unitOf[j]] += delta;
      }
    }
    // A per-person unit that takes in some of m's attendees still holds below the child: its
    // people pay at least its charge, m's part included, so it adds what that charge exceeds
    // their terms, those of m's attendees raised by delta.
    for (int u = 0; u < units[0]; u++) {
      perPerson += Math.max(0, unitGain[0][u] - raised[u]);
    }
    return cost + Math.max(perPerson, perMeeting);
  }

  private void dfs(int depth) {
    nodes++;
    tick(); // a clock read costs far less than a node, and large teams' nodes are slow
    if (nodes >= nodeLimit) {
      stopped = true;
      nodeLimited = true;
    }
    if (stopped) {
      return;
    }
    if (depth == model.meetings) {
      if (cost < best) {
        best = cost;
        bestTimes = time.clone();
        bestSolution = System.nanoTime() - startNanos;
        if (firstSolution < 0) {
          firstSolution = bestSolution;
        }
      }
      return;
    }
    long lb = evaluate();
    if (lb < 0) {
      return;
    }
    if (depth == 0) {
      lb = Math.max(lb, rootKnown ? rootBound : cost + LentDayBound.of(this, false));
      rootBound = lb;
    }
    if (lb >= best) {
      return;
    }
    int m = branch;
    Klass[] cs = model.classes[m];
    long[] order = new long[cs.length];
    int n = 0;
    for (int c = 0; c < cs.length; c++) {
      if (inc[m][c] != Long.MAX_VALUE) {
        order[n++] = (inc[m][c] << 20) | c;
      }
    }
    Arrays.sort(order, 0, n);
    // Each child's bound, known before it is built, and the least bound of it and those after it.
    long[] bound = new long[n];
    long[] open = new long[n + 1];
    open[n] = Long.MAX_VALUE;
    for (int i = n - 1; i >= 0; i--) {
      bound[i] = Math.max(Math.max(lb, cost + (order[i] >> 20)), childBound(m, (int) (order[i] & 0xFFFFF)));
      open[i] = Math.min(open[i + 1], bound[i]);
    }
    levelOpen[depth] = open;
    for (int i = 0; i < n; i++) {
      levelNext[depth] = i;
      int c = (int) (order[i] & 0xFFFFF);
      if (cost + inc[m][c] >= best) {
        break;
      }
      if (bound[i] >= best) {
        continue;
      }
      long before = cost;
      int mark = trailTop;
      apply(cs[c]);
      classOf[m] = c;
      Timing timing = placeTime(m, cs[c]);
      if (timing == Timing.IMPOSSIBLE) {
        failed[m]++;
      }
      if (timing == Timing.PLACED) {
        dfs(depth + 1);
        time[m] = null;
      } else if (timing == Timing.GAVE_UP) {
        skippedSubtrees++;
        skippedBound = Math.min(skippedBound, bound[i]);
      }
      classOf[m] = NONE;
      undo(cs[c], mark);
      cost = before;
      if (stopped) {
        return;
      }
    }
    levelOpen[depth] = null;
  }

  /** The cost of one (person, date) cell: a date of a kind of week counts once for each week of its kind. */
  private long dayCost(int cell) {
    return DayTally.cost(w, count[cell], span(cell)) * model.mult[cell % dates];
  }

  /** The off-hours part of one cell's cost (SPEC 3a), counted for each week of its kind like {@link #dayCost}. */
  private long burdenOf(int cell) {
    return offHoursCost(span(cell)) * model.mult[cell % dates];
  }

  private long offHoursCost(int span) {
    return span == 0 ? 0 : w.offHoursDay() + (long) w.offHoursMinute() * span;
  }

  private int span(int cell) {
    return (mStart[cell] == NONE ? 0 : mEnd[cell] - mStart[cell]) + (eStart[cell] == NONE ? 0 : eEnd[cell] - eStart[cell]);
  }

  void apply(Klass k) {
    for (int i = 0; i < k.size(); i++) {
      int p = k.person[i];
      int cell = p * dates + k.date[i];
      int node = trailTop / 6;
      placedMeeting[node] = k.meeting;
      placedNext[node] = placedHead[cell];
      placedHead[cell] = node;
      trail[trailTop++] = count[cell];
      trail[trailTop++] = mStart[cell];
      trail[trailTop++] = mEnd[cell];
      trail[trailTop++] = eStart[cell];
      trail[trailTop++] = eEnd[cell];
      trail[trailTop++] = cell;
      long old = dayCost(cell);
      long oldBurden = capBurden ? burdenOf(cell) : 0;
      lastChange[p] = ++stamp;
      cellChange[cell] = stamp;
      count[cell]++;
      if (k.morningStart[i] != NONE) {
        mStart[cell] = mStart[cell] == NONE ? k.morningStart[i] : Math.min(mStart[cell], k.morningStart[i]);
        mEnd[cell] = mEnd[cell] == NONE ? k.morningEnd[i] : Math.max(mEnd[cell], k.morningEnd[i]);
      }
      if (k.eveningStart[i] != NONE) {
        eStart[cell] = eStart[cell] == NONE ? k.eveningStart[i] : Math.min(eStart[cell], k.eveningStart[i]);
        eEnd[cell] = eEnd[cell] == NONE ? k.eveningEnd[i] : Math.max(eEnd[cell], k.eveningEnd[i]);
      }
      cost += dayCost(cell) - old;
      if (capBurden) {
        burden[p] += burdenOf(cell) - oldBurden;
      }
      if (model.cap[p] != NONE && k.offHours(i)) {
        int pw = p * weeks + k.week[i];
        if (offUse[pw * dates + k.date[i]]++ == 0) {
          offDates[pw]++;
        }
      }
    }
  }

  void undo(Klass k, int mark) {
    for (int i = k.size() - 1; i >= 0; i--) {
      int p = k.person[i];
      if (model.cap[p] != NONE && k.offHours(i)) {
        int pw = p * weeks + k.week[i];
        if (--offUse[pw * dates + k.date[i]] == 0) {
          offDates[pw]--;
        }
      }
      lastChange[p] = ++stamp;
      int cell = trail[--trailTop];
      cellChange[cell] = stamp;
      long placedBurden = capBurden ? burdenOf(cell) : 0;
      eEnd[cell] = trail[--trailTop];
      eStart[cell] = trail[--trailTop];
      mEnd[cell] = trail[--trailTop];
      mStart[cell] = trail[--trailTop];
      count[cell] = trail[--trailTop];
      if (capBurden) {
        burden[p] -= placedBurden - burdenOf(cell);
      }
      placedHead[cell] = placedNext[trailTop / 6];
    }
    assert trailTop == mark;
  }

  boolean capOk(Klass k) {
    for (int i = 0; i < k.size(); i++) {
      int p = k.person[i];
      if (model.cap[p] != NONE && k.offHours(i)) {
        int pw = p * weeks + k.week[i];
        if (offUse[pw * dates + k.date[i]] == 0 && offDates[pw] + 1 > model.cap[p]) {
          return false;
        }
      }
    }
    return !capBurden || burdenOk(k);
  }

  /**
   * Whether applying k keeps everyone's burden within the model's cap. A burden only grows as
   * meetings are placed (hulls widen, an off-hours day stays one), so a class that breaks the cap
   * now breaks it in every schedule below, and pruning it is exact. A class has at most one entry
   * per (person, date) cell (an occurrence lies on one local date, and a meeting has one occurrence
   * a week), so each entry's rise is that cell's.
   */
  private boolean burdenOk(Klass k) {
    for (int i = 0; i < k.size(); i++) {
      if (!k.offHours(i)) {
        continue;
      }
      int cell = k.person[i] * dates + k.date[i];
      int ms = mStart[cell];
      int me = mEnd[cell];
      int es = eStart[cell];
      int ee = eEnd[cell];
      if (k.morningStart[i] != NONE) {
        ms = ms == NONE ? k.morningStart[i] : Math.min(ms, k.morningStart[i]);
        me = me == NONE ? k.morningEnd[i] : Math.max(me, k.morningEnd[i]);
      }
      if (k.eveningStart[i] != NONE) {
        es = es == NONE ? k.eveningStart[i] : Math.min(es, k.eveningStart[i]);
        ee = ee == NONE ? k.eveningEnd[i] : Math.max(ee, k.eveningEnd[i]);
      }
      int after = (ms == NONE ? 0 : me - ms) + (es == NONE ? 0 : ee - es);
      burdenRise[k.person[i]] += offHoursCost(after) * model.mult[k.date[i]] - burdenOf(cell);
    }
    boolean ok = true;
    for (int i = 0; i < k.size(); i++) {
      int p = k.person[i];
      ok &= burden[p] + burdenRise[p] <= model.burdenCap;
      burdenRise[p] = 0;
    }
    return ok;
  }

  /** Minutes of [s, e) outside the hull [hs, he) (hs == NONE: empty hull). */
  private static int outside(int s, int e, int hs, int he) {
    if (hs == NONE) {
      return e - s;
    }
    int overlap = Math.max(0, Math.min(e, he) - Math.max(s, hs));
    return e - s - overlap;
  }

  /**
   * Computes every live class's exact cost increment, chooses the meeting to branch on, and returns
   * the node's lower bound, or -1 when some meeting has no live class left.
   */
  private long evaluate() {
    Arrays.fill(spanSum, 0);
    Arrays.fill(dayMax, 0);
    Arrays.fill(dayNext, 0);
    Arrays.fill(dayArg, NONE);
    int chosen = NONE;
    int chosenChildren = Integer.MAX_VALUE;
    long chosenMin = -1;
    for (int m = 0; m < model.meetings; m++) {
      if (classOf[m] != NONE) {
        continue;
      }
      if (!fresh(computedAt[m], model.attendees[m])) {
        recompute(m);
      }
      if (liveCount[m] == 0) {
        return -1;
      }
      int[] att = model.attendees[m];
      for (int j = 0; j < att.length; j++) {
        spanSum[att[j]] += minSpan[m][j];
        int p = att[j];
        long d = minDay[m][j];
        if (d > dayMax[p]) {
          dayNext[p] = dayMax[p];
          dayMax[p] = d;
          dayArg[p] = m;
        } else {
          dayNext[p] = Math.max(dayNext[p], d);
        }
      }
    }
    // Two valid bounds on what the unplaced meetings add; the node keeps the larger.
    long perPerson = 0;
    long perMeetingSpans = 0;
    for (int p = 0; p < model.people; p++) {
      perPerson += spanSum[p] + dayMax[p];
      perMeetingSpans += dayMax[p];
    }
    for (int m = 0; m < model.meetings; m++) {
      if (classOf[m] == NONE) {
        perMeetingSpans += spanMinOf[m];
      }
    }
    long perPersonGain = disjointGain(false);
    long perMeetingGain = disjointGain(true);
    long lb = cost + Math.max(perPerson + perPersonGain, perMeetingSpans + perMeetingGain);
    if (lb >= best) {
      return lb; // the node is cut: no branching
    }
    // Branch on the meeting with the fewest children that could beat the incumbent (with none yet,
    // its live classes), each count divided by one plus its failures (cross-multiplied to stay in
    // integers). The two sums are set for each meeting in turn, as childBound reads them, and then
    // for the one chosen.
    for (int m = 0; m < model.meetings; m++) {
      if (classOf[m] != NONE) {
        continue;
      }
      int children = liveCount[m];
      if (best != Long.MAX_VALUE) {
        perPersonSum = perPerson + apart(0, m);
        perMeetingSum = perMeetingSpans + apart(1, m);
        children = 0;
        for (int c = 0; c < inc[m].length; c++) {
          if (inc[m][c] != Long.MAX_VALUE && cost + inc[m][c] < best && childBound(m, c) < best) {
            children++;
            if (chosen != NONE && children * (1 + failed[chosen]) > chosenChildren * (1 + failed[m])) {
              break; // m has more children than the chosen one already
            }
          }
        }
      }
      long here = chosen == NONE ? 0 : children * (1 + failed[chosen]);
      long there = chosen == NONE ? 0 : chosenChildren * (1 + failed[m]);
      if (chosen == NONE || here < there || (here == there && minIncOf[m] > chosenMin)) {
        chosen = m;
        chosenChildren = children;
        chosenMin = minIncOf[m];
      }
    }
    branch = chosen;
    perPersonSum = perPerson + apart(0, chosen);
    perMeetingSum = perMeetingSpans + apart(1, chosen);
    return lb;
  }

  /** Per variant of {@link #disjointGain} (0 per person, 1 per meeting): its last call's mark, total, and per person the unit chosen there. */
  private final long[] coverMark = new long[2];
  private final long[] gainTotal = new long[2];
  private final long[][] coverAt;
  private final int[][] coverUnit;
  private final long[][] coverGain;

  /**
   * The gains variant v chose, less those of units that include one of m's attendees; those units
   * are left in units[v], unitGain[v] and unitOf[v].
   */
  private long apart(int v, int m) {
    int[] att = model.attendees[m];
    int[] of = unitOf[v];
    long out = gainTotal[v];
    units[v] = 0;
    for (int j = 0; j < att.length; j++) {
      int p = att[j];
      of[j] = NONE;
      if (coverAt[v][p] != coverMark[v]) {
        continue;
      }
      for (int k = 0; k < j && of[j] == NONE; k++) {
        if (coverAt[v][att[k]] == coverMark[v] && coverUnit[v][att[k]] == coverUnit[v][p]) {
          of[j] = of[k];
        }
      }
      if (of[j] == NONE) {
        unitGain[v][units[v]] = coverGain[v][p];
        of[j] = units[v]++;
        out -= coverGain[v][p];
      }
    }
    return out;
  }

  /**
   * One placement must suit all of a meeting's attendees, so its least charge can exceed what the
   * separate terms credit them. For meetings with pairwise disjoint attendees (picked greedily,
   * largest gain first) the meeting's charge replaces those terms.
   *
   * <p>Per person ({@code perMeetingSpans} false): a person's cost grows at least by the exact
   * increment of any one of their meetings, so the meeting's least exact increment replaces its
   * attendees' whole terms. Per meeting (true): off-hours minutes outside the current spans add up
   * over all meetings and people (nobody attends two overlapping occurrences), so each meeting is
   * charged its least total of them; a chosen meeting's least total of those minutes plus its
   * attendees' new-day charges replaces its own minutes and its attendees' day terms.
   */
  private long disjointGain(boolean perMeetingSpans) {
    int n = 0;
    for (int m = 0; m < model.meetings; m++) {
      if (classOf[m] != NONE) {
        continue;
      }
      long credited = perMeetingSpans ? spanMinOf[m] : 0;
      for (int p : model.attendees[m]) {
        credited += (perMeetingSpans ? 0 : spanSum[p]) + dayMax[p];
      }
      long gain = (perMeetingSpans ? jointMinOf[m] : minIncOf[m]) - credited;
      if (gain > 0) {
        gains[n++] = (gain << 20) | m;
      }
    }
    // Per person only: two unplaced meetings that share someone, as one unit (see pairBound).
    for (int i = 0; i < pairs.size() && !perMeetingSpans; i++) {
      SearchModel.Pair pair = pairs.get(i);
      if (classOf[pair.a()] != NONE || classOf[pair.b()] != NONE) {
        continue;
      }
      if (!fresh(pairAt[i], pair.people())) {
        pairAt[i] = ++stamp;
        pairValue[i] = pairBound(i);
      }
      long credited = 0;
      for (int p : pair.people()) {
        credited += spanSum[p] + dayMax[p];
      }
      long gain = pairValue[i] - credited;
      if (gain > 0) {
        gains[n++] = (gain << 20) | (model.meetings + i);
      }
    }
    Arrays.sort(gains, 0, n);
    long total = 0;
    long mark = ++usedMark;
    int v = perMeetingSpans ? 1 : 0;
    coverMark[v] = mark;
    for (int i = n - 1; i >= 0; i--) {
      int unit = (int) (gains[i] & 0xFFFFF);
      int[] people = unit < model.meetings ? model.attendees[unit] : pairs.get(unit - model.meetings).people();
      boolean free = true;
      for (int p : people) {
        free &= coverAt[v][p] != mark;
      }
      if (free) {
        for (int p : people) {
          coverAt[v][p] = mark;
          coverUnit[v][p] = i;
          coverGain[v][p] = gains[i] >> 20;
        }
        total += gains[i] >> 20;
      }
    }
    gainTotal[v] = total;
    return total;
  }

  /**
   * A lower bound on placing both meetings of a pair: over pairs of live classes whose start times
   * can avoid each other, their two increments less what sharing dates can save. Increments are
   * never negative, so a class pair costs at least the larger of its two increments: with both
   * lists cheapest first, that ends the search, and bounds what is left when the budget runs out.
   */
  private long pairBound(int index) {
    SearchModel.Pair pair = pairs.get(index);
    int a = pair.a();
    int b = pair.b();
    long[] orderA = sortedLive[a];
    long[] orderB = sortedLive[b];
    if (orderA.length == 0 || orderB.length == 0) {
      return 0;
    }
    byte[] fits = compatible[index];
    if (fits == null) {
      fits = compatible[index] = new byte[model.classes[a].length * model.classes[b].length];
    }
    long best = Long.MAX_VALUE;
    long firstB = orderB[0] >> 20;
    int work = 0;
    for (long ka : orderA) {
      long incA = ka >> 20;
      if (Math.max(incA, firstB) >= best) {
        break;
      }
      int ca = (int) (ka & 0xFFFFF);
      for (long kb : orderB) {
        long incB = kb >> 20;
        if (Math.max(incA, incB) >= best) {
          break;
        }
        if (++work > PAIR_WORK) {
          // Out of budget: every class pair not tried yet costs at least this much.
          return Math.min(best, Math.max(incA, firstB));
        }
        int cb = (int) (kb & 0xFFFFF);
        int f = ca * model.classes[b].length + cb;
        if (fits[f] == 0) {
          fits[f] = (byte) (classesFit(model.classes[a][ca], model.classes[b][cb]) ? 1 : 2);
        }
        if (fits[f] == 1) {
          best = Math.min(best, incA + incB - sharedSaving(index, ca, cb));
        }
      }
    }
    return best == Long.MAX_VALUE ? 0 : best;
  }

  /** Live classes of m as (increment << 20 | class), cheapest first; kept with the meeting's cached figures. */
  private long[] liveByIncrement(int m) {
    long[] out = new long[liveCount[m]];
    int n = 0;
    for (int c = 0; c < inc[m].length; c++) {
      if (inc[m][c] != Long.MAX_VALUE) {
        out[n++] = (inc[m][c] << 20) | c;
      }
    }
    Arrays.sort(out);
    return out;
  }

  /** Whether some start time of x and some of y do not overlap. */
  static boolean classesFit(Klass x, Klass y) {
    for (Cand s : x.cands) {
      for (Cand t : y.cands) {
        if (!s.overlaps(t)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Where the two classes put a shared person on the same date, adding both costs at least the
   * larger of their two increments there: the pair saves at most the smaller one.
   */
  private long sharedSaving(int index, int ca, int cb) {
    SearchModel.Pair pair = pairs.get(index);
    Shared sh = shared[index];
    if (sh == null) {
      sh = shared[index] = new Shared(pair.a(), pair.b());
    }
    if ((sh.maskA[ca] & sh.maskB[cb]) == 0) {
      return 0;
    }
    Klass x = model.classes[pair.a()][ca];
    Klass y = model.classes[pair.b()][cb];
    long saving = 0;
    for (int i : sh.entriesA[ca]) {
      for (int j : sh.entriesB[cb]) {
        if (x.person[i] == y.person[j] && x.date[i] == y.date[j]) {
          saving += Math.min(entryInc[pair.a()][ca][i], entryInc[pair.b()][cb][j]);
        }
      }
    }
    return saving;
  }

  /**
   * For each class of the two meetings of a pair, its entries for people who attend both, and a
   * 64-bit digest of their (person, date) cells: classes whose digests share no bit share no cell.
   */
  private final class Shared {
    final int[][] entriesA;
    final int[][] entriesB;
    final long[] maskA;
    final long[] maskB;

    Shared(int a, int b) {
      entriesA = entries(a, b);
      entriesB = entries(b, a);
      maskA = masks(a, entriesA);
      maskB = masks(b, entriesB);
    }

    private int[][] entries(int m, int other) {
      Klass[] cs = model.classes[m];
      int[][] out = new int[cs.length][];
      for (int c = 0; c < cs.length; c++) {
        Klass k = cs[c];
        out[c] = java.util.stream.IntStream.range(0, k.size())
            .filter(i -> Arrays.stream(model.attendees[other]).anyMatch(p -> p == k.person[i])).toArray();
      }
      return out;
    }

    private long[] masks(int m, int[][] entries) {
      long[] out = new long[entries.length];
      for (int c = 0; c < entries.length; c++) {
        Klass k = model.classes[m][c];
        for (int i : entries[c]) {
          out[c] |= 1L << ((k.person[i] * 31 + k.date[i]) & 63);
        }
      }
      return out;
    }
  }

  /** Whether figures computed at {@code at} still hold: none of these people's days changed since. */
  private boolean fresh(long at, int[] people) {
    if (at == 0) {
      return false;
    }
    for (int p : people) {
      if (lastChange[p] > at) {
        return false;
      }
    }
    return true;
  }

  /** Every class's exact increment and the per-attendee least span and day charges of meeting m. */
  private void recompute(int m) {
    long since = computedAt[m];
    long now = computedAt[m] = ++stamp;
    markStale(m, since, now);
    Klass[] cs = model.classes[m];
    long[] ms = minSpan[m];
    long[] md = minDay[m];
    Arrays.fill(ms, Long.MAX_VALUE);
    Arrays.fill(md, Long.MAX_VALUE);
    int live = 0;
    long minInc = Long.MAX_VALUE;
    long spanMin = Long.MAX_VALUE;
    long jointMin = Long.MAX_VALUE;
    for (int c = 0; c < cs.length; c++) {
      Klass k = cs[c];
      if (staleAt[m][c] == now) {
        exact[m][c] = increments(k, classSpan[m][c], classDay[m][c], entryInc[m][c]);
        timeFits[m][c] = fitsPlaced(k);
      }
      if (!timeFits[m][c] || capped[m][c] && !capOk(k)) {
        inc[m][c] = Long.MAX_VALUE;
        continue;
      }
      live++;
      inc[m][c] = exact[m][c];
      minInc = Math.min(minInc, exact[m][c]);
      long[] s = classSpan[m][c];
      long[] d = classDay[m][c];
      long spans = 0;
      long days = 0;
      for (int j = 0; j < ms.length; j++) {
        ms[j] = Math.min(ms[j], s[j]);
        md[j] = Math.min(md[j], d[j]);
        spans += s[j];
        days += d[j];
      }
      spanMin = Math.min(spanMin, spans);
      jointMin = Math.min(jointMin, spans + days);
    }
    liveCount[m] = live;
    if (!pairs.isEmpty()) {
      sortedLive[m] = liveByIncrement(m);
    }
    minIncOf[m] = minInc;
    spanMinOf[m] = spanMin;
    jointMinOf[m] = jointMin;
  }

  /**
   * Marks with {@code now} the classes of m that touch a (person, date) cell changed since m's last
   * recompute {@code since} (0: never computed, every class). The others' figures still hold.
   */
  private void markStale(int m, long since, long now) {
    long[] mark = staleAt[m];
    if (since == 0) {
      Arrays.fill(mark, now);
      return;
    }
    if (touchAt[m] == null) {
      indexTouches(m);
    }
    int[] at = touchAt[m];
    int[] list = touchList[m];
    int[] att = model.attendees[m];
    for (int j = 0; j < att.length; j++) {
      for (int d = 0; d < dates; d++) {
        int i = j * dates + d;
        if (at[i] < at[i + 1] && cellChange[att[j] * dates + d] > since) {
          for (int x = at[i]; x < at[i + 1]; x++) {
            mark[list[x]] = now;
          }
        }
      }
    }
  }

  private void indexTouches(int m) {
    Klass[] cs = model.classes[m];
    int cellsOfM = model.attendees[m].length * dates;
    int[] at = new int[cellsOfM + 1];
    for (Klass k : cs) {
      for (int i = 0; i < k.size(); i++) {
        at[k.slot[i] * dates + k.date[i] + 1]++;
      }
    }
    for (int i = 0; i < cellsOfM; i++) {
      at[i + 1] += at[i];
    }
    int[] list = new int[at[cellsOfM]];
    int[] fill = Arrays.copyOf(at, cellsOfM);
    for (int c = 0; c < cs.length; c++) {
      for (int i = 0; i < cs[c].size(); i++) {
        list[fill[cs[c].slot[i] * dates + cs[c].date[i]]++] = c;
      }
    }
    touchAt[m] = at;
    touchList[m] = list;
  }

  /**
   * The class's exact cost increment in the current state; fills, per attendee slot, the weighted
   * off-hours minutes outside the current spans (s) and the new meeting-day/off-hours-day charges (d).
   */
  long increments(Klass k, long[] s, long[] d, long[] each) {
    Arrays.fill(s, 0);
    Arrays.fill(d, 0);
    long exactInc = 0;
    for (int i = 0; i < k.size(); i++) {
      int cell = k.person[i] * dates + k.date[i];
      int cnt = count[cell];
      int oldSpan = span(cell);
      int newSpan = 0;
      int extra = 0;
      if (k.morningStart[i] != NONE) {
        int hs = mStart[cell] == NONE ? k.morningStart[i] : Math.min(mStart[cell], k.morningStart[i]);
        int he = mStart[cell] == NONE ? k.morningEnd[i] : Math.max(mEnd[cell], k.morningEnd[i]);
        newSpan += he - hs;
        extra += outside(k.morningStart[i], k.morningEnd[i], mStart[cell], mEnd[cell]);
      } else if (mStart[cell] != NONE) {
        newSpan += mEnd[cell] - mStart[cell];
      }
      if (k.eveningStart[i] != NONE) {
        int hs = eStart[cell] == NONE ? k.eveningStart[i] : Math.min(eStart[cell], k.eveningStart[i]);
        int he = eStart[cell] == NONE ? k.eveningEnd[i] : Math.max(eEnd[cell], k.eveningEnd[i]);
        newSpan += he - hs;
        extra += outside(k.eveningStart[i], k.eveningEnd[i], eStart[cell], eEnd[cell]);
      } else if (eStart[cell] != NONE) {
        newSpan += eEnd[cell] - eStart[cell];
      }
      long times = model.mult[k.date[i]];
      each[i] = (DayTally.cost(w, cnt + 1, newSpan) - DayTally.cost(w, cnt, oldSpan)) * times;
      exactInc += each[i];
      int slot = k.slot[i];
      s[slot] += (long) w.offHoursMinute() * extra * times;
      d[slot] += ((cnt == 0 ? w.meetingDay() : 0) + (oldSpan == 0 && newSpan > 0 ? w.offHoursDay() : 0)) * times;
    }
    return exactInc;
  }

  /**
   * Whether some start time of class k leaves every meeting placed on one of the class's (person,
   * date) cells a start time within its own class that does not overlap it (H4). Only those can
   * clash, and any change there makes the class stale, so the answer is cached with its figures.
   */
  private boolean fitsPlaced(Klass k) {
    int near = 0;
    long mark = ++usedMark;
    for (int i = 0; i < k.size(); i++) {
      for (int node = placedHead[k.person[i] * dates + k.date[i]]; node != NONE; node = placedNext[node]) {
        int n = placedMeeting[node];
        if (seenAt[n] != mark) {
          seenAt[n] = mark;
          nearby[near++] = n;
        }
      }
    }
    for (Cand c : k.cands) {
      boolean fits = true;
      for (int i = 0; i < near && fits; i++) {
        int n = nearby[i];
        if (time[n] != null && !c.overlaps(time[n])) {
          continue;
        }
        fits = false;
        for (Cand t : candsOf(n)) {
          if (!c.overlaps(t)) {
            fits = true;
            break;
          }
        }
      }
      if (fits) {
        return true;
      }
    }
    return false;
  }

  private boolean compatible(int m, Cand cand) {
    for (int n : model.neighbours[m]) {
      if (time[n] != null && cand.overlaps(time[n])) {
        return false;
      }
    }
    return true;
  }

  enum Timing { PLACED, IMPOSSIBLE, GAVE_UP }

  /** Picks a start time for m within class k, re-timing other placed meetings if it must. */
  Timing placeTime(int m, Klass k) {
    for (Cand c : k.cands) {
      if (compatible(m, c)) {
        time[m] = c;
        return Timing.PLACED;
      }
    }
    // First re-time only m's placed neighbours, the rest held where they are: usually enough.
    // Meetings with a single start time (pinned) never move.
    List<Integer> local = new ArrayList<>(List.of(m));
    for (int n : model.neighbours[m]) {
      if (movable(n)) {
        local.add(n);
      }
    }
    Retime tried = retime(local);
    if (tried == null) {
      return Timing.PLACED;
    }
    // Then a complete search over all movable placed meetings connected to m through movable ones.
    List<Integer> comp = new ArrayList<>(List.of(m));
    boolean[] seen = new boolean[model.meetings];
    seen[m] = true;
    for (int i = 0; i < comp.size(); i++) {
      for (int n : model.neighbours[comp.get(i)]) {
        if (!seen[n] && movable(n)) {
          seen[n] = true;
          comp.add(n);
        }
      }
    }
    if (comp.size() > local.size()) {
      tried = retime(comp);
      if (tried == null) {
        return Timing.PLACED;
      }
    }
    time[m] = null;
    return tried.steps > retimeBudget ? Timing.GAVE_UP : Timing.IMPOSSIBLE;
  }

  private boolean movable(int n) {
    return classOf[n] != NONE && candsOf(n).length > 1;
  }

  /** Re-times {@code group}: null when it found times for all of them, else the failed search (times restored). */
  private Retime retime(List<Integer> group) {
    Cand[] saved = new Cand[group.size()];
    for (int i = 0; i < group.size(); i++) {
      saved[i] = time[group.get(i)];
      time[group.get(i)] = null;
    }
    Retime retime = new Retime(this, group);
    if (retime.solve()) {
      return null;
    }
    for (int i = 0; i < group.size(); i++) {
      time[group.get(i)] = saved[i];
    }
    return retime;
  }

  Cand[] candsOf(int m) {
    return model.classes[m][classOf[m]].cands;
  }
}
