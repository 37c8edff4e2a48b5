package dev.meetpack.search;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Placement;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each daylight-saving regime of the evaluated weeks searched on its own, as a bound on the whole and
 * a source of first schedules.
 *
 * <p>Why it is a bound. A regime is a run of kinds of week ({@link WeekGroups}) that share their
 * offsets and differ only in their phase; its first weeks, one of each phase, make a short team of
 * their own. Every schedule of the whole team is a schedule of that short team (which asks its
 * constraints of fewer weeks), and costs, over those weeks, at least what the short team's search
 * proves. The whole cost is the sum over kinds of a kind's cost times its count, so it is at least
 * the sum over regimes of the least count of the regime's kinds times that proved bound. A bound
 * on one regime alone sees what the search over all weeks at once misses: no placement can be at
 * its cheapest in winter and in summer both.
 */
final class Regimes {
  private Regimes() {}

  /** The bound (0 if no regime could be searched) and each regime's best schedule, as placements of the whole team. */
  record Found(long bound, List<Schedule> schedules) {}

  /** Searches each regime in turn, each until {@code deadline} or for its share of what is left; null with one regime. */
  static Found search(SearchModel model, long deadline) {
    WeekGroups g = model.groups;
    int regimes = g.regimes();
    if (!g.grouped || regimes < 2) {
      return null;
    }
    long bound = 0;
    List<Schedule> schedules = new ArrayList<>();
    for (int r = 0; r < regimes; r++) {
      int first = Integer.MAX_VALUE;
      int last = -1;
      int kinds = 0;
      long least = Long.MAX_VALUE;
      for (int k = 0; k < g.size(); k++) {
        if (g.regime[k] == r) {
          first = Math.min(first, g.rep[k]);
          last = Math.max(last, g.rep[k]);
          least = Math.min(least, g.count[k]);
          kinds++;
        }
      }
      if (last - first + 1 != kinds || kinds < model.team.cycle()) {
        // Its first weeks are not one run, or not a whole cycle (a biweekly meeting must be free to
        // miss a one-week team, and the model keeps no placement without occurrences): no short
        // team stands for it.
        continue;
      }
      long now = System.nanoTime();
      long share = deadline == Solver.NO_DEADLINE ? 5_000_000_000L : (deadline - now) / (4L * (regimes - r));
      if (share <= 0) {
        break;
      }
      Team part = shifted(model.team, first, kinds);
      SearchResult res = Solver.solve(part, new Solver.Options(Duration.ofNanos(share), null));
      if (res.status() == SearchResult.Status.OPTIMAL || res.status() == SearchResult.Status.FEASIBLE) {
        bound += least * res.bound();
        schedules.add(unshifted(model.team, res.schedule(), first));
      }
    }
    return new Found(bound, schedules);
  }

  /** The team over {@code weeks} weeks from week {@code from}, its pinned phases moved to match. */
  static Team shifted(Team team, int from, int weeks) {
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting m : team.meetings()) {
      Integer phase = m.pinPhase() == null ? null : Math.floorMod(m.pinPhase() - from, 2);
      meetings.add(new Meeting(m.id(), m.title(), m.attendees(), m.optional(), m.duration(), m.period(), m.days(),
          m.withinWork(), m.zone(), m.pinDay(), m.pinMinute(), phase, m.link()));
    }
    return team.withHorizon(team.start().plusWeeks(from), weeks).withMeetings(meetings);
  }

  /** A schedule of {@link #shifted} as one of the whole team: biweekly phases counted from week 0 again. */
  static Schedule unshifted(Team team, Schedule part, int from) {
    Map<String, Placement> out = new LinkedHashMap<>();
    for (Meeting m : team.meetings()) {
      Placement p = part.of(m.id());
      out.put(m.id(), new Placement(p.day(), p.minute(), m.biweekly() ? Math.floorMod(p.phase() + from, 2) : 0));
    }
    return new Schedule(out);
  }
}
