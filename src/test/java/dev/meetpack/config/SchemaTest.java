package dev.meetpack.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** config/meetpack.schema.json accepts every sample and rejects what the loader rejects, where a schema can see it. */
class SchemaTest {
  static final JsonSchema SCHEMA = load();

  /** Mistakes only the loader can see: cross-references, calendar facts, YAML-level refusals. */
  static final Set<String> BEYOND_SCHEMA = Set.of(
      "duplicate-person.yaml", "duplicate-meeting.yaml", "unknown-attendee.yaml", "one-attendee.yaml",
      "group-cycle.yaml", "group-unknown-member.yaml", "group-person-clash.yaml", "start-not-monday.yaml",
      "work-outside-available.yaml", "window-backwards.yaml", "bad-zone.yaml", "zone-city-only.yaml",
      "zone-abbreviation.yaml", "bad-planning-zone.yaml", "pin-off-grid.yaml", "pin-not-in-days.yaml",
      "biweekly-one-week.yaml", "duration-not-multiple.yaml", "duration-too-long.yaml", "bad-organizer.yaml",
      // YAML-level refusals: a JSON-tree reader silently keeps the last duplicate key and the first document.
      "duplicate-key.yaml", "second-document.yaml",
      // A JSON tree holds the number YAML 1.1 made of 0x1E, not how it was written.
      "integer-hex.yaml");

  private static JsonSchema load() {
    try {
      JsonNode schema = new ObjectMapper().readTree(Path.of("config/meetpack.schema.json").toFile());
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      return Stream.concat(Stream.of(Path.of("config/team.yaml")),
          s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void schema_sample_isValid(Path sample) throws IOException {
    Set<ValidationMessage> errors = SCHEMA.validate(new YAMLMapper().readTree(sample.toFile()));
    assertThat(errors).isEmpty();
    assertThat(Files.readString(sample)).startsWith("# yaml-language-server: $schema=");
  }

  static Stream<String> badFiles() throws IOException {
    return BadConfigCorpusTest.files();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void schema_badConfig_rejectedUnlessOnlyTheLoaderCanSee(String name) {
    JsonNode tree;
    try {
      tree = new YAMLMapper().readTree(BadConfigCorpusTest.DIR.resolve(name).toFile());
    } catch (IOException | RuntimeException e) {
      return; // not YAML at all: there is nothing for a schema to check
    }
    if (tree == null || tree.isMissingNode()) {
      return;
    }
    Set<ValidationMessage> errors = SCHEMA.validate(tree);
    if (BEYOND_SCHEMA.contains(name)) {
      assertThat(errors).as("the schema cannot see this mistake").isEmpty();
    } else {
      assertThat(errors).as("the schema should reject " + name).isNotEmpty();
    }
  }
}
