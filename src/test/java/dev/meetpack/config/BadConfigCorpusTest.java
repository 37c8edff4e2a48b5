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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under bad/ is a config with one mistake; bad-expected.txt holds the first error the
 * loader must report for it, as FILE:LINE:COL: error: message (file names relative to bad/).
 */
class BadConfigCorpusTest {
  static final Path DIR = Path.of("src/test/resources/bad");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

  static Map<String, String> expected() throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/bad-expected.txt"), StandardCharsets.UTF_8)) {
      out.put(line.substring(0, line.indexOf(':')), line);
    }
    return out;
  }

  static Stream<String> files() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  void corpus_isLargeAndFullyExpected() throws IOException {
    assertThat(files().toList()).hasSizeGreaterThanOrEqualTo(40).containsExactlyElementsOf(expected().keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void loader_badConfig_reportsLocatedError(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(DIR.resolve(name));
    ConfigLoader.Loaded loaded = ConfigLoader.load(name, bytes, CLOCK);
    assertThat(loaded.ok()).isFalse();
    assertThat(loaded.team()).isNull();
    assertThat(loaded.problems().get(0).toString()).isEqualTo(expected().get(name));
    assertThat(loaded.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
  }

  @Test
  void loader_missingFileAndDirectory_reportFileLevelErrors() {
    assertThat(ConfigLoader.load(DIR.resolve("no-such.yaml"), CLOCK).problems())
        .singleElement().asString().endsWith("no-such.yaml:0:0: error: no such file");
    assertThat(ConfigLoader.load(DIR, CLOCK).problems())
        .singleElement().asString().endsWith("bad:0:0: error: is a directory, not a config file");
  }

  @Test
  void loader_hugeFile_isRefused() {
    byte[] big = ("team: x\n# " + "x".repeat(1 << 20) + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(ConfigLoader.load("big.yaml", big, CLOCK).problems()).singleElement().asString()
        .contains("config files are limited to 1 MiB");
  }

  @Test
  void loader_reportsEveryProblem_notOnlyTheFirst() {
    String yaml = """
        team: t
        timezone: America/New_Yrok
        people:
          - id: a
            zone: Asia/Seul
          - id: b
            zone: Europe/London
        meetings:
          - id: m
            attendees: [a, c]
            duration: 7m
        """;
    List<String> problems = ConfigLoader.load("f.yaml", yaml.getBytes(StandardCharsets.UTF_8), CLOCK).problems()
        .stream().map(Problem::toString).toList();
    assertThat(problems).containsExactly(
        "f.yaml:2:11: error: timezone 'America/New_Yrok' is not an IANA time zone id (did you mean 'America/New_York'?)",
        "f.yaml:5:11: error: person 'a' zone 'Asia/Seul' is not an IANA time zone id (did you mean 'Asia/Seoul'?)",
        "f.yaml:10:20: error: meeting 'm' attendees names nobody called 'c'",
        "f.yaml:11:15: error: meeting 'm' duration must be 5m to 8h in steps of 5 minutes, got 7 minutes");
  }
}
