package dev.meetpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule command never loses a file it did not write (issue 24, "data loss and output safety"). */
class OutputSafetyTest {
  /** Two people in one zone: solved at once, so these tests are about the files, not the search. */
  static final String TEAM = """
      team: Pair
      timezone: Europe/Berlin
      horizon:
        start: 2026-11-30
        weeks: 2
      people:
        - id: ada
          zone: Europe/Berlin
        - id: bob
          zone: Europe/Berlin
      meetings:
        - id: sync
          attendees: [ada, bob]
          duration: 30m
      """;

  static final String[] NEW = {"schedule.ics", "index.html", "people/", "people/ada.ics", "people/bob.ics"};

  @TempDir
  Path tmp;

  Path config;

  @BeforeEach
  void writeConfig() throws IOException {
    config = Files.writeString(Files.createDirectory(tmp.resolve("config")).resolve("team.yaml"), TEAM);
  }

  /** A directory as a previous run left it. */
  static Path meetpackOutput(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("people"));
    Files.writeString(dir.resolve("schedule.ics"), "old schedule");
    Files.writeString(dir.resolve("index.html"), "old page");
    Files.writeString(dir.resolve("people/ada.ics"), "old ada");
    Files.writeString(dir.resolve("people/gone.ics"), "someone who left the team");
    return dir;
  }

  /** Every entry under dir, links not followed: files by content, directories and links by what they are. */
  static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.skip(1).toList()) {
        String key = dir.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          out.put(key, "-> " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p)) {
          out.put(key + "/", "");
        } else {
          out.put(key, Files.readString(p));
        }
      }
    }
    return out;
  }

  Run schedule(String... more) {
    return schedule(Map.of(), more);
  }

  Run schedule(Map<String, String> env, String... more) {
    List<String> args = new ArrayList<>(List.of("schedule", config.toString()));
    args.addAll(List.of(more));
    return Run.of(env, args.toArray(String[]::new));
  }

  @Test
  void force_dirWithAnotherFile_exit3_namesIt_keepsEverything() throws IOException {
    Path out = meetpackOutput(tmp.resolve("out"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    Map<String, String> before = tree(tmp);
    Run r = schedule("-o", out.toString(), "--force");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.OUTPUT);
    assertThat(r.err()).isEqualTo("meetpack: not replacing " + out + ": " + out.resolve("notes.txt")
        + " is not a file meetpack writes\n");
    assertThat(tree(tmp)).isEqualTo(before);
  }

  @Test
  void force_meetpackOutput_replacedWhole() throws IOException {
    Path out = meetpackOutput(tmp.resolve("out"));
    Run r = schedule("-o", out.toString(), "--force");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(tree(out)).containsOnlyKeys(NEW);
    assertThat(out.resolve("schedule.ics")).content().startsWith("BEGIN:VCALENDAR");
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("config", "out");
  }

  @Test
  void force_workingDirectoryOrItsParent_exit3_howeverSpelt() throws Exception {
    Path work = Files.createDirectory(tmp.resolve("work"));
    Files.writeString(work.resolve("team.yaml"), TEAM);
    Files.writeString(work.resolve("notes.txt"), "mine");
    Files.createDirectories(work.resolve(".git"));
    Files.writeString(work.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    Map<String, String> before = tree(work);
    for (String dir : new String[] {".", "..", work.toString()}) {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName(), "schedule", "team.yaml", "-o", dir,
          "--force").directory(work.toFile()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(output).isEqualTo(ExitCode.OUTPUT);
      assertThat(output).as(dir).isEqualTo("meetpack: not replacing " + dir + ": it "
          + (dir.equals("..") ? "holds" : "is") + " the working directory\n");
      assertThat(tree(work)).isEqualTo(before);
    }
  }

  @Test
  void force_homeDirectory_exit3_evenIfItHoldsOnlyMeetpackFiles() throws IOException {
    Path home = meetpackOutput(tmp.resolve("home"));
    Map<String, String> before = tree(home);
    Run r = schedule(Map.of("HOME", home.toString()), "-o", home.toString(), "--force");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.OUTPUT);
    assertThat(r.err()).isEqualTo("meetpack: not replacing " + home + ": it is a home directory\n");
    Run parent = schedule(Map.of("HOME", home.resolve("people").toString()), "-o", home.toString(), "--force");
    assertThat(parent.err()).isEqualTo("meetpack: not replacing " + home + ": it holds a home directory\n");
    assertThat(tree(home)).isEqualTo(before);
  }

  @Test
  void force_symlinkInside_exit3_targetUntouched() throws IOException {
    Path mine = Files.createDirectory(tmp.resolve("mine"));
    Files.writeString(mine.resolve("ada.ics"), "my own calendar");
    Path out = Files.createDirectory(tmp.resolve("out"));
    Files.writeString(out.resolve("schedule.ics"), "old schedule");
    Files.createSymbolicLink(out.resolve("people"), mine);
    Run r = schedule("-o", out.toString(), "--force");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.OUTPUT);
    assertThat(r.err()).isEqualTo("meetpack: not replacing " + out + ": " + out.resolve("people")
        + " is a symbolic link\n");
    assertThat(mine.resolve("ada.ics")).hasContent("my own calendar");
    assertThat(out.resolve("schedule.ics")).hasContent("old schedule");
  }

  @Test
  void symlinkedDir_isWrittenAtItsTarget_linkKept() throws IOException {
    Path real = meetpackOutput(tmp.resolve("real"));
    Path link = Files.createSymbolicLink(tmp.resolve("out"), real);
    Run r = schedule("-o", link.toString(), "--force");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(link).isSymbolicLink();
    assertThat(tree(real)).containsOnlyKeys(NEW);
    Path home = meetpackOutput(tmp.resolve("home"));
    Path toHome = Files.createSymbolicLink(tmp.resolve("to-home"), home);
    Run refused = schedule(Map.of("HOME", home.toString()), "-o", toHome.toString(), "--force");
    assertThat(refused.err()).isEqualTo("meetpack: not replacing " + toHome + ": it is a home directory\n");
  }

  @Test
  void killedBetweenTheRenames_nextRunRestoresThenReplaces_andCleansLeftovers() throws IOException {
    // What a kill between "DIR -> .DIR.old-*" and ".DIR.tmp-* -> DIR" leaves, plus an older run's half-written tmp.
    meetpackOutput(tmp.resolve(".out.old-1a2b"));
    meetpackOutput(tmp.resolve(".out.tmp-3c4d"));
    Files.createDirectories(tmp.resolve(".out.tmp-5e6f/people"));
    Path out = tmp.resolve("out");
    Run refused = schedule("-o", out.toString());
    assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCode.OUTPUT);
    assertThat(refused.err()).isEqualTo("meetpack: " + out + " already exists; use --force to replace it\n");
    assertThat(out.resolve("schedule.ics")).hasContent("old schedule");
    Run forced = schedule("-o", out.toString(), "--force");
    assertThat(forced.code()).as(forced.toString()).isZero();
    assertThat(tree(out)).containsOnlyKeys(NEW);
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("config", "out");
  }

  @Test
  void leftoverWithAnotherFile_isNotMeetpacks_andStays() throws IOException {
    Path old = meetpackOutput(tmp.resolve(".out.old-1a2b"));
    Files.writeString(old.resolve("notes.txt"), "mine");
    Run r = schedule("-o", tmp.resolve("out").toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(old.resolve("notes.txt")).hasContent("mine");
    assertThat(old.resolve("schedule.ics")).hasContent("old schedule");
  }

  @Test
  void twoRunsIntoOneNewDir_oneWins_theOtherExits3() throws Exception {
    Path out = tmp.resolve("out");
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Run>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(pool.submit(() -> {
          start.await();
          return schedule("-o", out.toString());
        }));
      }
      List<Integer> codes = new ArrayList<>();
      for (Future<Run> f : runs) {
        codes.add(f.get(60, TimeUnit.SECONDS).code());
      }
      assertThat(codes).containsExactlyInAnyOrder(ExitCode.OK, ExitCode.OUTPUT);
    } finally {
      pool.shutdownNow();
    }
    assertThat(tree(out)).containsOnlyKeys(NEW);
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("config", "out");
  }

  @Test
  void newDir_hasTheModeMkdirGives() throws IOException {
    Path out = tmp.resolve("out");
    Run r = schedule("-o", out.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    Path plain = Files.createDirectory(tmp.resolve("plain"));
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
    assertThat(Files.getPosixFilePermissions(out.resolve("people")))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void existingEmptyDir_writtenInPlace_withOrWithoutForce() throws IOException {
    for (boolean force : new boolean[] {false, true}) {
      Path out = Files.createDirectory(tmp.resolve("out-" + force));
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-x---"));
      Object inode = Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
      Run r = force ? schedule("-o", out.toString(), "--force") : schedule("-o", out.toString());
      assertThat(r.code()).as(r.toString()).isZero();
      assertThat(Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
          .isEqualTo(inode);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rwxr-x---");
      assertThat(tree(out)).containsOnlyKeys(NEW);
    }
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("config", "out-false", "out-true");
  }

  @Test
  void failedRun_writesNothing_andTouchesNoExistingOutput() throws IOException {
    Path out = meetpackOutput(tmp.resolve("out"));
    meetpackOutput(tmp.resolve(".out.tmp-3c4d"));
    Files.writeString(tmp.resolve("bad.yaml"), TEAM.replace("30m", "7m"));
    Files.copy(Path.of("samples/infeasible.yaml"), tmp.resolve("infeasible.yaml"));
    Map<String, String> before = tree(tmp);
    for (String[] args : new String[][] {
        {"schedule", tmp.resolve("bad.yaml").toString(), "-o", out.toString(), "--force"},
        {"schedule", tmp.resolve("infeasible.yaml").toString(), "-o", out.toString(), "--force"},
        {"schedule", tmp.resolve("infeasible.yaml").toString(), "-o", tmp.resolve("new").toString()}}) {
      Run r = Run.of(args);
      assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.INVALID);
      assertThat(tree(tmp)).isEqualTo(before);
      assertThat(tmp.resolve("new")).doesNotExist();
    }
  }
}
