package dev.meetpack.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.validate.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every problem has the rule of its kind, and every rule is described well enough to stand alone in an alert. */
class RuleTest {
  @Test
  void rules_haveUniqueKebabIdsAndSentences() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::id)).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z]+(-[a-z0-9]+)*"));
    for (Rule r : Rule.values()) {
      assertThat(r.shortDescription()).as(r.id()).isNotBlank().doesNotEndWith(".");
      assertThat(r.fullDescription()).as(r.id()).endsWith(".").isNotEqualTo(r.shortDescription());
      if (r.help() != null) {
        assertThat(r.help()).as(r.id()).endsWith(".");
      }
    }
  }

  /** The first problem of each file of the bad corpus, by kind. */
  static Stream<Arguments> corpus() {
    return Map.ofEntries(
        Map.entry("alias.yaml", Rule.UNSUPPORTED_YAML), Map.entry("attendees-not-list.yaml", Rule.BAD_TYPE),
        Map.entry("bad-duration.yaml", Rule.BAD_DURATION), Map.entry("bad-email.yaml", Rule.BAD_EMAIL),
        Map.entry("bad-every.yaml", Rule.BAD_CHOICE),
        Map.entry("bad-objective.yaml", Rule.BAD_CHOICE), Map.entry("rotate-biweekly.yaml", Rule.BAD_ROTATE),
        Map.entry("rotate-with-week.yaml", Rule.BAD_ROTATE), Map.entry("bad-id.yaml", Rule.BAD_ID),
        Map.entry("bad-link.yaml", Rule.BAD_LINK), Map.entry("bad-organizer.yaml", Rule.UNKNOWN_NAME),
        Map.entry("bad-planning-zone.yaml", Rule.BAD_ZONE), Map.entry("bad-weekday.yaml", Rule.BAD_WEEKDAY),
        Map.entry("bad-within.yaml", Rule.BAD_CHOICE), Map.entry("bad-zone.yaml", Rule.BAD_ZONE),
        Map.entry("biweekly-one-week.yaml", Rule.HORIZON_TOO_SHORT), Map.entry("cap-negative.yaml", Rule.OUT_OF_RANGE),
        Map.entry("comment-only.yaml", Rule.EMPTY_FILE), Map.entry("days-empty.yaml", Rule.BAD_WEEKDAY),
        Map.entry("deep-nesting.yaml", Rule.TOO_DEEP), Map.entry("duplicate-key.yaml", Rule.DUPLICATE_KEY),
        Map.entry("duplicate-meeting.yaml", Rule.DUPLICATE_ID), Map.entry("duplicate-person.yaml", Rule.DUPLICATE_ID),
        Map.entry("duration-not-multiple.yaml", Rule.BAD_DURATION),
        Map.entry("duration-too-long.yaml", Rule.BAD_DURATION), Map.entry("empty.yaml", Rule.EMPTY_FILE),
        Map.entry("group-cycle.yaml", Rule.GROUP_CYCLE), Map.entry("group-person-clash.yaml", Rule.DUPLICATE_ID),
        Map.entry("group-unknown-member.yaml", Rule.UNKNOWN_NAME), Map.entry("invalid-utf8.yaml", Rule.NOT_TEXT),
        Map.entry("merge-key.yaml", Rule.UNSUPPORTED_YAML), Map.entry("missing-meetings.yaml", Rule.MISSING_KEY),
        Map.entry("missing-team.yaml", Rule.MISSING_KEY), Map.entry("misspelt-top-key.yaml", Rule.MISSING_KEY),
        Map.entry("not-a-mapping.yaml", Rule.BAD_TYPE), Map.entry("nul-byte.yaml", Rule.NOT_TEXT),
        Map.entry("one-attendee.yaml", Rule.TOO_FEW_ATTENDEES), Map.entry("person-missing-zone.yaml", Rule.MISSING_KEY),
        Map.entry("pin-bare-time.yaml", Rule.BAD_PIN), Map.entry("pin-not-in-days.yaml", Rule.PIN_NOT_IN_DAYS),
        Map.entry("pin-off-grid.yaml", Rule.PIN_OFF_GRID), Map.entry("second-document.yaml", Rule.SECOND_DOCUMENT),
        Map.entry("slot-bad.yaml", Rule.BAD_SLOT), Map.entry("start-not-date.yaml", Rule.BAD_DATE),
        Map.entry("start-not-monday.yaml", Rule.NOT_MONDAY), Map.entry("syntax-error.yaml", Rule.YAML_SYNTAX),
        Map.entry("tab-indent.yaml", Rule.YAML_SYNTAX), Map.entry("unknown-attendee.yaml", Rule.UNKNOWN_NAME),
        Map.entry("unknown-meeting-key.yaml", Rule.UNKNOWN_KEY), Map.entry("unknown-person-key.yaml", Rule.UNKNOWN_KEY),
        Map.entry("unknown-top-key.yaml", Rule.UNKNOWN_KEY), Map.entry("week-on-weekly.yaml", Rule.WEEK_ON_WEEKLY),
        Map.entry("week-out-of-range.yaml", Rule.OUT_OF_RANGE), Map.entry("weeks-string.yaml", Rule.BAD_TYPE),
        Map.entry("weeks-zero.yaml", Rule.OUT_OF_RANGE), Map.entry("weight-negative.yaml", Rule.OUT_OF_RANGE),
        Map.entry("window-backwards.yaml", Rule.BAD_WINDOW), Map.entry("window-bad-minute.yaml", Rule.BAD_WINDOW),
        Map.entry("window-bare-number.yaml", Rule.BAD_TYPE), Map.entry("window-no-dash.yaml", Rule.BAD_WINDOW),
        Map.entry("work-outside-available.yaml", Rule.WORK_OUTSIDE_AVAILABLE),
        Map.entry("workdays-bad.yaml", Rule.BAD_WEEKDAY), Map.entry("zone-abbreviation.yaml", Rule.BAD_ZONE),
        Map.entry("zone-city-only.yaml", Rule.BAD_ZONE))
        .entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void badConfig_firstProblem_hasTheRuleOfItsKind(String name, Rule rule) throws IOException {
    byte[] bytes = Files.readAllBytes(BadConfigCorpusTest.DIR.resolve(name));
    assertThat(ConfigLoader.load(name, bytes, BadConfigCorpusTest.CLOCK).problems().get(0).rule()).isEqualTo(rule);
  }

  @Test
  void fileLevelProblems_haveTheirRules() {
    assertThat(rules(ConfigLoader.load(Path.of("no/such.yaml"), BadConfigCorpusTest.CLOCK).problems()))
        .containsExactly(Rule.UNREADABLE_FILE);
    assertThat(rules(ConfigLoader.load(BadConfigCorpusTest.DIR, BadConfigCorpusTest.CLOCK).problems()))
        .containsExactly(Rule.UNREADABLE_FILE);
    assertThat(rules(ConfigLoader.load("big.yaml", new byte[YamlReader.MAX_BYTES + 1], BadConfigCorpusTest.CLOCK)
        .problems())).containsExactly(Rule.FILE_TOO_LARGE);
  }

  @Test
  void meaningChecks_haveTheirRules() {
    assertThat(rules(Checks.check(ConfigLoader.load(Path.of("samples/infeasible.yaml"), BadConfigCorpusTest.CLOCK))))
        .containsExactly(Rule.NO_COMMON_SLOT);
    assertThat(rules(Checks.check(ConfigLoader.load(Path.of("samples/dst-pinned.yaml"), BadConfigCorpusTest.CLOCK))))
        .containsExactly(Rule.PIN_OUTSIDE_HOURS);
  }

  private static List<Rule> rules(List<Problem> problems) {
    return problems.stream().map(Problem::rule).toList();
  }
}
