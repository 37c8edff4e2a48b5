package dev.meetpack.bench;

import dev.meetpack.model.Team;
import dev.meetpack.search.Fair;
import dev.meetpack.search.SearchResult;
import dev.meetpack.search.Solver;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The search benchmark: solves seeded instances of the three shapes over 2 and 52 weeks and prints one row each.
 * Run: mvn -B -q -Pbench test-compile exec:exec  (see README "Benchmark").
 */
public final class Bench {
  private Bench() {}

  record Shape(String name, LongFunction<Team> make, Duration limit) {}

  /** Each team is solved over two weeks and over a year (the default of an open-ended series). */
  static final int[] HORIZONS = {2, 52};

  public static void main(String[] args) {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    List<Shape> shapes = List.of(
        new Shape("seed", Instances::seed, Duration.ofSeconds(10)),
        new Shape("company", Instances::company, Duration.ofSeconds(30)),
        new Shape("organisation", Instances::organisation, Duration.ofSeconds(30)));
    // Warm-up, not reported: seeds not in the table, so that the first rows do not time the JIT.
    for (long seed = 100; seed < 105; seed++) {
      Solver.solve(Instances.seed(seed), new Solver.Options(Duration.ofSeconds(10), null));
    }
    System.out.printf(Locale.ROOT, "%-16s %5s %5s %-10s %8s %8s %7s %12s %9s %9s %9s%n", "instance", "weeks", "kinds",
        "status", "cost", "bound", "gap", "nodes", "first s", "best s", "proof s");
    for (Shape shape : shapes) {
      for (long seed = 1; seed <= seeds; seed++) {
        for (int weeks : HORIZONS) {
          Team team = Instances.withWeeks(shape.make().apply(seed), weeks);
          SearchResult r = Solver.solve(team, new Solver.Options(shape.limit(), null));
          System.out.printf(Locale.ROOT, "%-16s %5d %5d %-10s %8s %8d %6.2f%% %,12d %9s %9s %9s%n", team.name(), weeks,
              Solver.weekKinds(team), r.status().name().toLowerCase(Locale.ROOT), r.schedule() == null ? "-" : String.valueOf(r.cost()),
              r.bound(), 100 * r.gap(), r.nodes(), secs(r.firstSolutionNanos()), secs(r.bestSolutionNanos()),
              r.status() == SearchResult.Status.OPTIMAL || r.status() == SearchResult.Status.INFEASIBLE
                  ? secs(r.elapsedNanos()) : "-");
        }
      }
    }
  }

  /**
   * The seed and company shapes over two weeks under {@code objective: fair}: the largest burden per
   * week found and proved, the total beside it, and the seconds to the proof of both.
   */
  static void fair(int seeds) {
    System.out.printf(Locale.ROOT, "%-16s %-10s %12s %12s %8s %9s%n", "objective fair", "status", "burden/wk",
        "bound/wk", "cost", "proof s");
    for (Shape shape : List.of(new Shape("seed", Instances::seed, Duration.ofSeconds(30)),
        new Shape("company", Instances::company, Duration.ofSeconds(60)))) {
      for (long seed = 1; seed <= seeds; seed++) {
        Team team = Instances.withWeeks(shape.make().apply(seed), 2);
        Fair.Result r = Fair.solve(team, new Solver.Options(shape.limit(), null));
        SearchResult s = r.search();
        System.out.printf(Locale.ROOT, "%-16s %-10s %12.1f %12.1f %8s %9s%n", team.name(),
            s.status().name().toLowerCase(Locale.ROOT), r.largestBurden() / 2.0, r.burdenBound() / 2.0,
            s.schedule() == null ? "-" : String.valueOf(s.cost()),
            s.status() == SearchResult.Status.OPTIMAL ? secs(s.elapsedNanos()) : "-");
      }
    }
  }

  private static String secs(long nanos) {
    return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }
}
