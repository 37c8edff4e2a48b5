package dev.meetpack.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Team;
import dev.meetpack.score.Constraints;
import dev.meetpack.score.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fair objective (SPEC 3a) against brute force: the largest burden, then the total under it. */
class FairCrossCheckTest {
  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  /** The small random teams rarely put their evenings on one person (3 of 200); fewer of them suffice. */
  static LongStream smallSeeds() {
    return LongStream.range(0, 50);
  }

  /**
   * A small Seoul / New York (or Los Angeles) team with wide available hours: every shared meeting
   * is someone's evening or morning, so who carries them is what the fair objective decides.
   */
  static Team split(long seed) {
    java.util.Random r = new java.util.Random(seed);
    String[] zones = {"Asia/Seoul", "America/New_York", "America/Los_Angeles"};
    int nPeople = 2 + r.nextInt(3);
    List<dev.meetpack.model.Person> people = new ArrayList<>();
    for (int i = 0; i < nPeople; i++) {
      int availStart = (6 + r.nextInt(2)) * 60;
      people.add(new dev.meetpack.model.Person("p" + i, null, null, java.time.ZoneId.of(zones[i == 0 ? 0 : 1 + r.nextInt(2)]),
          new dev.meetpack.model.Window(9 * 60, 17 * 60), new dev.meetpack.model.Window(availStart, (22 + r.nextInt(2)) * 60),
          java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY), null));
    }
    List<Meeting> meetings = new ArrayList<>();
    int nMeetings = 2 + r.nextInt(2);
    for (int i = 0; i < nMeetings; i++) {
      List<String> att = new ArrayList<>(List.of("p0", "p" + (1 + r.nextInt(nPeople - 1))));
      for (int j = 1; j < nPeople; j++) {
        if (!att.contains("p" + j) && r.nextInt(3) == 0) {
          att.add("p" + j);
        }
      }
      java.time.DayOfWeek day = java.time.DayOfWeek.of(2 + r.nextInt(3));
      meetings.add(new Meeting("m" + i, null, att, List.of(), (1 + r.nextInt(2)) * 30, r.nextInt(3) == 0 ? 2 : 1,
          java.util.EnumSet.of(day), false, java.time.ZoneId.of("America/New_York"), null, null, null, null));
    }
    return new Team("split " + seed, java.time.ZoneId.of("America/New_York"), java.time.LocalDate.of(2026, 11, 30), 2,
        60, new dev.meetpack.model.Weights(r.nextInt(90), 1, 30), people, meetings, null);
  }

  /** The team with its first weekly meeting rotated, as the loader writes it: two biweekly meetings of opposite phase. */
  static Team rotated(Team t) {
    List<Meeting> out = new ArrayList<>();
    boolean done = false;
    for (Meeting m : t.meetings()) {
      if (!done && !m.biweekly()) {
        for (int ph = 0; ph < 2; ph++) {
          out.add(new Meeting(m.id() + (ph == 0 ? ".even" : ".odd"), m.title(), m.attendees(), m.optional(),
              m.duration(), 2, m.days(), m.withinWork(), m.zone(), m.pinDay(), m.pinMinute(), ph, m.link()));
        }
        done = true;
      } else {
        out.add(m);
      }
    }
    return new Team(t.name(), t.timezone(), t.start(), Math.max(2, t.weeks()), t.slot(), t.weights(), t.people(), out,
        t.organizer());
  }

  static void check(Team team) {
    long[] expected = BruteForce.fair(team);
    Fair.Result r = Fair.solve(team, Solver.Options.UNLIMITED);
    if (expected == null) {
      assertThat(r.search().status()).isEqualTo(SearchResult.Status.INFEASIBLE);
      return;
    }
    assertThat(r.search().status()).isEqualTo(SearchResult.Status.OPTIMAL);
    assertThat(new long[] {r.largestBurden(), r.search().cost()}).containsExactly(expected);
    assertThat(r.burdenBound()).isEqualTo(expected[0]);
    assertThat(Constraints.violations(team, r.search().schedule())).isEmpty();
    assertThat(Scorer.score(team, r.search().schedule()).largestBurden(team.weights())).isEqualTo(expected[0]);
    assertThat(r.total().cost()).isEqualTo(BruteForce.optimum(team));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("smallSeeds")
  void fair_randomSmallTeam_matchesBruteForce(long seed) {
    check(RandomInstances.small(seed));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("smallSeeds")
  void fair_randomSmallTeamWithARotatedMeeting_matchesBruteForce(long seed) {
    check(rotated(RandomInstances.small(seed)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fair_randomSplitTeam_matchesBruteForce(long seed) {
    check(split(seed));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fair_randomSplitTeamWithARotatedMeeting_matchesBruteForce(long seed) {
    check(rotated(split(seed)));
  }

  @Test
  void fairSample_sharesTheEveningsTheTotalObjectiveLeavesToOnePerson() {
    Team team = dev.meetpack.config.ConfigLoader.load(java.nio.file.Path.of("samples/fair.yaml"),
        java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T12:00:00Z"), java.time.ZoneOffset.UTC)).team();
    assertThat(team.objective()).isEqualTo(Team.Objective.FAIR);
    Fair.Result r = Fair.solve(team, Solver.Options.UNLIMITED);
    assertThat(r.search().status()).isEqualTo(SearchResult.Status.OPTIMAL);
    var total = Scorer.score(team, r.total().schedule());
    // The total objective puts every evening on taka; the fair one halves the largest burden.
    assertThat(total.people()).filteredOn(p -> p.burden(team.weights()) > 0).extracting(p -> p.personId())
        .containsExactly("taka");
    assertThat(r.largestBurden()).isEqualTo(total.largestBurden(team.weights()) / 2);
    // The rotated sync takes New York's evening one week and Seoul's the next.
    assertThat(r.search().schedule().of("korea-sync.even")).isNotEqualTo(r.search().schedule().of("korea-sync.odd"));
  }

  @Test
  void randomSplitTeams_oftenShareTheBurdenDifferentlyThanTheTotal() {
    // The cross-check means something only if the fair optimum often differs from the total's.
    long differ = seeds().mapToObj(s -> rotated(split(s))).filter(t -> {
      long[] fair = BruteForce.fair(t);
      if (fair == null) {
        return false;
      }
      SearchResult total = Solver.solve(t, Solver.Options.UNLIMITED);
      return Scorer.score(t, total.schedule()).largestBurden(t.weights()) > fair[0];
    }).count();
    // Measured: 33 of the 100.
    assertThat(differ).isGreaterThanOrEqualTo(25);
  }
}
