package dev.meetpack.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.validate.Checks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The annotated config in README.md is a real, valid config. */
class ReadmeExampleTest {
  @Test
  void readmeConfigExample_loadsWithoutProblems() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```yaml\n# yaml-language-server") + "```yaml\n".length();
    String yaml = readme.substring(start, readme.indexOf("```", start));
    ConfigLoader.Loaded loaded = ConfigLoader.load("README.md", yaml.getBytes(StandardCharsets.UTF_8),
        Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.team().meetings()).singleElement().satisfies(m -> assertThat(m.attendees())
        .containsExactly("taka", "minji"));
    assertThat(Checks.check(loaded)).isEmpty();
  }
}
