package dev.meetpack.score;

import static dev.meetpack.Fixtures.person;
import static dev.meetpack.Fixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.model.Person;
import dev.meetpack.model.Team;
import dev.meetpack.model.Weights;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each term of SPEC section 3 on a tiny fixture with a hand-computed number. */
class ScorerTest {
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
  static final Person NY = person("ny", "America/New_York", "09:00-17:00", "07:00-23:00");
  static final Person SEOUL = person("kr", "Asia/Seoul", "09:00-18:00", "07:00-22:00");
  static final Team TEAM = team(MONDAY, 1, 15, List.of(NY, SEOUL), List.of());

  static Attendance at(Person p, String localStart, int minutes) {
    Instant s = LocalDateTime.parse(localStart).atZone(p.zone()).toInstant();
    return new Attendance(p.id(), "m", "m", 0, s, s.plusSeconds(60L * minutes));
  }

  @Test
  void meetingDay_oneMeetingInWorkHours_costsMeetingDayOnly() {
    ScoreResult r = Scorer.score(TEAM, List.of(at(NY, "2026-12-01T10:00", 60)));
    assertThat(r.cost()).isEqualTo(30);
    assertThat(r.of("ny").meetingDays()).isEqualTo(1);
    assertThat(r.of("ny").offHoursDays()).isZero();
  }

  @Test
  void meetingDay_twoMeetingsSameDate_countOnce() {
    ScoreResult r = Scorer.score(TEAM, List.of(at(NY, "2026-12-01T10:00", 60), at(NY, "2026-12-01T14:00", 30)));
    assertThat(r.cost()).isEqualTo(30);
  }

  @Test
  void meetingDay_twoDates_countTwice() {
    ScoreResult r = Scorer.score(TEAM, List.of(at(NY, "2026-12-01T10:00", 60), at(NY, "2026-12-02T10:00", 60)));
    assertThat(r.cost()).isEqualTo(60);
    assertThat(r.of("ny").meetingDays()).isEqualTo(2);
  }

  @Test
  void morning_callBeforeAvailable_wholeDayOutsideWorkCounts() {
    // SPEC section 3: a 04:00 call in an imported calendar is a morning like any other (available starts 07:00).
    ScoreResult r = Scorer.score(TEAM, List.of(at(NY, "2026-12-01T04:00", 60)));
    assertThat(r.of("ny").morningMinutes()).isEqualTo(60);
    assertThat(r.of("ny").outsideAvailable()).isEqualTo(1);
    assertThat(r.cost()).isEqualTo(30 + 60 + 60);
  }

  @Test
  void evening_callAfterAvailable_countsToMidnight() {
    ScoreResult r = Scorer.score(TEAM, List.of(at(NY, "2026-12-01T23:00", 60)));
    assertThat(r.of("ny").eveningMinutes()).isEqualTo(60);
    assertThat(r.cost()).isEqualTo(30 + 60 + 60);
  }

  @Test
  void eveningSpan_gapBetweenCalls_counts() {
    // SPEC: calls at 20:00-21:00 and 22:00-22:30 lose 150 minutes.
    ScoreResult r = Scorer.score(TEAM, List.of(at(NY, "2026-12-01T20:00", 60), at(NY, "2026-12-01T22:00", 30)));
    assertThat(r.of("ny").eveningMinutes()).isEqualTo(150);
    assertThat(r.cost()).isEqualTo(30 + 60 + 150);
  }

  @Test
  void span_meetingAcrossWorkEnd_countsOnlyTheEveningPart() {
    ScoreResult r = Scorer.score(TEAM, List.of(at(NY, "2026-12-01T16:30", 60)));
    assertThat(r.of("ny").eveningMinutes()).isEqualTo(30);
    assertThat(r.cost()).isEqualTo(30 + 60 + 30);
  }

  @Test
  void offHoursDay_morningAndEveningSameDate_oneOffHoursDayBothSpans() {
    ScoreResult r = Scorer.score(TEAM, List.of(at(NY, "2026-12-01T07:30", 30), at(NY, "2026-12-01T12:00", 30),
        at(NY, "2026-12-01T18:00", 30)));
    PersonFigures f = r.of("ny");
    assertThat(f.morningMinutes()).isEqualTo(30);
    assertThat(f.eveningMinutes()).isEqualTo(30);
    assertThat(f.offHoursDays()).isEqualTo(1);
    assertThat(r.cost()).isEqualTo(30 + 60 + 60);
  }

  @Test
  void localDate_isTheAttendeesOwn() {
    // Tue 19:00 New York is Wed 09:00 Seoul: two people, two different local dates, in-hours for Seoul.
    Instant s = LocalDateTime.parse("2026-12-01T19:00").atZone(ZoneId.of("America/New_York")).toInstant();
    ScoreResult r = Scorer.score(TEAM, List.of(new Attendance("ny", "m", "m", 0, s, s.plusSeconds(3600)),
        new Attendance("kr", "m", "m", 0, s, s.plusSeconds(3600))));
    assertThat(r.of("ny").cost()).isEqualTo(30 + 60 + 60);
    assertThat(r.of("kr").cost()).isEqualTo(30);
    assertThat(r.of("kr").earliestStart()).isEqualTo(9 * 60);
    assertThat(r.cost()).isEqualTo(180);
  }

  @Test
  void weights_areApplied() {
    Team t = new Team("w", ZoneId.of("America/New_York"), MONDAY, 1, 15, new Weights(7, 2, 5), List.of(NY),
        List.of(), null);
    ScoreResult r = Scorer.score(t, List.of(at(NY, "2026-12-01T17:00", 45)));
    assertThat(r.cost()).isEqualTo(5 + 7 + 2 * 45);
  }

  @Test
  void figures_latestEndAndEarliestStart_areLocal() {
    ScoreResult r = Scorer.score(TEAM, List.of(at(NY, "2026-12-01T08:15", 30), at(NY, "2026-12-02T21:00", 60)));
    assertThat(r.of("ny").earliestStart()).isEqualTo(8 * 60 + 15);
    assertThat(r.of("ny").latestEnd()).isEqualTo(22 * 60);
    assertThat(r.of("ny").evenings()).isEqualTo(1);
    assertThat(r.of("ny").mornings()).isEqualTo(1);
  }

  @Test
  void attendeeProblem_occurrenceAcrossTheClocksGoingBack_saysSoRatherThanMidnight() {
    Person p = person("a", "Europe/London", "09:00-17:00", "00:00-24:00");
    dev.meetpack.model.Meeting m = dev.meetpack.Fixtures.meeting("m", 30, 1, List.of("a"),
        java.util.EnumSet.of(java.time.DayOfWeek.SUNDAY));
    // 01:30 BST on 2027-10-31, 30 minutes: it ends at 01:00 GMT, an earlier wall time than its start.
    Instant start = Instant.parse("2027-10-31T00:30:00Z");
    assertThat(Constraints.attendeeProblem(p, m, start, start.plusSeconds(1800)))
        .isEqualTo("ends at an earlier local time than it starts for a (the clocks go back during it)");
    Instant late = Instant.parse("2027-10-31T23:30:00Z");
    assertThat(Constraints.attendeeProblem(p, m, late, late.plusSeconds(3600))).isEqualTo("crosses local midnight for a");
  }
}
