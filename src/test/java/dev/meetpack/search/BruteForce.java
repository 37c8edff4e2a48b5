package dev.meetpack.search;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Placement;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.score.Constraints;
import dev.meetpack.score.Scorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Enumerates every combination of placements: the reference the search is checked against. */
final class BruteForce {
  private BruteForce() {}

  /** The least cost of a feasible schedule, or -1 if none exists. */
  static long optimum(Team team) {
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
    long[] best = {-1};
    enumerate(team, domains, 0, new LinkedHashMap<>(), best);
    return best[0];
  }

  private static void enumerate(Team team, List<List<Placement>> domains, int i, Map<String, Placement> chosen,
      long[] best) {
    if (i == domains.size()) {
      Schedule s = new Schedule(chosen);
      if (Constraints.violations(team, s).isEmpty()) {
        long cost = Scorer.score(team, s).cost();
        if (best[0] < 0 || cost < best[0]) {
          best[0] = cost;
        }
      }
      return;
    }
    String id = team.meetings().get(i).id();
    for (Placement p : domains.get(i)) {
      chosen.put(id, p);
      enumerate(team, domains, i + 1, chosen, best);
    }
    chosen.remove(id);
  }
}
