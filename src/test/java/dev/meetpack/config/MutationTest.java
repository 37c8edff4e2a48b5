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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Thousands of seeded random edits of the samples: the loader never throws and always locates its errors. */
public class MutationTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
  static final String[] SNIPPETS = {":", "-", " ", "  ", "\t", "[", "]", "{", "}", "&a", "*a", "!!int", "#", "'", "\"",
      "0", "9", "24:00", "99:99", "x", "é", "한", "\u0000", "\n", "---\n", "<<: ", "~", "null", "true", "1e9",
      "2027-02-29", "-1", "MON", "biweekly", "work", "America/New_York", "Asia/Seoul", ",", "|", ">", "%", "@"};

  public static String mutate(String text, Random r) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int edits = 1 + r.nextInt(3);
    for (int e = 0; e < edits && !lines.isEmpty(); e++) {
      int i = r.nextInt(lines.size());
      switch (r.nextInt(7)) {
        case 0 -> lines.remove(i);
        case 1 -> lines.add(i, lines.get(r.nextInt(lines.size())));
        case 2 -> {
          int j = r.nextInt(lines.size());
          String t = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, t);
        }
        case 3 -> lines.set(i, "  " + lines.get(i));
        case 4 -> lines.set(i, lines.get(i).stripLeading());
        default -> {
          String line = lines.get(i);
          int at = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
          int cut = Math.min(line.length(), at + r.nextInt(3));
          lines.set(i, line.substring(0, at) + SNIPPETS[r.nextInt(SNIPPETS.length)] + line.substring(cut));
        }
      }
    }
    return String.join("\n", lines);
  }

  @Test
  void loader_mutatedSamples_onlyOkOrLocatedProblems() throws IOException {
    List<Path> samples = List.of(Path.of("config/team.yaml"), Path.of("samples/dst-march.yaml"),
        Path.of("samples/before-meetpack.yaml"), Path.of("samples/infeasible.yaml"));
    Random r = new Random(20261122L);
    int ok = 0;
    int rejected = 0;
    for (int n = 0; n < 4000; n++) {
      Path sample = samples.get(n % samples.size());
      String text = mutate(Files.readString(sample, StandardCharsets.UTF_8), r);
      String name = "mutant-" + n + ".yaml";
      ConfigLoader.Loaded loaded = ConfigLoader.load(name, text.getBytes(StandardCharsets.UTF_8), CLOCK);
      if (loaded.ok()) {
        ok++;
        assertThat(loaded.team()).isNotNull();
        List<Problem> meaning = Checks.check(loaded);
        assertThat(meaning).allSatisfy(p -> assertThat(p.line()).as(p + "\n" + text).isPositive());
      } else {
        rejected++;
        assertThat(loaded.team()).isNull();
        assertThat(loaded.problems()).allSatisfy(p -> {
          assertThat(p.file()).isEqualTo(name);
          assertThat(p.line()).as(p + "\n" + text).isPositive();
          assertThat(p.col()).as(p + "\n" + text).isPositive();
          assertThat(p.message()).isNotBlank().doesNotContain("Exception", "\tat ");
        });
      }
    }
    // Both outcomes must be common, or the mutations test nothing.
    assertThat(ok).isGreaterThan(300);
    assertThat(rejected).isGreaterThan(1000);
  }
}
