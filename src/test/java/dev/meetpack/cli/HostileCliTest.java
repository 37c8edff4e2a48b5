package dev.meetpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line under hostile arguments and files: one clear line, a documented exit code, no trace. */
class HostileCliTest {
  @TempDir
  Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775807ms", "9223372036854775808ms", "99999999999999999999s",
      "9999999999999h", "169h", "10081m", "604801"})
  void timeLimit_huge_usageError(String limit) {
    Run r = Run.of("schedule", "config/team.yaml", "-o", tmp.resolve("out").toString(), "--time-limit", limit);
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("Invalid value for option '--time-limit': '" + limit
        + "' is longer than the longest time limit, 168h (one week)\n").doesNotContain("Exception");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void timeLimit_oneWeek_isAccepted() {
    Run r = Run.of("validate", "config/team.yaml", "--time-limit", "168h");
    assertThat(r.code()).as(r.toString()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ms", "-1s", "1e3s", "1.5ms", "1h-1m", "10 s", "0", "0.0000000001s", "1s1h",
      "١٠s"})
  void timeLimit_malformed_usageError(String limit) {
    Run r = Run.of("schedule", "config/team.yaml", "-o", tmp.resolve("out").toString(), "--time-limit", limit);
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("Invalid value for option '--time-limit': ").doesNotContain("Exception");
  }

  @Test
  void usageError_echoingNewline_staysOneLine() {
    Run r = Run.of("validate", "config/team.yaml", "--time-limit", "1\n::error file=x::forged");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().lines()).noneMatch(l -> l.startsWith("::"));
    assertThat(r.err()).startsWith("Invalid value for option '--time-limit': '1\\n::error file=x::forged' is not");
  }

  /** A clock that fails when the loader asks it for today: a bug deep inside a command. */
  static Run withFailingClock(Supplier<Throwable> failure) {
    Clock clock = new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        Throwable t = failure.get();
        if (t instanceof Error e) {
          throw e;
        }
        throw (RuntimeException) t;
      }
    };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"validate", "config/team.yaml"}, new PrintWriter(out, true),
        new PrintWriter(err, true), new Main.Env(clock, Map.of(), false));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void internalError_stackOverflow_oneLineExit70() {
    Run r = withFailingClock(StackOverflowError::new);
    assertThat(r.code()).isEqualTo(ExitCode.INTERNAL);
    assertThat(r.err()).isEqualTo("meetpack: internal error: java.lang.StackOverflowError (please report this)\n");
  }

  @Test
  void internalError_outOfMemory_oneLineExit70() {
    Run r = withFailingClock(() -> new OutOfMemoryError("Java heap space"));
    assertThat(r.code()).isEqualTo(ExitCode.INTERNAL);
    assertThat(r.err())
        .isEqualTo("meetpack: internal error: java.lang.OutOfMemoryError: Java heap space (please report this)\n");
  }

  @Test
  void internalError_exceptionWithNewline_oneLineExit70() {
    Run r = withFailingClock(() -> new IllegalStateException("bad\n\tat forged"));
    assertThat(r.code()).isEqualTo(ExitCode.INTERNAL);
    assertThat(r.err()).isEqualTo(
        "meetpack: internal error: java.lang.IllegalStateException: bad\\n\\tat forged (please report this)\n");
  }

  /** A config whose one error echoes a key holding CR, LF, '%', ':' and ','; in a file whose name holds them too. */
  Path hostileConfig() throws IOException {
    Path file = tmp.resolve("a,b:c%\n::error::x.yaml");
    String yaml = Files.readString(Path.of("config/team.yaml")) + "\"50%,a:b\\r\\n::error file=x::forged\": 1\n";
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void validate_text_escapesControlCharacters() throws IOException {
    Path file = hostileConfig();
    Run r = Run.of("validate", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out().lines()).singleElement().asString().isEqualTo(tmp + "/a,b:c%\\n::error::x.yaml:"
        + Files.readAllLines(file).size() + ":1: error: unknown key '50%,a:b\\r\\n::error file=x::forged' in the"
        + " config");
  }

  @Test
  void validate_github_escapesPropertiesAndMessage() throws IOException {
    Path file = hostileConfig();
    Run r = Run.of("validate", file.toString(), "--format", "github");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out().lines()).singleElement().asString()
        .startsWith("::error file=" + tmp.toString().replace(":", "%3A").replace(",", "%2C")
            + "/a%2Cb%3Ac%25\\n%3A%3Aerror%3A%3Ax.yaml,line=")
        .endsWith("col=1::unknown key '50%25,a:b\\r\\n::error file=x::forged' in the config");
  }

  @Test
  void validate_json_escapesControlCharacters() throws IOException {
    Path file = hostileConfig();
    Run r = Run.of("validate", file.toString(), "--format", "json");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).contains("\"file\": \"" + tmp + "/a,b:c%\\\\n::error::x.yaml\"",
        "\"message\": \"unknown key '50%,a:b\\\\r\\\\n::error file=x::forged' in the config\"");
  }

  @Test
  void schedule_fifoConfig_notARegularFile() throws Exception {
    Path fifo = tmp.resolve("team.yaml");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Run r = Run.of("schedule", fifo.toString(), "-o", tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).isEqualTo(fifo + ":0:0: error: not a regular file\n");
  }
}
