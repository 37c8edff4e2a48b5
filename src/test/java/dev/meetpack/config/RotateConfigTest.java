package dev.meetpack.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Team;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** objective and rotate (SPEC 3a): a rotated meeting becomes two biweekly meetings of opposite phase. */
class RotateConfigTest {
  static ConfigLoader.Loaded load(String top, String meeting) {
    String yaml = "team: Test\ntimezone: America/New_York\nhorizon:\n  start: 2026-11-30\n  weeks: 4\n" + top
        + "people:\n  - id: ana\n    zone: America/New_York\n  - id: minji\n    zone: Asia/Seoul\n"
        + "meetings:\n  - id: sync\n    title: Sync\n    attendees: [ana, minji]\n    duration: 30m\n" + meeting;
    return ConfigLoader.load("r.yaml", yaml.getBytes(StandardCharsets.UTF_8), BadConfigCorpusTest.CLOCK);
  }

  static String error(String top, String meeting) {
    ConfigLoader.Loaded l = load(top, meeting);
    assertThat(l.ok()).isFalse();
    assertThat(l.problems()).hasSize(1);
    return l.problems().get(0).toString();
  }

  @Test
  void rotate_onAWeeklyMeeting_becomesTwoPhases() {
    ConfigLoader.Loaded l = load("", "    rotate: true\n");
    assertThat(l.problems()).isEmpty();
    assertThat(l.team().meetings()).extracting(Meeting::id).containsExactly("sync.even", "sync.odd");
    assertThat(l.team().meetings()).extracting(Meeting::pinPhase).containsExactly(0, 1);
    assertThat(l.team().meetings()).allMatch(m -> m.biweekly() && m.title().equals("Sync")
        && m.attendees().equals(java.util.List.of("ana", "minji")));
    assertThat(l.team().objective()).isEqualTo(Team.Objective.TOTAL);
  }

  @Test
  void rotate_withAnAtPin_keepsItOnBoth() {
    ConfigLoader.Loaded l = load("", "    rotate: true\n    at: \"MON 09:00\"\n");
    assertThat(l.problems()).isEmpty();
    assertThat(l.team().meetings()).allMatch(m -> m.pinMinute() == 9 * 60 && m.pinDay() == java.time.DayOfWeek.MONDAY);
  }

  @Test
  void rotate_false_isAPlainWeeklyMeeting() {
    ConfigLoader.Loaded l = load("", "    rotate: false\n");
    assertThat(l.team().meetings()).extracting(Meeting::id).containsExactly("sync");
  }

  @Test
  void rotate_onABiweeklyMeeting_isALocatedError() {
    assertThat(error("", "    every: biweekly\n    rotate: true\n"))
        .isEqualTo("r.yaml:17:13: error: meeting 'sync' rotate alternates a weekly meeting between two placements; "
            + "this meeting is biweekly");
  }

  @Test
  void rotate_withAWeekPin_isALocatedError() {
    assertThat(error("", "    rotate: true\n    week: 1\n"))
        .isEqualTo("r.yaml:17:11: error: meeting 'sync' rotate places the even and the odd weeks apart, so it takes no week pin");
  }

  @Test
  void rotate_notABoolean_isALocatedError() {
    assertThat(error("", "    rotate: \"yes\"\n")).startsWith("r.yaml:16:13: error: meeting 'sync' rotate must be true or false");
  }

  @Test
  void objective_fair_isRead_andAnythingElseIsALocatedError() {
    assertThat(load("objective: fair\n", "").team().objective()).isEqualTo(Team.Objective.FAIR);
    assertThat(error("objective: fiar\n", ""))
        .isEqualTo("r.yaml:6:12: error: objective must be 'total' or 'fair', got 'fiar'");
  }
}
