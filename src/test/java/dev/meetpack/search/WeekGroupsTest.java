package dev.meetpack.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.bench.Instances;
import dev.meetpack.model.Team;
import dev.meetpack.score.Constraints;
import dev.meetpack.score.Scorer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WeekGroupsTest {
  /** Brute force over many weeks is the slow part: each team's optimum is worked out once. */
  private static final java.util.Map<Long, Long> OPTIMA = new java.util.concurrent.ConcurrentHashMap<>();

  private static long optimum(long seed) {
    return OPTIMA.computeIfAbsent(seed, s -> BruteForce.optimum(RandomInstances.overWeeks(s)));
  }

  static LongStream seeds() {
    return LongStream.range(0, 120);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void solver_overWeeksAcrossDstChanges_matchesBruteForceAndWeekByWeek(long seed) {
    Team team = RandomInstances.overWeeks(seed);
    long expected = optimum(seed);
    SearchResult grouped = Solver.solve(team, Solver.Options.UNLIMITED);
    SearchResult byWeek = Solver.solveWeekByWeek(team, Solver.Options.UNLIMITED);
    if (expected < 0) {
      assertThat(grouped.status()).isEqualTo(SearchResult.Status.INFEASIBLE);
      assertThat(byWeek.status()).isEqualTo(SearchResult.Status.INFEASIBLE);
      return;
    }
    assertThat(grouped.status()).isEqualTo(SearchResult.Status.OPTIMAL);
    assertThat(grouped.cost()).isEqualTo(expected);
    assertThat(byWeek.cost()).isEqualTo(expected);
    assertThat(Constraints.violations(team, grouped.schedule())).isEmpty();
    assertThat(Scorer.score(team, grouped.schedule()).cost()).isEqualTo(expected);
    long[] root = Solver.rootBounds(team);
    assertThat(root[2]).isLessThanOrEqualTo(expected);
  }

  @Test
  void regimeBound_overWeeks_staysAtOrBelowTheOptimum() {
    int raised = 0;
    for (long seed = 0; seed < 120; seed++) {
      Team team = RandomInstances.overWeeks(seed);
      Regimes.Found found = Regimes.search(new SearchModel(team), Solver.NO_DEADLINE);
      if (found == null) {
        continue;
      }
      long optimum = optimum(seed);
      if (optimum >= 0) {
        assertThat(found.bound()).as("seed %d", seed).isLessThanOrEqualTo(optimum);
        raised += found.bound() > Solver.rootBounds(team)[2] ? 1 : 0;
      }
    }
    // Measured: the regimes on their own prove more than the root's bounds on 25 of these teams.
    assertThat(raised).isGreaterThanOrEqualTo(15);
  }

  @Test
  void dive_overWeeks_givesFeasibleSchedulesCostedAsTheScorerDoes() {
    int found = 0;
    for (long seed = 0; seed < 120; seed++) {
      Team team = RandomInstances.overWeeks(seed);
      var dive = Solver.dive(team);
      if (dive != null) {
        found++;
        assertThat(Constraints.violations(team, dive.getKey())).as("seed %d", seed).isEmpty();
        assertThat(Scorer.score(team, dive.getKey()).cost()).as("seed %d", seed).isEqualTo(dive.getValue());
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(40);
  }

  @Test
  void overWeeks_coverGroupedAndUngroupedTeams() {
    long grouped = seeds().filter(s -> WeekGroups.of(RandomInstances.overWeeks(s)).grouped).count();
    long feasible = seeds().filter(s -> Solver.solve(RandomInstances.overWeeks(s), Solver.Options.UNLIMITED).status()
        == SearchResult.Status.OPTIMAL).count();
    // The cross-check means something only if both kinds of team, and both outcomes, occur often
    // (measured: 111 of 120 grouped, 64 with a schedule).
    assertThat(grouped).isBetween(60L, 115L);
    assertThat(feasible).isBetween(40L, 100L);
  }

  @Test
  void seedShape_aYearOfWeeks_hasFourKinds() {
    // Seoul, New York and Los Angeles on weekdays, biweekly meetings: standard and daylight time, two phases each.
    Team year = Instances.withWeeks(Instances.seed(1), 52);
    WeekGroups g = WeekGroups.of(year);
    assertThat(g.grouped).isTrue();
    assertThat(g.size()).isEqualTo(4);
    assertThat(java.util.Arrays.stream(g.count).sum()).isEqualTo(52);
  }

  @Test
  void weekendMeetingAcrossFarZones_isSearchedWeekByWeek() {
    // Any day in Seoul and Los Angeles: a Sunday-evening call in Seoul is on Monday's date of the
    // next week for nobody, but a Monday-morning one in Seoul is Sunday in LA, the date before the
    // week's window begins for LA: the weeks' local dates meet, so no grouping.
    java.time.ZoneId seoul = java.time.ZoneId.of("Asia/Seoul");
    java.time.ZoneId la = java.time.ZoneId.of("America/Los_Angeles");
    var all = java.util.EnumSet.allOf(java.time.DayOfWeek.class);
    var hours = new dev.meetpack.model.Window(0, dev.meetpack.model.Window.DAY);
    var people = java.util.List.of(
        new dev.meetpack.model.Person("a", null, null, seoul, hours, hours, all, null),
        new dev.meetpack.model.Person("b", null, null, la, hours, hours, all, null));
    var meetings = java.util.List.of(new dev.meetpack.model.Meeting("m", null, java.util.List.of("a", "b"),
        java.util.List.of(), 60, 1, all, false, seoul, null, null, null, null));
    Team t = new Team("weekend", seoul, java.time.LocalDate.of(2027, 1, 4), 20, 60,
        dev.meetpack.model.Weights.DEFAULT, people, meetings, null);
    assertThat(WeekGroups.of(t).grouped).isFalse();
    assertThat(WeekGroups.of(t).size()).isEqualTo(20);
    // The same pair on weekdays only: one kind of week all winter.
    var weekdays = java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY);
    Team weekdaysOnly = new Team("weekdays", seoul, java.time.LocalDate.of(2027, 1, 4), 8, 60,
        dev.meetpack.model.Weights.DEFAULT, people, java.util.List.of(new dev.meetpack.model.Meeting("m", null,
            java.util.List.of("a", "b"), java.util.List.of(), 60, 1, weekdays, false, seoul, null, null, null, null)),
        null);
    assertThat(WeekGroups.of(weekdaysOnly).size()).isEqualTo(1);
    assertThat(WeekGroups.of(weekdaysOnly).count[0]).isEqualTo(8);
  }
}
