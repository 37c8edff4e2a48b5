package dev.meetpack.search;

import dev.meetpack.model.Schedule;
import java.util.List;

/**
 * The outcome of a search. {@code schedule} is null unless a feasible schedule was found;
 * {@code bound} is a proved lower bound on the optimal cost (equal to {@code cost} when optimal);
 * {@code reasons} explains an infeasible result, or why a result is not proved optimal. Times are nanoseconds since the search started, -1 if never.
 */
public record SearchResult(
    Status status,
    Schedule schedule,
    long cost,
    long bound,
    long nodes,
    long elapsedNanos,
    long firstSolutionNanos,
    long bestSolutionNanos,
    List<String> reasons) {

  public enum Status {
    /** Proved: no feasible schedule costs less. */
    OPTIMAL,
    /**
     * A feasible schedule without a proof: stopped by the time limit, or some subtrees were skipped
     * (see reasons); cost and bound bracket the optimum.
     */
    FEASIBLE,
    /** Proved: no schedule satisfies the hard constraints. */
    INFEASIBLE,
    /** No feasible schedule found, and none proved impossible (see reasons): usually the time limit. */
    UNKNOWN
  }

  public SearchResult {
    reasons = List.copyOf(reasons);
  }

  /** Relative gap (cost - bound) / cost, 0 when optimal or cost is 0. */
  public double gap() {
    return schedule == null || cost == 0 ? 0 : (double) (cost - bound) / cost;
  }
}
