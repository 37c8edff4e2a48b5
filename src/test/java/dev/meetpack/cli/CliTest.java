package dev.meetpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir
  Path tmp;

  static Map<String, byte[]> tree(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void schedule_seed_writesTeamAndPersonCalendars() throws IOException {
    Path out = tmp.resolve("out");
    Run r = Run.of("schedule", "config/team.yaml", "-o", out.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("search: optimal: cost 49080");
    assertThat(r.err()).isEmpty();
    assertThat(out.resolve("schedule.ics")).exists();
    assertThat(out.resolve("people/taka.ics")).exists();
    assertThat(Files.list(out.resolve("people")).count()).isEqualTo(17);
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsExactly("out");
  }

  @Test
  void schedule_existingOutput_needsForce() throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("schedule.ics"), "a previous run's");
    Run refused = Run.of("schedule", "config/team.yaml", "-o", out.toString());
    assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCode.OUTPUT);
    assertThat(refused.err()).isEqualTo("meetpack: " + out + " already exists; use --force to replace it\n");
    assertThat(out.resolve("schedule.ics")).hasContent("a previous run's");
    Run forced = Run.of("schedule", "config/team.yaml", "-o", out.toString(), "--force");
    assertThat(forced.code()).as(forced.toString()).isZero();
    assertThat(out.resolve("schedule.ics")).content().startsWith("BEGIN:VCALENDAR");
    assertThat(out.resolve("people/taka.ics")).exists();
  }

  @Test
  void schedule_unwritableOutput_exit3_noPartialFiles() throws IOException {
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "x");
    Run r = Run.of("schedule", "config/team.yaml", "-o", file.resolve("out").toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.OUTPUT);
    assertThat(r.err()).startsWith("meetpack: cannot write ");
    assertThat(Files.list(tmp).count()).isEqualTo(1);
  }

  @Test
  void schedule_sameBytes_whateverTheDefaultZone() throws IOException {
    TimeZone before = TimeZone.getDefault();
    Map<String, Map<String, byte[]>> runs = new TreeMap<>();
    try {
      for (String zone : new String[] {"UTC", "Asia/Seoul", "America/Los_Angeles", "Pacific/Chatham"}) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        Path out = tmp.resolve(zone.replace('/', '-'));
        assertThat(Run.of("schedule", "config/team.yaml", "-o", out.toString()).code()).isZero();
        runs.put(zone, tree(out));
      }
    } finally {
      TimeZone.setDefault(before);
    }
    Map<String, byte[]> first = runs.values().iterator().next();
    assertThat(first).hasSize(19).containsKey("index.html");
    runs.values().forEach(t -> assertThat(t).containsOnlyKeys(first.keySet())
        .allSatisfy((k, v) -> assertThat(v).isEqualTo(first.get(k))));
  }

  @Test
  void schedule_sourceDateEpoch_setsDtstamp() throws IOException {
    Path out = tmp.resolve("out");
    Run r = Run.of(Map.of("SOURCE_DATE_EPOCH", "1767225600"), "schedule", "config/team.yaml", "-o", out.toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readString(out.resolve("schedule.ics"))).contains("DTSTAMP:20260101T000000Z\r\n")
        .doesNotContain("DTSTAMP:20261130");
    Run bad = Run.of(Map.of("SOURCE_DATE_EPOCH", "yesterday"), "schedule", "config/team.yaml", "-o",
        tmp.resolve("b").toString());
    assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void schedule_invalidConfig_exit1_locatedError_nothingWritten() {
    Run r = Run.of("schedule", "src/test/resources/bad/bad-zone.yaml", "-o", tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).isEqualTo("src/test/resources/bad/bad-zone.yaml:10:11: error: person 'minji' zone "
        + "'Asia/Seul' is not an IANA time zone id (did you mean 'Asia/Seoul'?)\n");
    assertThat(r.out()).isEmpty();
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void schedule_infeasible_exit1_nothingWritten() {
    Run r = Run.of("schedule", "samples/infeasible.yaml", "-o", tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).contains("infeasible", "korea-sync", "taka and minji share no slot");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void schedule_tinyTimeLimit_reportsBestBoundAndGap_orExit4() {
    Run r = Run.of("schedule", "config/team.yaml", "-o", tmp.resolve("out").toString(), "--time-limit", "1ms",
        "--format", "json");
    assertThat(r.code()).as(r.toString()).isIn(ExitCode.OK, ExitCode.TIME_LIMIT);
    if (r.code() == ExitCode.OK) {
      assertThat(r.out()).containsAnyOf("\"status\": \"feasible\"", "\"status\": \"optimal\"").contains("\"bound\"");
    } else {
      assertThat(r.out()).contains("\"status\": \"unknown\"");
      assertThat(tmp.resolve("out")).doesNotExist();
    }
  }

  @Test
  void usage_errors_exit2() {
    assertThat(Run.of("schedule").code()).isEqualTo(ExitCode.USAGE);
    assertThat(Run.of("schedule", "config/team.yaml", "--frobnicate").code()).isEqualTo(ExitCode.USAGE);
    assertThat(Run.of("schedule", "config/team.yaml", "--time-limit", "soon").err()).contains("'soon' is not a duration");
    assertThat(Run.of("report", "config/team.yaml", "--format", "pdf").code()).isEqualTo(ExitCode.USAGE);
    assertThat(Run.of().code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void help_documentsExitCodes_andVersion() {
    Run help = Run.of("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("schedule", "report", "validate", "4  time limit reached");
    assertThat(Run.of("schedule", "--help").out()).contains("--time-limit", "--force", "--format", "Exit status");
    assertThat(Run.of("--version").out()).matches("meetpack \\d+\\.\\d+\\.\\d+\\n");
  }

  @Test
  void report_unpinnedConfig_namesUnpinnedMeetings() {
    Run r = Run.of("report", "samples/dst-march.yaml");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).contains("samples/dst-march.yaml:33:5: error: meeting 'leads-call' has no pin");
  }

  @Test
  void report_onScheduleIcs_matchesScheduleFigures() {
    Path out = tmp.resolve("out");
    Run schedule = Run.of("schedule", "config/team.yaml", "-o", out.toString(), "--format", "json");
    Run report = Run.of("report", "config/team.yaml", "--ics", out.resolve("schedule.ics").toString(), "--format",
        "json");
    assertThat(report.code()).as(report.toString()).isZero();
    String people = schedule.out().substring(schedule.out().indexOf("\"people\""));
    assertThat(report.out().substring(report.out().indexOf("\"people\""))).isEqualTo(people);
    assertThat(report.out()).contains("\"totalCost\": 49080");
  }

  @Test
  void validate_formats_andEveryFile() {
    Run text = Run.of("validate", "config/team.yaml", "src/test/resources/bad/bad-zone.yaml",
        "src/test/resources/bad/unknown-attendee.yaml");
    assertThat(text.code()).isEqualTo(ExitCode.INVALID);
    assertThat(text.out().lines()).hasSize(2);
    Run json = Run.of("validate", "src/test/resources/bad/bad-zone.yaml", "--format", "json");
    assertThat(json.out()).isEqualTo("""
        [
          {
            "file": "src/test/resources/bad/bad-zone.yaml",
            "line": 10,
            "col": 11,
            "message": "person 'minji' zone 'Asia/Seul' is not an IANA time zone id (did you mean 'Asia/Seoul'?)"
          }
        ]
        """);
    assertThat(Run.of("validate", "config/team.yaml", "--format", "json").out()).isEqualTo("[]\n");
  }

  @Test
  void validate_githubFormat_escapes() {
    assertThat(ValidateCommand.data("50% done\nnext")).isEqualTo("50%25 done%0Anext");
    assertThat(ValidateCommand.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
  }

  @Test
  void validate_solve_provesFeasibility() {
    assertThat(Run.of("validate", "--solve", "config/team.yaml").code()).isZero();
    Run r = Run.of("validate", "--solve", "samples/infeasible.yaml");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.out()).contains("samples/infeasible.yaml:15:5: error: meeting 'korea-sync'");
  }

  @Test
  void progressLine_redrawsOneLine_andClearsIt() {
    java.io.StringWriter w = new java.io.StringWriter();
    ScheduleCommand.ProgressLine line = new ScheduleCommand.ProgressLine(new java.io.PrintWriter(w));
    line.onProgress(new dev.meetpack.search.Progress(1_500_000_000L, 12_345, 1770, 1650));
    line.onProgress(new dev.meetpack.search.Progress(1_600_000_000L, 13_000, -1, 1650));
    line.clear();
    assertThat(w.toString()).isEqualTo("\r\033[Ksearching   1.5 s  best 1770  bound 1650  nodes 12,345"
        + "\r\033[Ksearching   1.6 s  best -  bound 1650  nodes 13,000\r\033[K");
  }

  @Test
  void schedule_notInteractive_printsNoProgress() {
    Run r = Run.of("schedule", "config/team.yaml", "-o", tmp.resolve("out").toString());
    assertThat(r.err()).isEmpty();
  }
}
