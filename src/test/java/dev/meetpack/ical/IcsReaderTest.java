package dev.meetpack.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.config.ConfigLoader;
import dev.meetpack.model.Team;
import dev.meetpack.score.Attendance;
import dev.meetpack.score.ScoreResult;
import dev.meetpack.score.Scorer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calendar exports shaped like Google's and Outlook's, scored with hand-computed numbers. */
class IcsReaderTest {
  static final Path DIR = Path.of("src/test/resources/ics");

  static Team team(String start, int weeks) {
    String yaml = """
        team: Readers
        timezone: America/New_York
        horizon: {start: %s, weeks: %d}
        defaults: {work: "09:00-18:00", available: "07:00-22:00"}
        people:
          - {id: taka, email: taka@storyline.example, zone: America/New_York, available: "07:00-23:00"}
          - {id: peter, email: peter@storyline.example, zone: America/Los_Angeles}
          - {id: luis, email: luis@storyline.example, zone: America/Los_Angeles}
          - {id: minji, email: minji@storyline.example, zone: Asia/Seoul}
        meetings:
          - {id: placeholder, attendees: [taka, peter], duration: 30m}
        """.formatted(start, weeks);
    ConfigLoader.Loaded l = ConfigLoader.load("team.yaml", yaml.getBytes(StandardCharsets.UTF_8),
        Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    assertThat(l.problems()).isEmpty();
    return l.team();
  }

  @Test
  void googleExport_exdateCancelledAndMovedInstances_allDayUtcFloating() {
    Team team = team("2026-11-30", 3);
    IcsReader.Result r = IcsReader.read(DIR.resolve("google-export.ics"), team);
    assertThat(r.error()).isNull();
    // taka: Dec 1 13-14 (30), Dec 2 20-21 evening (30+60+60), Dec 4 09-10 UTC event (30),
    // Dec 10 08:00-08:30 floating, early morning (30+60+30), Dec 15 13-14 (30), Dec 16 19-20 moved (150).
    ScoreResult s = Scorer.score(team, r.attendances());
    assertThat(s.of("taka").cost()).isEqualTo(30 + 150 + 30 + 120 + 30 + 150);
    assertThat(s.of("taka").eveningMinutes()).isEqualTo(120);
    assertThat(s.of("taka").morningMinutes()).isEqualTo(30);
    assertThat(s.of("taka").occurrences()).isEqualTo(6);
    // peter (PETER@ in one event: matched case-insensitively): Dec 1, 2, 15, 16, all in hours.
    assertThat(s.of("peter").cost()).isEqualTo(4 * 30);
    // minji is optional and luis declined: neither is counted.
    assertThat(s.of("minji").occurrences()).isZero();
    assertThat(s.of("luis").occurrences()).isZero();
    assertThat(s.cost()).isEqualTo(630);
    assertThat(r.notes()).containsExactly(
        "1 event(s) with none of the team's people ignored: Another team's meeting",
        "1 all-day event(s) ignored",
        "1 cancelled event(s) or instance(s) ignored",
        "1 event(s) with floating times read in America/New_York (the file's X-WR-TIMEZONE)");
  }

  @Test
  void outlookExport_windowsZoneNames_overrideInAnotherZone_dstChange() {
    Team team = team("2027-03-01", 4);
    IcsReader.Result r = IcsReader.read(DIR.resolve("outlook-windows-zones.ics"), team);
    assertThat(r.error()).isNull();
    List<String> starts = r.attendances().stream().filter(a -> a.personId().equals("minji"))
        .map(a -> a.start().toString()).toList();
    // Tue 20:00 Eastern: EST before 2027-03-14, EDT after; the Mar 9 instance moved to Seoul 11:00.
    assertThat(starts).containsExactly("2027-03-03T01:00:00Z", "2027-03-10T02:00:00Z", "2027-03-17T00:00:00Z",
        "2027-03-24T00:00:00Z");
    ScoreResult s = Scorer.score(team, r.attendances());
    assertThat(s.of("taka").cost()).isEqualTo(4 * (30 + 60 + 30));
    assertThat(s.of("minji").cost()).isEqualTo(4 * 30);
    assertThat(s.of("minji").earliestStart()).isEqualTo(9 * 60);
    assertThat(s.of("minji").latestEnd()).isEqualTo(11 * 60 + 30);
    assertThat(r.attendances()).extracting(Attendance::week).containsExactly(0, 0, 1, 1, 2, 2, 3, 3);
  }

  @Test
  void notACalendar_locatedError() {
    IcsReader.Result r = IcsReader.read(Path.of("config/team.yaml"), team("2026-11-30", 1));
    assertThat(r.error()).isEqualTo(
        "config/team.yaml:1:1: error: not an iCalendar file (it does not begin with BEGIN:VCALENDAR)");
    assertThat(IcsReader.read(DIR.resolve("missing.ics"), team("2026-11-30", 1)).error())
        .endsWith("missing.ics:0:0: error: no such file");
  }

  @Test
  void malformedValues_noteNamingTheEventsLine() {
    Team team = team("2026-11-30", 2);
    // A bad RRULE costs the recurrence, not the event (as python-icalendar and ical.js read it).
    IcsReader.Result rrule = IcsReader.read(DIR.resolve("bad-rrule.ics"), team);
    assertThat(rrule.error()).isNull();
    assertThat(rrule.attendances()).extracting(Attendance::start).containsExactly(Instant.parse("2026-12-01T15:00:00Z"));
    assertThat(rrule.notes()).containsExactly("line 4: RRULE 'FREQ=SOMETIMES;BYDAY=XX' cannot be expanded "
        + "(Invalid value SOMETIMES for FREQ); only its DTSTART is read");
    IcsReader.Result date = IcsReader.read(DIR.resolve("bad-date.ics"), team);
    assertThat(date.error()).isNull();
    assertThat(date.notes()).containsExactly(
        "line 4: event skipped: DTSTART '2026-12-01' is not a date or date-time");
    assertThat(date.events()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.uid()).isEqualTo("a");
      assertThat(e.skipped()).isEqualTo("DTSTART '2026-12-01' is not a date or date-time");
    });
  }
}
