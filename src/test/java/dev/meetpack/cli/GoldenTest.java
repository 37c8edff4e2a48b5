package dev.meetpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * samples/expected/NAME.args holds a command line and its exit code; NAME.out is what it prints
 * (search times masked as "#.## s"). Run with -Dgolden.update=true to rewrite the .out files.
 */
class GoldenTest {
  static final Path DIR = Path.of("samples/expected");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".args"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
    }
  }

  static String mask(String s) {
    return s.replaceAll("\\d+\\.\\d\\d s, ", "#.## s, ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void command_printsExpectedOutput(String name) throws IOException {
    List<String> spec = Files.readAllLines(DIR.resolve(name + ".args"), StandardCharsets.UTF_8);
    Run run = Run.of(spec.get(0).trim().split("\\s+"));
    String actual = mask(run.out() + (run.err().isEmpty() ? "" : "--- stderr\n" + run.err()));
    Path expected = DIR.resolve(name + ".out");
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(run.code()).as(run.toString()).isEqualTo(Integer.parseInt(spec.get(1).trim()));
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    // NAME.schedule.ics, NAME.people.ID.ics, NAME.index.html: files the command wrote to its -o directory.
    List<String> args = List.of(spec.get(0).trim().split("\\s+"));
    if (args.contains("-o")) {
      Path out = Path.of(args.get(args.indexOf("-o") + 1));
      try (Stream<Path> s = Files.list(DIR)) {
        for (Path golden : s.filter(p -> p.getFileName().toString().startsWith(name + ".")
            && (p.toString().endsWith(".ics") || p.toString().endsWith(".html"))).toList()) {
          String rel = golden.getFileName().toString().substring(name.length() + 1).replaceFirst("^people\\.", "people/");
          if (UPDATE) {
            Files.copy(out.resolve(rel), golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
          assertThat(Files.readAllBytes(out.resolve(rel))).as(rel).isEqualTo(Files.readAllBytes(golden));
        }
      }
    }
  }
}
