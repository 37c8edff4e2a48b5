package dev.meetpack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.config.ConfigLoader;
import dev.meetpack.config.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {
  static final String PEOPLE = """
      team: Checks
      timezone: America/New_York
      horizon: {start: 2027-03-01, weeks: 4}
      people:
        - {id: ny, zone: America/New_York, work: "09:00-18:00", available: "07:00-23:00", maxOffHoursDaysPerWeek: 1}
        - {id: kr, zone: Asia/Seoul, work: "09:00-18:00", available: "08:00-22:00"}
      meetings:
      """;

  static List<String> check(String meetings) {
    ConfigLoader.Loaded l = ConfigLoader.load("c.yaml", (PEOPLE + meetings).getBytes(StandardCharsets.UTF_8),
        Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    assertThat(l.problems()).isEmpty();
    return Checks.check(l).stream().map(Problem::toString).toList();
  }

  @Test
  void pin_leavesHoursAfterDstChange_namesTheWeek() {
    assertThat(check("""
          - {id: call, attendees: [ny, kr], duration: 45m, at: "TUE 18:00"}
        """)).containsExactly("c.yaml:8:56: error: pin of meeting 'call': in week 2 (2027-03-16) is Wed 07:00-07:45 for kr, "
        + "outside available 08:00-22:00");
  }

  @Test
  void pins_overlap_forASharedPerson() {
    assertThat(check("""
          - {id: a, attendees: [ny, kr], duration: 1h, at: "TUE 20:00"}
          - {id: b, attendees: [ny, kr], duration: 30m, at: "TUE 20:30"}
        """)).containsExactly("c.yaml:9:53: error: pinned meeting 'b' overlaps pinned meeting 'a' in week 0 for ny, kr");
  }

  @Test
  void pins_breakACap() {
    assertThat(check("""
          - {id: a, attendees: [ny, kr], duration: 1h, at: "TUE 20:00"}
          - {id: b, attendees: [ny, kr], duration: 1h, at: "WED 20:00"}
        """)).singleElement().asString().startsWith("c.yaml:5:5: error: person 'ny' has maxOffHoursDaysPerWeek 1, "
        + "but pinned meetings already put them off-hours on 2 days in week 0");
  }

  @Test
  void unpinnedMeeting_withNoCommonSlot_isNamedWithWindows() {
    assertThat(check("""
          - {id: x, attendees: [ny, kr], duration: 1h, within: work}
        """)).singleElement().asString().startsWith("c.yaml:8:5: error: meeting 'x' (1h) cannot be placed")
        .contains("ny and kr share no slot", "kr Sun 19:00-Mon 04:00");
  }

  @Test
  void sensibleConfig_hasNoProblems() {
    assertThat(check("""
          - {id: a, attendees: [ny, kr], duration: 1h}
          - {id: b, attendees: [ny, kr], duration: 30m, at: "TUE 21:00"}
        """)).isEmpty();
  }
}
