package dev.meetpack.search;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Placement;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.score.Constraints;
import dev.meetpack.score.ScoreResult;
import dev.meetpack.score.Scorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Enumerates every combination of placements: the reference the search is checked against. */
final class BruteForce {
  private BruteForce() {}

  /** The least cost of a feasible schedule, or -1 if none exists. */
  static long optimum(Team team) {
    long[] best = {-1};
    forEachFeasible(team, s -> {
      long cost = Scorer.score(team, s).cost();
      if (best[0] < 0 || cost < best[0]) {
        best[0] = cost;
      }
    });
    return best[0];
  }

  /** The fair objective (SPEC 3a): the least largest burden (horizon total), then the least total under it; null if none. */
  static long[] fair(Team team) {
    long[][] best = {null};
    forEachFeasible(team, s -> {
      ScoreResult r = Scorer.score(team, s);
      long[] key = {r.largestBurden(team.weights()), r.cost()};
      if (best[0] == null || java.util.Arrays.compare(key, best[0]) < 0) {
        best[0] = key;
      }
    });
    return best[0];
  }

  private static void forEachFeasible(Team team, Consumer<Schedule> sink) {
    SearchModel model = new SearchModel(team);
    List<List<Placement>> domains = new ArrayList<>();
    for (Meeting m : team.meetings()) {
      List<Placement> ok = new ArrayList<>();
      for (Placement p : model.placements(m)) {
        if (Constraints.placementProblem(team, m, p) == null) {
          ok.add(p);
        }
      }
      domains.add(ok);
    }
    enumerate(team, domains, 0, new LinkedHashMap<>(), sink);
  }

  private static void enumerate(Team team, List<List<Placement>> domains, int i, Map<String, Placement> chosen,
      Consumer<Schedule> sink) {
    if (i == domains.size()) {
      Schedule s = new Schedule(chosen);
      if (Constraints.violations(team, s).isEmpty()) {
        sink.accept(s);
      }
      return;
    }
    String id = team.meetings().get(i).id();
    for (Placement p : domains.get(i)) {
      chosen.put(id, p);
      enumerate(team, domains, i + 1, chosen, sink);
    }
    chosen.remove(id);
  }
}
