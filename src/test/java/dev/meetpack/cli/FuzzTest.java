package dev.meetpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.config.MutationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real command line, validate and schedule, on seeded random mutants of the sample configs: hostile values
 * (control characters, odd and huge integers, deep group chains and YAML nesting, long strings, unsafe links) on top
 * of the line edits of {@link MutationTest}. Bounded by the number of cases, not by the clock.
 *
 * <p>What it holds to: exit codes 0 to 4 only; every error line located as FILE:LINE:COL: error:, except the one
 * documented non-located success line of validate ({@code FILE: ok}); no stack trace anywhere; and after a non-zero
 * exit, nothing in the output directory or beside it.
 */
class FuzzTest {
  /** -Dfuzz.seed and -Dfuzz.cases explore further; a failure names its case and seed. */
  static final long SEED = Long.getLong("fuzz.seed", 20261203L);
  static final int CASES = Integer.getInteger("fuzz.cases", 80);
  static final Pattern LOCATED = Pattern.compile("^[^:]+:\\d+:\\d+: error: .*");
  static final String[] ESCAPES = {"\\r", "\\n", "\\0", "\\e", "\\a", "\\b", "\\x7f", "\\x85", "\\x9f", "\\u2028",
      "\\u2029", "\\t", "\\x1b[2J", "%0A::error::x"};
  static final String[] RAW = {"\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029", "\r", "\u000b",
      "\f"};
  static final String[] NUMBERS = {"2147483648", "-2147483649", "99999999999999999999999", "9223372036854775808",
      "1_000", "0x1E", "017", "0b11", "-1", "0", "+5", "1e9", ".inf", "-0", "00", "480", "485"};
  static final String[] LINKS = {"javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd",
      "mailto:a@example.com", "tel:+1-555-0100", "HTTPS://x.example/a", "https://", "ftp://x.example"};
  static final Pattern VALUE = Pattern.compile("^(\\s*(?:- )?[A-Za-z]+: )(.+)$");

  @TempDir
  Path tmp;

  static List<Path> samples() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      List<Path> out = new ArrayList<>(List.of(Path.of("config/team.yaml")));
      out.addAll(s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
      return out;
    }
  }

  /** One hostile edit of a random "key: value" line, or a deep structure appended. */
  static String hostile(String text, Random r) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (VALUE.matcher(lines.get(i)).matches()) {
        values.add(i);
      }
    }
    int i = values.get(r.nextInt(values.size()));
    Matcher m = VALUE.matcher(lines.get(i));
    m.matches();
    String key = m.group(1);
    String value = m.group(2).replace("\"", "");
    switch (r.nextInt(9)) {
      case 0 -> lines.set(i, key + "\"" + value + ESCAPES[r.nextInt(ESCAPES.length)] + value + "\"");
      case 1 -> {
        int at = r.nextInt(lines.get(i).length() + 1);
        lines.set(i, lines.get(i).substring(0, at) + RAW[r.nextInt(RAW.length)] + lines.get(i).substring(at));
      }
      case 2 -> lines.set(i, key + NUMBERS[r.nextInt(NUMBERS.length)]);
      case 3 -> {
        char[] c = lines.get(i).toCharArray();
        c[r.nextInt(c.length)] = (char) (r.nextBoolean() ? 32 + r.nextInt(95) : r.nextInt(0x3000));
        lines.set(i, new String(c));
      }
      case 4 -> lines.set(i, key + "\"" + "x".repeat(1 + r.nextInt(20_000)) + "\"");
      case 5 -> lines.set(i, key + "[".repeat(1 + r.nextInt(3000)) + "1" + "]".repeat(1 + r.nextInt(3000)));
      case 6 -> lines.set(i, key + "'" + LINKS[r.nextInt(LINKS.length)] + "'");
      case 7 -> {
        // A chain of groups as deep as a valid file can hold, in front of the first attendee list.
        int depth = 1 + r.nextInt(9000);
        StringBuilder groups = new StringBuilder("groups:\n");
        for (int g = 0; g < depth; g++) {
          groups.append("  g").append(g).append(": [").append(g + 1 < depth ? "g" + (g + 1) : "").append("]\n");
        }
        String joined = String.join("\n", lines).replace("groups:\n", groups.toString())
            .replaceFirst("attendees: \\[", "attendees: [g0, ");
        return joined.contains("groups:\n  g0") ? joined : joined + "\n" + groups;
      }
      default -> {
        int from = r.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 1 + r.nextInt(20));
        List<String> block = new ArrayList<>(lines.subList(from, to));
        for (int k = 0; k < 1 + r.nextInt(50); k++) {
          lines.addAll(to, block);
        }
      }
    }
    return String.join("\n", lines);
  }

  @Test
  void cli_mutatedSamples_locatedErrorsDocumentedExitsNothingWrittenOnFailure() throws IOException {
    List<Path> samples = samples();
    Random r = new Random(SEED);
    int accepted = 0;
    for (int n = 0; n < CASES; n++) {
      String text = Files.readString(samples.get(n % samples.size()), StandardCharsets.UTF_8);
      text = r.nextInt(3) == 0 ? MutationTest.mutate(text, r) : hostile(text, r);
      Path dir = Files.createDirectory(tmp.resolve("case-" + n));
      Path config = dir.resolve("mutant.yaml");
      Files.writeString(config, text, StandardCharsets.UTF_8);
      String where = "case " + n + " of seed " + SEED + ":\n" + text.substring(0, Math.min(text.length(), 4000));

      Run validate = Run.of("validate", config.toString());
      check(validate, where);
      accepted += validate.code() == ExitCode.OK ? 1 : 0;
      validate.out().lines().forEach(line -> assertThat(line).as(where)
          .matches(l -> LOCATED.matcher(l).matches() || l.equals(config + ": ok"), "located or ok"));

      Path out = dir.resolve("out");
      Run schedule = Run.of("schedule", config.toString(), "-o", out.toString(), "--time-limit", "100ms");
      check(schedule, where);
      schedule.err().lines().forEach(line -> assertThat(line).as(where).matches(LOCATED));
      if (schedule.code() == ExitCode.OK) {
        assertThat(out.resolve("schedule.ics")).as(where).isRegularFile();
      } else {
        try (Stream<Path> left = Files.list(dir)) {
          assertThat(left).as(where).containsExactly(config);
        }
      }
    }
    // Both outcomes must be common, or the mutants test nothing. (Counted on validate: whether schedule finds a
    // schedule within its time limit depends on the machine's load.)
    assertThat(accepted).isBetween(CASES / 20, CASES / 2);
  }

  private static void check(Run run, String where) {
    assertThat(run.code()).as(run + "\n" + where).isBetween(0, 4);
    assertThat(run.out() + run.err()).as(run + "\n" + where).doesNotContain("Exception", "\tat ");
  }
}
