package dev.meetpack.search;

import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.score.Scorer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The fair objective of SPEC section 3a: the least largest burden of anyone first, then the least
 * total cost among the schedules with that largest burden.
 *
 * <p>Why it is exact. A cap on everyone's burden is a hard constraint that the branch-and-bound
 * enforces beside H6 ({@link SearchModel#withBurdenCap}): a person's burden never falls as meetings
 * are placed, so pruning a class that breaks the cap removes only schedules that break it, and a
 * probe with cap c is an exact search of the schedules within c. Burdens are integers (horizon
 * totals), so the bisection below keeps lo &le; L &le; hi for the least largest burden L: a probe
 * proving c infeasible shows L &gt; c, and a probe's schedule of largest burden b shows L &le; b. It
 * ends at lo = hi = L. The probe that set hi last found the least total under its cap c &ge; L with a
 * schedule of largest burden L; every schedule within L is within c, so that schedule is also the
 * least total within L. When no probe lowers hi, the total objective's optimum is that schedule.
 */
public final class Fair {
  private Fair() {}

  /**
   * {@code search} is the fair schedule's result (optimal: both the largest burden and the total
   * under it proved); the largest burden found and its proved lower bound, as horizon totals; and
   * the total objective's own result, which the reports show beside it.
   */
  public record Result(SearchResult search, long largestBurden, long burdenBound, SearchResult total) {}

  public static Result solve(Team team, Solver.Options options) {
    long start = System.nanoTime();
    SearchResult total = Solver.solve(team, options);
    if (total.schedule() == null) {
      return new Result(total, 0, 0, total);
    }
    SearchModel model = new SearchModel(team);
    long hi = largestBurden(team, total.schedule());
    long lo = 0;
    SearchResult best = total;
    long nodes = total.nodes();
    boolean stopped = total.status() != SearchResult.Status.OPTIMAL;
    while (lo < hi && !stopped) {
      long mid = lo + (hi - lo) / 2;
      Duration left = options.timeLimit() == null ? null
          : options.timeLimit().minusNanos(System.nanoTime() - start);
      if (left != null && (left.isNegative() || left.isZero())) {
        stopped = true;
        break;
      }
      SearchResult probe = Solver.solve(model.withBurdenCap(mid), new Solver.Options(left, null));
      nodes += probe.nodes();
      switch (probe.status()) {
        case INFEASIBLE -> lo = mid + 1;
        case OPTIMAL, FEASIBLE -> {
          hi = largestBurden(team, probe.schedule());
          if (hi > mid) {
            throw new IllegalStateException("a probe with burden cap " + mid + " returned a schedule of " + hi);
          }
          best = probe;
          stopped = probe.status() == SearchResult.Status.FEASIBLE;
        }
        case UNKNOWN -> stopped = true;
      }
    }
    boolean proved = lo == hi && best.status() == SearchResult.Status.OPTIMAL;
    long elapsed = System.nanoTime() - start;
    if (proved) {
      return new Result(new SearchResult(SearchResult.Status.OPTIMAL, best.schedule(), best.cost(), best.cost(), nodes,
          elapsed, best.firstSolutionNanos(), best.bestSolutionNanos(), List.of()), hi, lo, total);
    }
    List<String> why = new ArrayList<>(best.reasons());
    if (why.isEmpty()) {
      why.add("time limit reached");
    }
    why.add(String.format(java.util.Locale.ROOT, "largest burden %s per week found, at least %s proved",
        perWeek(hi, team.weeks()), perWeek(lo, team.weeks())));
    // Under the least largest burden the total can only be higher than without a cap.
    long bound = Math.min(best.cost(), lo == hi ? best.bound() : total.bound());
    return new Result(new SearchResult(SearchResult.Status.FEASIBLE, best.schedule(), best.cost(), bound, nodes, elapsed,
        best.firstSolutionNanos(), best.bestSolutionNanos(), why), hi, lo, total);
  }

  /** The largest burden of anyone in {@code schedule}, as a horizon total, by the independent scorer. */
  static long largestBurden(Team team, Schedule schedule) {
    return Scorer.score(team, schedule).largestBurden(team.weights());
  }

  private static String perWeek(long total, int weeks) {
    return String.format(java.util.Locale.ROOT, "%.1f", (double) total / weeks);
  }
}
