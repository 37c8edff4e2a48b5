package dev.meetpack.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.model.Team;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** horizon.weeks and horizon.until end the series; with neither it is open-ended and a year is evaluated. */
class HorizonTest {
  static ConfigLoader.Loaded load(String horizon, String every) {
    String yaml = "team: Test\ntimezone: America/New_York\n" + horizon
        + "people:\n  - id: ana\n    zone: America/New_York\n  - id: minji\n    zone: Asia/Seoul\n"
        + "meetings:\n  - id: sync\n    attendees: [ana, minji]\n    duration: 30m\n    every: " + every + "\n";
    return ConfigLoader.load("h.yaml", yaml.getBytes(StandardCharsets.UTF_8), BadConfigCorpusTest.CLOCK);
  }

  static Team team(String horizon) {
    ConfigLoader.Loaded l = load(horizon, "biweekly");
    assertThat(l.problems()).isEmpty();
    return l.team();
  }

  static String error(String horizon, String every) {
    ConfigLoader.Loaded l = load(horizon, every);
    assertThat(l.ok()).isFalse();
    return l.problems().get(0).toString();
  }

  @Test
  void horizon_withoutAnEnd_isOpenEndedOverAYear() {
    Team t = team("horizon:\n  start: 2026-11-30\n");
    assertThat(t.openEnded()).isTrue();
    assertThat(t.weeks()).isEqualTo(52);
    Team none = team("");
    assertThat(none.openEnded()).isTrue();
    assertThat(none.weeks()).isEqualTo(52);
    assertThat(none.start()).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void horizon_weeks_endsTheSeries() {
    Team t = team("horizon:\n  start: 2026-11-30\n  weeks: 6\n");
    assertThat(t.openEnded()).isFalse();
    assertThat(t.weeks()).isEqualTo(6);
  }

  @Test
  void horizon_until_endsWithTheWeekHoldingIt() {
    // 2027-01-10 is the Sunday of week 5; 2027-01-11 the Monday of week 6.
    assertThat(team("horizon:\n  start: 2026-11-30\n  until: 2027-01-10\n").weeks()).isEqualTo(6);
    assertThat(team("horizon:\n  start: 2026-11-30\n  until: 2027-01-11\n").weeks()).isEqualTo(7);
    assertThat(team("horizon:\n  until: 2026-12-08\n  start: 2026-11-30\n").weeks()).isEqualTo(2);
    assertThat(team("horizon:\n  start: 2026-11-30\n  until: 2027-01-10\n").openEnded()).isFalse();
  }

  @Test
  void horizon_untilMistakes_areLocatedErrors() {
    assertThat(error("horizon:\n  start: 2026-11-30\n  until: 2026-11-30\n", "weekly"))
        .isEqualTo("h.yaml:5:10: error: horizon.until 2026-11-30 must be after horizon.start 2026-11-30");
    assertThat(error("horizon:\n  start: 2026-11-30\n  until: 2028-11-27\n", "weekly"))
        .isEqualTo("h.yaml:5:10: error: horizon.until 2028-11-27 is in week 104; at most 104 weeks are evaluated:"
            + " until 2028-11-26 at the latest");
    assertThat(error("horizon:\n  start: 2026-11-30\n  until: 2026-12-03\n", "biweekly"))
        .isEqualTo("h.yaml:5:10: error: horizon.until 2026-12-03 ends the horizon in week 0; a biweekly meeting"
            + " needs both phases: until 2026-12-07 or later");
    assertThat(error("horizon:\n  start: 2026-11-30\n  until: next june\n", "weekly"))
        .isEqualTo("h.yaml:5:10: error: horizon.until must be a date YYYY-MM-DD, got \"next june\"");
    assertThat(error("horizon:\n  start: 2026-11-30\n  weeks: 4\n  until: 2027-01-10\n", "weekly"))
        .isEqualTo("h.yaml:6:10: error: horizon has both weeks and until: give one of them");
    assertThat(team("horizon:\n  start: 2026-11-30\n  until: 2028-11-26\n").weeks()).isEqualTo(104);
    assertThat(load("horizon:\n  start: 2026-11-30\n  until: 2026-12-03\n", "weekly").team().weeks()).isEqualTo(1);
  }
}
