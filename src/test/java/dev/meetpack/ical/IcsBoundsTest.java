package dev.meetpack.ical;

import static dev.meetpack.ical.IcsReaderTest.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.model.Team;
import dev.meetpack.score.Attendance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile calendars (issue 24): nothing hangs, nothing runs out of memory, the limits of SPEC
 * section 5 hold. The timeouts only stop a regression from hanging the build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IcsBoundsTest {
  static final Team TEAM = team("2026-11-30", 4);
  static final Instant FROM = Instant.parse("2026-11-30T05:00:00Z");
  static final Instant TO = Instant.parse("2026-12-28T05:00:00Z");

  @TempDir
  Path dir;

  Path calendar(String... eventLines) throws IOException {
    StringBuilder s = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//meetpack tests//bounds//EN\r\n"
        + "BEGIN:VEVENT\r\nUID:hostile\r\nSUMMARY:Hostile\r\nORGANIZER:mailto:taka@storyline.example\r\n");
    for (String l : eventLines) {
      s.append(l).append("\r\n");
    }
    Path f = dir.resolve("hostile.ics");
    Files.writeString(f, s.append("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    return f;
  }

  @Test
  void fifoAndDevZero_notRegularFiles_refusedAtOnce() throws Exception {
    Path fifo = dir.resolve("fifo.ics");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    assertThat(IcsReader.read(fifo, TEAM).error()).isEqualTo(fifo + ":0:0: error: not a regular file");
    assertThat(IcsReader.read(Path.of("/dev/zero"), TEAM).error()).isEqualTo("/dev/zero:0:0: error: not a regular file");
  }

  @Test
  void fileOverTheLimit_refused() throws IOException {
    Path f = dir.resolve("big.ics");
    Files.write(f, new byte[IcsText.MAX_BYTES + 1]);
    assertThat(IcsReader.read(f, TEAM).error()).isEqualTo(f + ":0:0: error: calendar file larger than 16 MiB");
  }

  @Test
  void endsCenturiesAway_clippedToTheEvaluatedWeeks() throws IOException {
    for (String end : List.of("DURATION:P99999999W", "DTEND:99991231T000000Z")) {
      IcsReader.Result r = IcsReader.read(calendar("DTSTART:20261201T150000Z", end), TEAM);
      assertThat(r.error()).isNull();
      assertThat(r.attendances()).singleElement().satisfies(a -> {
        assertThat(a.start()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
        assertThat(a.end()).isEqualTo(TO);
      });
    }
  }

  @Test
  void startedLongBefore_clippedToTheFirstWeek() throws IOException {
    IcsReader.Result r = IcsReader.read(calendar("DTSTART:19000101T000000Z", "DTEND:99991231T000000Z"), TEAM);
    assertThat(r.attendances()).extracting(Attendance::start, Attendance::end, Attendance::week)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FROM, TO, 0));
  }

  @Test
  void dtendBeforeDtstart_skippedWithNoteNamingItsLine() throws IOException {
    IcsReader.Result r = IcsReader.read(calendar("DTSTART:20261201T150000Z", "DTEND:20261201T140000Z"), TEAM);
    assertThat(r.attendances()).isEmpty();
    assertThat(r.notes()).containsExactly("line 4: event 'Hostile' skipped: DTEND ends before DTSTART");
  }

  @Test
  void secondlyAndMillionCount_moreThan100000Instances_locatedError() throws IOException {
    for (String rule : List.of("RRULE:FREQ=SECONDLY", "RRULE:FREQ=SECONDLY;COUNT=1000000",
        "RRULE:FREQ=MINUTELY;BYSECOND=0,20,40;COUNT=1000000")) {
      Path f = calendar("DTSTART:20261201T150000Z", "DURATION:PT1S", rule);
      assertThat(IcsReader.read(f, TEAM).error()).as(rule).isEqualTo(
          f + ":4:1: error: more than 100,000 event instances in the evaluated weeks (this event passes the limit)");
    }
  }

  @Test
  void fineRulesFromLongAgo_startNearTheWindow() throws IOException {
    // Hourly since 1970 without COUNT, and a million days from 1900: both reach the window at once.
    IcsReader.Result hourly = IcsReader.read(calendar("DTSTART:19700101T000000Z", "DURATION:PT30M",
        "RRULE:FREQ=HOURLY;INTERVAL=6;BYMINUTE=0"), TEAM);
    assertThat(hourly.attendances()).hasSize(4 * 7 * 4);
    IcsReader.Result daily = IcsReader.read(calendar("DTSTART:19000101T150000Z", "DURATION:PT1H",
        "RRULE:FREQ=DAILY;COUNT=1000000"), TEAM);
    assertThat(daily.attendances()).hasSize(28).first().extracting(Attendance::start)
        .isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
  }

  @Test
  void countWithByPartsFromLongAgo_tooManyStepsBeforeTheWindow_skippedWithNote() throws IOException {
    IcsReader.Result r = IcsReader.read(calendar("DTSTART:19700101T000000Z", "DURATION:PT1S",
        "RRULE:FREQ=MINUTELY;BYSECOND=0;COUNT=100000000"), TEAM);
    assertThat(r.error()).isNull();
    assertThat(r.notes()).containsExactly("line 4: event 'Hostile' skipped: its RRULE 'FREQ=MINUTELY;BYSECOND=0;"
        + "COUNT=100000000' repeats more than 100,000 times before the evaluated weeks");
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void tenMegabyteCalendar_readIn256Megabytes() throws Exception {
    StringBuilder s = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//meetpack tests//big//EN\r\n");
    int events = 0;
    while (s.length() < 10_000_000) {
      int day = 1 + events % 27;
      s.append("BEGIN:VEVENT\r\nUID:big-").append(events).append("@example.com\r\nSUMMARY:Meeting number ")
          .append(events).append(" with a description long enough to look like a real export\r\n")
          .append("DTSTART:202612").append(String.format("%02d", day)).append("T150000Z\r\nDURATION:PT30M\r\n")
          .append("DESCRIPTION:").append("Agenda, notes and a link to the document. ".repeat(3)).append("\r\n")
          .append("ATTENDEE;PARTSTAT=ACCEPTED;CN=Taka:mailto:taka@storyline.example\r\nEND:VEVENT\r\n");
      events++;
    }
    Path big = dir.resolve("big.ics");
    Files.writeString(big, s.append("END:VCALENDAR\r\n"), StandardCharsets.UTF_8);
    Path config = dir.resolve("team.yaml");
    Files.writeString(config, """
        team: Big
        timezone: America/New_York
        horizon: {start: 2026-11-30, weeks: 4}
        people:
          - {id: taka, email: taka@storyline.example, zone: America/New_York}
          - {id: peter, zone: America/Los_Angeles}
        meetings:
          - {id: m, attendees: [taka, peter], duration: 30m}
        """);
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), "dev.meetpack.cli.Main", "report", config.toString(),
        "--ics", big.toString(), "--format", "csv")
        .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
    // About 10 s of CPU; the machines that run the build may be shared.
    assertThat(p.waitFor(280, TimeUnit.SECONDS)).isTrue();
    String out = Files.readString(dir.resolve("out.txt"));
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("\ntaka,America/New_York," + String.format(java.util.Locale.ROOT, "%.1f", events / 4.0));
  }
}
