package dev.meetpack.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Configs written to break the loader: deep groups, odd integers, control characters, odd links, odd files. */
class HostileConfigTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

  /** A valid config with FIELD lines the tests replace. */
  static final String BASE = """
      team: Test
      timezone: America/New_York
      horizon:
        start: 2026-11-30
        weeks: 2
      slot: 15
      weights:
        offHoursDay: 60
      people:
        - id: ana
          email: ana@example.com
          zone: America/New_York
          maxOffHoursDaysPerWeek: 2
        - id: minji
          zone: Asia/Seoul
      meetings:
        - id: sync
          attendees: [ana, minji]
          duration: 30m
          every: biweekly
          week: 0
          link: https://meet.example.com/sync
      """;

  @TempDir
  Path tmp;

  static List<String> problems(String yaml) {
    return ConfigLoader.load("f.yaml", yaml.getBytes(StandardCharsets.UTF_8), CLOCK).problems().stream()
        .map(Problem::toString).toList();
  }

  @Test
  void base_isValid() {
    assertThat(problems(BASE)).isEmpty();
  }

  @Test
  void groups_chain8000Deep_expandsWithoutRecursion() {
    StringBuilder y = new StringBuilder(BASE.replace("attendees: [ana, minji]", "attendees: [g0]")
        .replace("meetings:", "groups:\n" + "%GROUPS%" + "meetings:"));
    StringBuilder groups = new StringBuilder();
    int depth = 8000;
    for (int i = 0; i < depth; i++) {
      groups.append("  g").append(i).append(": [").append(i + 1 < depth ? "g" + (i + 1) : "ana, minji").append("]\n");
    }
    String yaml = y.toString().replace("%GROUPS%", groups);
    ConfigLoader.Loaded loaded = ConfigLoader.load("f.yaml", yaml.getBytes(StandardCharsets.UTF_8), CLOCK);
    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.team().meetings().get(0).attendees()).containsExactly("ana", "minji");
  }

  @Test
  void groups_cycle8000Long_isOneLocatedErrorWithoutRecursion() {
    StringBuilder groups = new StringBuilder();
    int length = 8000;
    for (int i = 0; i < length; i++) {
      groups.append("  g").append(i).append(": [g").append((i + 1) % length).append(", ana]\n");
    }
    String yaml = BASE.replace("attendees: [ana, minji]", "attendees: [g5, minji]")
        .replace("meetings:", "groups:\n" + groups + "meetings:");
    List<String> problems = problems(yaml);
    assertThat(problems).singleElement().asString()
        .startsWith("f.yaml:17:3: error: groups nest in a cycle: g0 -> g1 -> g2 -> ")
        .endsWith("-> g0 (8000 groups)");
    assertThat(problems.get(0).length()).isLessThan(300);
  }

  @Test
  void groups_cyclesAndSelfLoop_eachReportedOnceAtItsFirstGroup() {
    String yaml = BASE.replace("meetings:", """
        groups:
          x: [ana]
          a: [x, b]
          b: [c]
          c: [a, x]
          s: [s, minji]
        meetings:""");
    assertThat(problems(yaml)).containsExactly(
        "f.yaml:18:3: error: groups nest in a cycle: a -> b -> c -> a",
        "f.yaml:21:3: error: groups nest in a cycle: s -> s");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483648", "1_000", "0x1E", "99999999999999999999999", "017", "0b11", "-2147483649",
      "+0x10", "1__0"})
  void integers_oddForms_locatedInEveryField_andEveryProblemListed(String v) {
    String yaml = BASE.replace("weeks: 2", "weeks: " + v).replace("slot: 15", "slot: " + v)
        .replace("offHoursDay: 60", "offHoursDay: " + v)
        .replace("maxOffHoursDaysPerWeek: 2", "maxOffHoursDaysPerWeek: " + v)
        .replace("duration: 30m", "duration: " + v).replace("week: 0", "week: " + v)
        .replace("zone: Asia/Seoul", "zone: Asia/Seul");
    List<String> problems = problems(yaml);
    assertThat(problems).hasSize(7).filteredOn(p -> !p.contains("Asia/Seul")).hasSize(6)
        .allSatisfy(p -> assertThat(p).matches("f\\.yaml:\\d+:\\d+: error: .*" + quote(v) + ".*"));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("f.yaml:5:10: error: horizon.weeks "))
        .anySatisfy(p -> assertThat(p).startsWith("f.yaml:6:7: error: slot "))
        .anySatisfy(p -> assertThat(p).startsWith("f.yaml:8:16: error: weights.offHoursDay "))
        .anySatisfy(p -> assertThat(p).startsWith("f.yaml:13:29: error: person 'ana' maxOffHoursDaysPerWeek "))
        .anySatisfy(p -> assertThat(p).startsWith("f.yaml:15:11: error: person 'minji' zone 'Asia/Seul'"))
        .anySatisfy(p -> assertThat(p).startsWith("f.yaml:19:15: error: meeting 'sync' duration "))
        .anySatisfy(p -> assertThat(p).startsWith("f.yaml:21:11: error: meeting 'sync' week "));
  }

  private static String quote(String v) {
    return java.util.regex.Pattern.quote(v);
  }

  @Test
  void integers_messagesSayWhy() {
    assertThat(problems(BASE.replace("slot: 15", "slot: 0x1E"))).containsExactly(
        "f.yaml:6:7: error: slot must be a plain decimal integer, got 0x1E (YAML would read it as 30)");
    assertThat(problems(BASE.replace("slot: 15", "slot: 1_5"))).containsExactly(
        "f.yaml:6:7: error: slot must be a plain decimal integer, got 1_5 (YAML would read it as 15)");
    assertThat(problems(BASE.replace("slot: 15", "slot: -015"))).containsExactly(
        "f.yaml:6:7: error: slot must be a plain decimal integer, got -015 (YAML would read it as -13)");
    assertThat(problems(BASE.replace("slot: 15", "slot: 0b_11"))).containsExactly(
        "f.yaml:6:7: error: slot must be a plain decimal integer, got 0b_11 (YAML would read it as 3)");
    assertThat(problems(BASE.replace("duration: 30m", "duration: 2147483648"))).containsExactly(
        "f.yaml:19:15: error: meeting 'sync' duration must be 5m to 8h in steps of 5 minutes, got 2147483648 minutes");
    assertThat(problems(BASE.replace("weeks: 2", "weeks: 99999999999999999999999"))).containsExactly(
        "f.yaml:5:10: error: horizon.weeks must be between 1 and 104, got 99999999999999999999999");
    assertThat(problems(BASE.replace("slot: 15", "slot: +15"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999999999", "99999999999h", "35791395h", "1h99999999999m"})
  void duration_hugeStrings_locatedError(String v) {
    assertThat(problems(BASE.replace("duration: 30m", "duration: \"" + v + "\""))).singleElement().asString()
        .isEqualTo("f.yaml:19:15: error: meeting 'sync' duration: \"" + v
            + "\" has too many digits for a duration (at most 8h)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\r", "\\n", "\\0", "\\e", "\\a", "\\x7f", "\\x80", "\\x9f", "\\u2028", "\\u2029", "\\x1b[31m"})
  void strings_controlCharacters_locatedErrorInEveryTextField(String c) {
    String yaml = BASE.replace("team: Test", "team: \"Te" + c + "st\"")
        .replace("id: minji", "id: \"min" + c + "ji\"\n    name: \"Min" + c + "ji\"")
        .replace("email: ana@example.com", "email: \"ana" + c + "@example.com\"")
        .replace("duration: 30m", "duration: 30m\n    title: \"Sync" + c + "\"")
        .replace("link: https://meet.example.com/sync", "link: \"https://meet.example.com/" + c + "\"");
    List<String> problems = problems(yaml);
    assertThat(problems).hasSizeGreaterThanOrEqualTo(6)
        .allSatisfy(p -> assertThat(p).matches("f\\.yaml:\\d+:\\d+: error: [^\\p{Cc}\u2028\u2029]*"))
        .anySatisfy(p -> assertThat(p).startsWith("f.yaml:1:7: error: team contains a control character"))
        .anySatisfy(p -> assertThat(p).startsWith("f.yaml:14:9: error: person id contains a control character"))
        .anySatisfy(p -> assertThat(p).startsWith("f.yaml:15:11: error: person '?' name contains a control character"))
        .anySatisfy(p -> assertThat(p).startsWith("f.yaml:11:12: error: person 'ana' email contains a control"))
        .anySatisfy(p -> assertThat(p).startsWith("f.yaml:21:12: error: meeting 'sync' title contains a control"))
        .anySatisfy(p -> assertThat(p).startsWith("f.yaml:24:11: error: meeting 'sync' link contains a control"));
  }

  @Test
  void strings_controlCharacter_messageNamesItAndWhere() {
    assertThat(problems(BASE.replace("team: Test", "team: \"Te\\u0007st\""))).containsExactly(
        "f.yaml:1:7: error: team contains a control character (U+0007 at position 3); remove it");
  }

  @Test
  void strings_tab_isAllowed() {
    assertThat(problems(BASE.replace("team: Test", "team: \"Te\\tst\""))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://meet.example.com/x", "http://example.com", "HTTPS://Example.com/a?b=c#d",
      "mailto:team@example.com", "tel:+1-555-0100"})
  void link_allowedSchemes_accepted(String link) {
    assertThat(problems(BASE.replace("https://meet.example.com/sync", link))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd",
      "ftp://example.com", "https:", "https://", "http:/x", "vbscript:x", "mailto:", "tel:"})
  void link_otherSchemes_locatedError(String link) {
    assertThat(problems(BASE.replace("https://meet.example.com/sync", "'" + link + "'"))).containsExactly(
        "f.yaml:22:11: error: meeting 'sync' link '" + link
            + "' must be an http, https, mailto or tel URI such as https://meet.example.com/x");
  }

  @Test
  void link_notAValidUri_locatedError() {
    // Found by FuzzTest (seed 1, case 119): the calendar writer's URI.create threw, exit 70.
    assertThat(problems(BASE.replace("https://meet.example.com/sync", "https://meet.ex}ample.com/sync")))
        .containsExactly("f.yaml:22:11: error: meeting 'sync' link 'https://meet.ex}ample.com/sync' is not a valid "
            + "URI: Illegal character in authority at character 9");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // before the fix, opening it blocked
  void file_fifo_refusedWithoutBlocking() throws Exception {
    Path fifo = tmp.resolve("team.yaml");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(mk.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mk.exitValue()).isZero();
    assertThat(ConfigLoader.load(fifo, CLOCK).problems()).extracting(Problem::toString)
        .containsExactly(fifo + ":0:0: error: not a regular file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/zero", "/dev/urandom", "/dev/null"})
  @EnabledOnOs(OS.LINUX)
  void file_device_refused(String device) {
    assertThat(ConfigLoader.load(Path.of(device), CLOCK).problems()).extracting(Problem::toString)
        .containsExactly(device + ":0:0: error: not a regular file");
  }

  @Test
  void file_overLimit_refusedByWhatIsRead() throws IOException {
    Path big = tmp.resolve("big.yaml");
    Files.write(big, new byte[YamlReader.MAX_BYTES + 1]);
    assertThat(ConfigLoader.load(big, CLOCK).problems()).extracting(Problem::toString)
        .containsExactly(big + ":0:0: error: file is larger than 1 MiB; config files are limited to 1 MiB");
  }

  @Test
  void problem_controlCharactersInFileOrMessage_areEscaped() {
    Problem p = new Problem("a\nb.yaml", 1, 2, Rule.UNKNOWN_KEY, "x\r\n::error::forged\u001b[2J\u0085\u2028\tend");
    assertThat(p.toString()).isEqualTo("a\\nb.yaml:1:2: error: x\\r\\n::error::forged\\u001b[2J\\u0085\\u2028\\tend");
    assertThat(p.message()).isEqualTo("x\\r\\n::error::forged\\u001b[2J\\u0085\\u2028\\tend");
  }

  @Test
  void unknownKey_withNewline_echoedOnOneLine() {
    List<String> problems = problems(BASE + "\"bad\\nkey\": 1\n");
    assertThat(problems).singleElement().asString().isEqualTo("f.yaml:23:1: error: unknown key 'bad\\nkey' in the config");
  }

  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // before the fix: minutes of edit distances
  void suggestions_forAHugeValue_areNotSearchedFor() {
    String zone = "A/".repeat(100_000);
    assertThat(problems(BASE.replace("zone: Asia/Seoul", "zone: " + zone))).singleElement().asString()
        .startsWith("f.yaml:15:11: error: person 'minji' zone 'A/A/")
        .endsWith("' is not an IANA time zone id (use a Region/City id such as America/New_York)");
  }
}
