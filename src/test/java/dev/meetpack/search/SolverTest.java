package dev.meetpack.search;

import static dev.meetpack.Fixtures.meeting;
import static dev.meetpack.Fixtures.person;
import static dev.meetpack.Fixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.Fixtures;
import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Placement;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.score.Constraints;
import dev.meetpack.score.Scorer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SolverTest {
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
  static final Person MANAGER = person("manager", "America/New_York", "09:00-18:00", "07:00-23:00");
  static final Person KR1 = person("kr1", "Asia/Seoul", "09:00-18:00", "08:00-22:00");
  static final Person KR2 = person("kr2", "Asia/Seoul", "09:00-18:00", "08:00-22:00");
  /** Three New Yorkers with the same hours: a, b and c. */
  static final List<Person> ABC = List.of("a", "b", "c").stream()
      .map(id -> person(id, "America/New_York", "09:00-18:00", "08:00-20:00")).toList();

  @Test
  void koreaCalls_onOneEvening_backToBack() {
    EnumSet<DayOfWeek> days = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
    Team t = team(MONDAY, 1, 15, List.of(MANAGER, KR1, KR2), List.of(
        meeting("a", 60, 1, List.of("manager", "kr1", "kr2"), days),
        meeting("b", 30, 1, List.of("manager", "kr1"), days),
        meeting("c", 30, 1, List.of("manager", "kr2"), days)));
    SearchResult r = Solver.solve(t, Solver.Options.UNLIMITED);
    assertThat(r.status()).isEqualTo(SearchResult.Status.OPTIMAL);
    // Manager: one evening from 19:00 (Seoul 09:00) spanning 2 h; each Seoul person one in-hours day.
    assertThat(r.cost()).isEqualTo((30 + 60 + 120) + 30 + 30);
    assertThat(Scorer.score(t, r.schedule()).of("manager").eveningMinutes()).isEqualTo(120);
    assertThat(Constraints.violations(t, r.schedule())).isEmpty();
  }

  @Test
  void neighbourhood_movesAHeldMeeting_withinItsClass_toMakeRoom() {
    // Two hours a day: x held at 09:30 leaves no hour for y on Monday unless x moves to 09:00 or 10:00.
    List<Person> people = List.of("p", "q", "r").stream()
        .map(id -> person(id, "America/New_York", "09:00-11:00", "09:00-11:00")).toList();
    EnumSet<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
    Team t = team(MONDAY, 1, 15, people, List.of(
        meeting("x", 60, 1, List.of("p", "q"), days),
        meeting("y", 60, 1, List.of("p", "r"), days)));
    Schedule incumbent = new Schedule(Map.of(
        "x", new Placement(DayOfWeek.MONDAY, 9 * 60 + 30, 0),
        "y", new Placement(DayOfWeek.TUESDAY, 9 * 60, 0)));
    assertThat(Scorer.score(t, incumbent).cost()).isEqualTo(4 * 30);

    SearchModel model = new SearchModel(t);
    Schedule better = Solver.improveOn(model.heldExcept(incumbent, Set.of("y")), incumbent, 4 * 30,
        Solver.NO_DEADLINE, 1_000);

    assertThat(better).isNotNull();
    assertThat(Scorer.score(t, better).cost()).isEqualTo(3 * 30);
    assertThat(better.of("x").day()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(better.of("x").minute()).isNotEqualTo(9 * 60 + 30);
    assertThat(better.of("y").day()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(Constraints.violations(t, better)).isEmpty();
  }

  @Test
  void solve_sameInput_sameSchedule() {
    Team t = RandomInstances.small(7);
    assertThat(Solver.solve(t, Solver.Options.UNLIMITED).schedule())
        .isEqualTo(Solver.solve(t, Solver.Options.UNLIMITED).schedule());
  }

  @Test
  void infeasible_namesMeetingAndAttendees() {
    Meeting m = new Meeting("sync", "sync", List.of("manager", "kr1"), List.of(), 60, 1,
        Fixtures.WEEKDAYS, true, ZoneId.of("America/New_York"), null, null, null, null);
    SearchResult r = Solver.solve(team(MONDAY, 1, 15, List.of(MANAGER, KR1), List.of(m)), Solver.Options.UNLIMITED);
    assertThat(r.status()).isEqualTo(SearchResult.Status.INFEASIBLE);
    assertThat(r.reasons()).singleElement().asString()
        .contains("meeting 'sync'", "manager and kr1 share no slot", "working hours",
            "kr1 Sun 19:00-Mon 04:00", "manager Mon 09:00-18:00");
  }

  @Test
  void infeasible_overlapOnly_namesThePerson() {
    EnumSet<DayOfWeek> tue = EnumSet.of(DayOfWeek.TUESDAY);
    Person p = person("p", "America/New_York", "09:00-10:00", "09:00-10:00");
    Person q = person("q", "America/New_York", "09:00-10:00", "09:00-10:00");
    Person s = person("s", "America/New_York", "09:00-10:00", "09:00-10:00");
    Team t = team(MONDAY, 1, 15, List.of(p, q, s), List.of(
        meeting("x", 60, 1, List.of("p", "q"), tue), meeting("y", 60, 1, List.of("p", "s"), tue),
        meeting("z", 30, 1, List.of("q", "s"), tue)));
    SearchResult r = Solver.solve(t, Solver.Options.UNLIMITED);
    assertThat(r.status()).isEqualTo(SearchResult.Status.INFEASIBLE);
    assertThat(r.reasons()).singleElement().asString().contains("the meetings of p (x, y)");
  }

  @Test
  void timeLimit_reportsBoundBelowCost() {
    Team t = RandomInstances.small(11);
    SearchResult r = Solver.solve(t, new Solver.Options(Duration.ofNanos(1), null));
    assertThat(r.status()).isIn(SearchResult.Status.FEASIBLE, SearchResult.Status.UNKNOWN,
        SearchResult.Status.OPTIMAL, SearchResult.Status.INFEASIBLE);
    if (r.schedule() != null) {
      assertThat(r.bound()).isLessThanOrEqualTo(r.cost());
    }
    long optimum = BruteForce.optimum(t);
    if (optimum >= 0) {
      assertThat(r.bound()).isLessThanOrEqualTo(optimum);
    }
  }

  @Test
  void dst_koreaCallMovesForSeoulInMarch() {
    // US DST starts 2027-03-14: Tue 19:00 New York is Wed 09:00 Seoul in weeks 0-1 and 08:00 in weeks 2-3.
    Person kr = person("kr", "Asia/Seoul", "09:00-18:00", "08:30-22:00");
    Meeting call = new Meeting("call", "call", List.of("manager", "kr"), List.of(), 60, 1,
        EnumSet.of(DayOfWeek.TUESDAY), false, ZoneId.of("America/New_York"), null, null, null, null);
    Team t = team(LocalDate.of(2027, 3, 1), 4, 15, List.of(MANAGER, kr), List.of(call));
    SearchResult r = Solver.solve(t, Solver.Options.UNLIMITED);
    assertThat(r.status()).isEqualTo(SearchResult.Status.OPTIMAL);
    // 19:00 puts Seoul at 08:00 in March (before 08:30: infeasible), 19:30 at 08:30 (a Seoul early morning):
    // 20:00 is Seoul 09:00 after the change and 10:00 before it, in hours in every week.
    assertThat(r.schedule().of("call").minute()).isEqualTo(20 * 60);
    assertThat(Constraints.violations(t, r.schedule())).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {6, 10})
  void improvementPath_reachesTheSameOptimum_asOnePlainSearch(long seed) {
    Team t = dev.meetpack.bench.Instances.seed(seed);
    SearchResult plain = Solver.solve(t, Solver.Options.UNLIMITED, Long.MAX_VALUE);
    // A first search of half the plain search's nodes (the same search, cut short) does not settle
    // it, so the neighbourhood phase and the final search both run.
    long firstNodes = plain.nodes() / 2;
    SearchResult improved = Solver.solve(t, Solver.Options.UNLIMITED, firstNodes);
    assertThat(plain.status()).isEqualTo(SearchResult.Status.OPTIMAL);
    assertThat(firstNodes).isGreaterThan(20);
    assertThat(improved.status()).isEqualTo(SearchResult.Status.OPTIMAL);
    assertThat(improved.nodes()).isGreaterThan(firstNodes);
    assertThat(improved.cost()).isEqualTo(plain.cost());
    assertThat(Constraints.violations(t, improved.schedule())).isEmpty();
    assertThat(Scorer.score(t, improved.schedule()).cost()).isEqualTo(improved.cost());
  }

  @Test
  void companyScale_timeLimit_feasibleScheduleWithHonestBound() {
    // Company seed 6 is not proved within 20 s (README, Benchmark).
    Team t = dev.meetpack.bench.Instances.company(6);
    SearchResult r = Solver.solve(t, new Solver.Options(Duration.ofSeconds(2), null));
    assertThat(r.status()).isEqualTo(SearchResult.Status.FEASIBLE);
    assertThat(r.reasons()).contains("time limit reached");
    assertThat(Constraints.violations(t, r.schedule())).isEmpty();
    assertThat(Scorer.score(t, r.schedule()).cost()).isEqualTo(r.cost());
    assertThat(r.bound()).isLessThan(r.cost()).isPositive();
  }

  @Test
  void finalSearch_retimesWithALargerBudget_andProvesWhatTheFirstSearchSkipped() {
    // With one re-timing step allowed, the first search on seed 1 skips subtrees (167 of them)
    // whose start times it cannot settle. Stopping there would leave the result unproved, with a
    // reason; the final search, with its larger budget, proves the plain search's optimum.
    Team t = dev.meetpack.bench.Instances.seed(1);
    SearchResult plain = Solver.solve(t, Solver.Options.UNLIMITED, Long.MAX_VALUE);
    SearchResult r = Solver.solve(t, Solver.Options.UNLIMITED, Long.MAX_VALUE, 1);
    assertThat(plain.status()).isEqualTo(SearchResult.Status.OPTIMAL);
    assertThat(r.status()).isEqualTo(SearchResult.Status.OPTIMAL);
    assertThat(r.reasons()).isEmpty();
    assertThat(r.cost()).isEqualTo(plain.cost());
    assertThat(r.nodes()).isGreaterThan(plain.nodes());
    assertThat(Constraints.violations(t, r.schedule())).isEmpty();
    assertThat(Scorer.score(t, r.schedule()).cost()).isEqualTo(r.cost());
  }

  @Test
  void lentDayBound_splitsAPersonsDayChargeOverTheirMeetings() {
    // Three people whose working hours do not meet: in each pairwise hour, one of the two is off
    // hours for all of it. Every hour is off hours for one of its two attendees, so the minutes
    // come to at least 3 * 60 whoever pays; at least two of the three pay an off-hours day (one
    // payer cannot cover the meeting of the other two). Lending each person's charge half to each
    // of their two meetings prices every meeting at 60 minutes + (30 + 60) / 2 + 30 / 2 = 120:
    // 360 in all, above the node bound.
    EnumSet<DayOfWeek> tue = EnumSet.of(DayOfWeek.TUESDAY);
    Person a = person("a", "America/New_York", "09:00-12:00", "08:00-20:00");
    Person b = person("b", "America/New_York", "12:00-15:00", "08:00-20:00");
    Person c = person("c", "America/New_York", "15:00-18:00", "08:00-20:00");
    Team t = team(MONDAY, 1, 15, List.of(a, b, c), List.of(meeting("ab", 60, 1, List.of("a", "b"), tue),
        meeting("bc", 60, 1, List.of("b", "c"), tue), meeting("ca", 60, 1, List.of("c", "a"), tue)));
    long[] root = Solver.rootBounds(t);
    assertThat(root[1]).isEqualTo(360).isGreaterThan(root[0]);
    long optimum = BruteForce.optimum(t);
    assertThat(optimum).isGreaterThanOrEqualTo(3 * 60 + 3 * 30 + 2 * 60);
    assertThat(Solver.solve(t, Solver.Options.UNLIMITED).cost()).isEqualTo(optimum);
  }

  @Test
  void cycleBound_seesThatATrioAroundTheDateLineCannotKeepOneDateEach() {
    // Seoul, Los Angeles and London meet pairwise, each hour inside both attendees' working hours:
    // Seoul's hour with Los Angeles is always on the next Seoul date (their available hours meet
    // only there), London's hours with either are always on the same date. So the three cannot
    // each keep to one date: someone has two. Each person pays at least one meeting day (the
    // lent-day bound's 90); the cycle adds the fourth.
    EnumSet<DayOfWeek> days = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
    Person seoul = person("seoul", "Asia/Seoul", "09:00-18:00", "08:00-22:00");
    Person la = person("la", "America/Los_Angeles", "09:00-18:00", "07:00-21:00");
    Person london = person("london", "Europe/London", "08:00-18:00", "07:00-21:00");
    Team t = team(MONDAY, 1, 60, List.of(seoul, la, london), List.of(
        meeting("seoul-la", 60, 1, List.of("seoul", "la"), days),
        meeting("seoul-london", 60, 1, List.of("seoul", "london"), days),
        meeting("la-london", 60, 1, List.of("la", "london"), days)));
    assertRootRaisedToOptimum(t, 3 * 30, 4 * 30);
    SearchResult r = Solver.solve(t, Solver.Options.UNLIMITED);
    assertThat(r.status()).isEqualTo(SearchResult.Status.OPTIMAL);
    assertThat(r.cost()).isEqualTo(4 * 30);
  }

  @Test
  void cycleBound_throughTheCalendar_holdsAPersonToTwoDatesWhenTheirMeetingsDaysDiffer() {
    // a meets b only on Mondays and c only on Wednesdays: a has two meeting dates a week. The
    // lent-day bound lets a pay one day (90 in all); the calendar, standing for "a's date is a
    // Monday" and "a's date is a Wednesday", closes a cycle through a that adds the second.
    Team t = team(MONDAY, 1, 60, ABC, List.of(
        meeting("ab", 60, 1, List.of("a", "b"), EnumSet.of(DayOfWeek.MONDAY)),
        meeting("ac", 60, 1, List.of("a", "c"), EnumSet.of(DayOfWeek.WEDNESDAY))));
    assertRootRaisedToOptimum(t, 3 * 30, 4 * 30);
  }

  @Test
  void ownDatesBound_seesThatTwoLongMeetingsOfOnePersonCannotShareTheirWorkingDay() {
    // a meets b and c for five hours each, on Tuesday or Wednesday: both fit a's nine working hours
    // only on two dates, or on one date with an hour off hours. Nothing ties the dates together, so
    // no cycle adds anything and the lent-day bound lets each person pay one day (90); a's own
    // meetings add the second date.
    EnumSet<DayOfWeek> days = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
    Team t = team(MONDAY, 1, 60, ABC, List.of(
        meeting("ab", 300, 1, List.of("a", "b"), days), meeting("ac", 300, 1, List.of("a", "c"), days)));
    assertRootRaisedToOptimum(t, 3 * 30, 4 * 30);
  }

  @Test
  void ownDatesBound_chargesAFurtherOffHoursDate() {
    // The manager meets kr1 only on Mondays and kr2 only on Wednesdays; every hour they share is
    // off hours for one of them, and cheapest in the manager's evening. So the manager has two
    // evenings: 2 * (30 + 60 + 60) + 2 * 30 = 360. The lent-day bound has the manager pay one
    // day's charges (30 + 60 + 120 minutes + 2 * 30 = 270); the calendar's cycle adds the second
    // meeting day; the manager's own meetings add that and the second off-hours day.
    Person manager = person("manager", "America/New_York", "09:00-17:00", "07:00-23:00");
    Team t = team(MONDAY, 1, 60, List.of(manager, KR1, KR2), List.of(
        meeting("kr1", 60, 1, List.of("manager", "kr1"), EnumSet.of(DayOfWeek.MONDAY)),
        meeting("kr2", 60, 1, List.of("manager", "kr2"), EnumSet.of(DayOfWeek.WEDNESDAY))));
    assertRootRaisedToOptimum(t, 270, 360);
  }

  /**
   * The lent-day bound is {@code lentDay}, and the raised root bound reaches {@code optimum}: the
   * team's optimum, as brute force finds it.
   */
  private static void assertRootRaisedToOptimum(Team t, long lentDay, long optimum) {
    long[] root = Solver.rootBounds(t);
    assertThat(root[1]).isEqualTo(lentDay);
    assertThat(root[2]).isEqualTo(optimum);
    assertThat(BruteForce.optimum(t)).isEqualTo(optimum);
  }

  @org.junit.jupiter.api.Test
  void easyLargeTeam_withATimeLimitThatFallsAtOnce_stillHasTheDivesSchedule() {
    // 300 meetings: the root's bound alone takes seconds; a 1 ms limit falls before the search's
    // first leaf, on any machine. The dive runs to its end anyway, so the team never comes back
    // without a schedule (exit 4).
    dev.meetpack.model.Team team = dev.meetpack.bench.Instances.organisation(1);
    SearchResult r = Solver.solve(team, new Solver.Options(java.time.Duration.ofMillis(1), null));
    assertThat(r.status()).isEqualTo(SearchResult.Status.FEASIBLE);
    assertThat(dev.meetpack.score.Constraints.violations(team, r.schedule())).isEmpty();
    assertThat(dev.meetpack.score.Scorer.score(team, r.schedule()).cost()).isEqualTo(r.cost());
    assertThat(r.reasons()).contains("time limit reached");
  }
}
