package dev.meetpack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.config.ConfigLoader;
import dev.meetpack.model.Team;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchConfigsTest {
  @Test
  void benchConfigs_areWhatTheGeneratorWrites_andLoadBackToTheSameTeams() throws IOException {
    Map<String, String> all = BenchConfigs.all();
    assertThat(all).hasSize(9);
    for (Map.Entry<String, String> f : all.entrySet()) {
      byte[] onDisk = Files.readAllBytes(BenchConfigs.DIR.resolve(f.getKey()));
      assertThat(new String(onDisk, StandardCharsets.UTF_8)).as(f.getKey() + " (regenerate it)").isEqualTo(f.getValue());
      ConfigLoader.Loaded loaded = ConfigLoader.load(f.getKey(), onDisk,
          Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));
      assertThat(loaded.problems()).as(f.getKey()).isEmpty();
      Team back = loaded.team();
      String shape = f.getKey().substring(0, f.getKey().indexOf('-'));
      long seed = Long.parseLong(f.getKey().replaceAll("\\D", ""));
      Team made = Instances.withWeeks(Instances.SHAPES.get(shape).apply(seed), BenchConfigs.WEEKS);
      assertThat(back.people()).as(f.getKey()).isEqualTo(made.people());
      assertThat(back.meetings()).as(f.getKey()).isEqualTo(made.meetings());
      assertThat(back.weights()).isEqualTo(made.weights());
      assertThat(back.start()).isEqualTo(made.start());
      assertThat(back.weeks()).isEqualTo(made.weeks());
    }
  }
}
