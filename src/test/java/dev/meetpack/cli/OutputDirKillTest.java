package dev.meetpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a process that keeps replacing DIR at seeded random moments, and looks at what each kill left. */
class OutputDirKillTest {
  @TempDir
  Path tmp;

  /** Replaces args[0] with --force again and again, each time with a new generation of files. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    System.out.println("started");
    System.out.flush();
    for (int g = 0; ; g++) {
      OutputDir.write(dir, OutputDirTest.files("g" + g), true, List.of());
    }
  }

  @Test
  void killedAnywhere_nextRunFindsOneWholeGeneration_andLeavesNoLeftovers() throws Exception {
    Path out = tmp.resolve("out");
    Random random = new Random(24);
    for (int kill = 0; kill < 8; kill++) {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), OutputDirKillTest.class.getName(), out.toString())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      assertThat(lines.readLine()).isEqualTo("started");
      Thread.sleep(200 + random.nextInt(800));
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      if (!Files.exists(out) && kill == 0) {
        continue; // killed before its first write ended: nothing to look at yet
      }
      OutputDir.check(out, true, List.of());
      assertThat(OutputDirTest.writer(out)).as("after kill %d", kill).startsWith("g");
    }
    OutputDir.write(out, OutputDirTest.files("last"), true, List.of());
    assertThat(OutputDirTest.writer(out)).isEqualTo("last");
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsExactly("out");
  }
}
