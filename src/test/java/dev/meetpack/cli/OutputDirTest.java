package dev.meetpack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirTest {
  @TempDir
  Path tmp;

  static Map<String, byte[]> files(String who) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("schedule.ics", ("schedule by " + who).getBytes(StandardCharsets.UTF_8));
    files.put("index.html", ("page by " + who).getBytes(StandardCharsets.UTF_8));
    for (String p : new String[] {"ada", "bob", "cy"}) {
      files.put("people/" + p + ".ics", (p + " by " + who).getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  /** The tree under dir, as one writer's: the name of the writer if every file is theirs, else "mixed". */
  static String writer(Path dir) throws IOException {
    Map<String, String> tree = OutputSafetyTest.tree(dir);
    assertThat(tree).containsOnlyKeys("schedule.ics", "index.html", "people/", "people/ada.ics", "people/bob.ics",
        "people/cy.ics");
    String who = tree.get("schedule.ics").substring("schedule by ".length());
    return tree.get("people/cy.ics").equals("cy by " + who) && tree.get("index.html").equals("page by " + who)
        ? who : "mixed";
  }

  /** Two writers at once into dir, rounds times; returns, per round, how many succeeded. */
  List<Integer> race(int rounds, boolean emptyDirFirst) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Integer> wins = new ArrayList<>();
    try {
      for (int round = 0; round < rounds; round++) {
        Path parent = Files.createDirectory(tmp.resolve("r" + round));
        Path dir = parent.resolve("out");
        if (emptyDirFirst) {
          Files.createDirectory(dir);
        }
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Boolean>> runs = new ArrayList<>();
        for (String who : new String[] {"a", "b"}) {
          runs.add(pool.submit(() -> {
            start.await();
            try {
              OutputDir.write(dir, files(who), false, List.of());
              return true;
            } catch (OutputDir.OutputException e) {
              assertThat(e.getMessage()).isEqualTo(dir + " already exists; use --force to replace it");
              return false;
            }
          }));
        }
        int won = 0;
        for (Future<Boolean> f : runs) {
          won += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        wins.add(won);
        assertThat(writer(dir)).isIn("a", "b");
        assertThat(Files.list(parent).map(p -> p.getFileName().toString())).containsExactly("out");
      }
    } finally {
      pool.shutdownNow();
    }
    return wins;
  }

  @Test
  void race_intoNewDir_exactlyOneWins_andItsTreeIsWhole() throws Exception {
    assertThat(race(100, false)).containsOnly(1);
  }

  @Test
  void race_intoEmptyDir_exactlyOneWins_andItsTreeIsWhole() throws Exception {
    assertThat(race(100, true)).containsOnly(1);
  }

  @Test
  void killedAfterTheSecondRename_oldTreeIsCleanedByTheNextRun() throws Exception {
    Path out = tmp.resolve("out");
    OutputDir.write(out, files("a"), false, List.of());
    OutputSafetyTest.meetpackOutput(tmp.resolve(".out.old-0123"));
    OutputDir.write(out, files("b"), true, List.of());
    assertThat(writer(out)).isEqualTo("b");
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsExactly("out");
  }

  @Test
  void killedBetweenTheRenames_newestOldTreeIsRestored() throws Exception {
    Path older = tmp.resolve(".out.old-1");
    OutputDir.write(older, files("older"), false, List.of());
    Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.fromMillis(0));
    OutputDir.write(tmp.resolve(".out.old-2"), files("newer"), false, List.of());
    Path out = tmp.resolve("out");
    assertThatThrownBy(() -> OutputDir.check(out, false, List.of()))
        .hasMessage(out + " already exists; use --force to replace it");
    assertThat(writer(out)).isEqualTo("newer");
  }

  @Test
  void killedBetweenTheRenames_halfDeletedTreeIsNotRestored() throws Exception {
    OutputDir.write(tmp.resolve(".out.old-1"), files("old"), false, List.of());
    Path half = tmp.resolve(".out.del-2");
    OutputDir.write(half, files("deleted"), false, List.of());
    Files.delete(half.resolve("index.html"));
    Path out = tmp.resolve("out");
    OutputDir.check(out, true, List.of());
    assertThat(writer(out)).isEqualTo("old");
    OutputDir.write(out, files("new"), true, List.of());
    assertThat(writer(out)).isEqualTo("new");
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsExactly("out");
  }

  @Test
  void killedWhileWritingInPlace_leftoverInsideIsMeetpacks_forceReplacesIt() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("out"));
    Files.createDirectories(out.resolve(".out.tmp-77/people"));
    Files.writeString(out.resolve(".out.tmp-77/people/ada.ics"), "half");
    Files.createDirectory(out.resolve("people"));
    assertThatThrownBy(() -> OutputDir.write(out, files("a"), false, List.of()))
        .hasMessage(out + " already exists; use --force to replace it");
    OutputDir.write(out, files("a"), true, List.of());
    assertThat(writer(out)).isEqualTo("a");
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsExactly("out");
  }

  @Test
  void force_keptDirOrOneHoldingIt_refused_whateverTheSpelling() throws Exception {
    Path out = tmp.resolve("out");
    OutputDir.write(out, files("a"), false, List.of());
    List<OutputDir.Kept> kept = List.of(new OutputDir.Kept(out.resolve("people"), "the config's directory"));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), out);
    for (Path dir : List.of(out, out.resolve("people/.."), link, tmp.resolve("link/people/.."))) {
      assertThatThrownBy(() -> OutputDir.write(dir, files("b"), true, kept))
          .hasMessage("not replacing " + dir + ": it holds the config's directory");
    }
    assertThatThrownBy(() -> OutputDir.write(out.resolve("people"), files("b"), true, kept))
        .hasMessage("not replacing " + out.resolve("people") + ": it is the config's directory");
    assertThat(writer(out)).isEqualTo("a");
  }

  @Test
  void notADirectory_refused() throws Exception {
    Path file = Files.writeString(tmp.resolve("out"), "mine");
    assertThatThrownBy(() -> OutputDir.write(file, files("a"), true, List.of()))
        .hasMessage(file + " exists and is not a directory");
    assertThat(file).hasContent("mine");
  }
}
