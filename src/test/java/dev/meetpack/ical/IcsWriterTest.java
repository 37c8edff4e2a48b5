package dev.meetpack.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.Fixtures;
import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.model.Weights;
import dev.meetpack.model.Window;
import dev.meetpack.score.Attendance;
import dev.meetpack.score.Occurrence;
import dev.meetpack.score.Occurrences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IcsWriterTest {
  static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir
  Path tmp;

  /** A person in {@code zone} who can meet at any hour, and a weekly meeting anchored there, pinned. */
  static Team pinnedIn(String zone, DayOfWeek day, String at, int weeks) {
    Person local = new Person("local", "Local Person", "local@example.com", ZoneId.of(zone), new Window(540, 1020),
        new Window(0, 1440), EnumSet.allOf(DayOfWeek.class), null);
    Person ny = new Person("ny", "Nü Yorker", "ny@example.com", ZoneId.of("America/New_York"), new Window(540, 1020),
        new Window(0, 1440), EnumSet.allOf(DayOfWeek.class), null);
    Meeting m = new Meeting("sync", "Sync", List.of("local", "ny"), List.of(), 90, 1, EnumSet.of(day), false,
        ZoneId.of(zone), day, dev.meetpack.model.Times.parseMinute(at, false), null, "https://meet.example.com/s");
    return new Team("Zones", ZoneId.of("America/New_York"), LocalDate.of(2026, 11, 30), weeks, 15, Weights.DEFAULT,
        List.of(local, ny), List.of(m), "ny");
  }

  static final Comparator<Attendance> ORDER = Comparator.comparing(Attendance::start).thenComparing(Attendance::personId);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"America/New_York", "America/Los_Angeles", "Asia/Seoul", "Europe/London", "Asia/Kolkata",
      "Australia/Sydney", "Australia/Lord_Howe", "America/Santiago", "Pacific/Chatham", "Asia/Kathmandu",
      "Africa/Casablanca", "Europe/Dublin", "America/Sao_Paulo", "UTC"})
  void vtimezone_givesTheJdkOffset_atEveryOccurrence(String zone) throws IOException {
    Team team = pinnedIn(zone, DayOfWeek.TUESDAY, "10:00", 104);
    Schedule pins = Schedule.ofPins(team);
    VTimeZone vtz = IcsWriter.timezone(ZoneId.of(zone), team.start().atStartOfDay(ZoneOffset.UTC).toInstant(),
        team.start().plusWeeks(105).atStartOfDay(ZoneOffset.UTC).toInstant());
    for (Occurrence o : Occurrences.of(team, team.meetings().get(0), pins.of("sync"))) {
      Observance obs = vtz.getApplicableObservance(o.start());
      assertThat(obs).as("observance at " + o.start()).isNotNull();
      ZoneOffset offset = obs.<TzOffsetTo>getProperty("TZOFFSETTO").orElseThrow().getOffset();
      assertThat(offset).as("offset at " + o.start()).isEqualTo(o.start().getOffset());
    }
    // And the whole file read back by ical4j gives exactly the scored attendances.
    Path file = tmp.resolve("s.ics");
    Files.write(file, IcsWriter.write(team, pins, STAMP).get("schedule.ics"));
    IcsReader.Result read = IcsReader.read(file, team);
    assertThat(read.error()).isNull();
    assertThat(read.attendances().stream().sorted(ORDER).toList())
        .isEqualTo(Occurrences.attendances(team, pins).stream().sorted(ORDER)
            .map(a -> new Attendance(a.personId(), IcsWriter.uid(team, team.meetings().get(0)), "Sync", a.week(),
                a.start(), a.end())).toList());
  }

  @Test
  void calendar_hasRequiredPropertiesAndNoMethod() {
    Team team = pinnedIn("Asia/Seoul", DayOfWeek.WEDNESDAY, "09:00", 2);
    String ics = new String(IcsWriter.write(team, Schedule.ofPins(team), STAMP).get("schedule.ics"),
        StandardCharsets.UTF_8);
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nPRODID:-//meetpack//meetpack 0.1//EN\r\nVERSION:2.0\r\n"
        + "CALSCALE:GREGORIAN\r\nX-WR-CALNAME:Zones\r\nBEGIN:VTIMEZONE\r\nTZID:Asia/Seoul\r\n");
    assertThat(ics).doesNotContain("METHOD", "X-WR-TIMEZONE").endsWith("END:VCALENDAR\r\n");
    assertThat(ics).contains("UID:sync@zones.a53aa373.meetpack\r\n", "DTSTAMP:20260101T000000Z\r\n", "SEQUENCE:0\r\n",
        "DTSTART;TZID=Asia/Seoul:20261202T090000\r\n", "DTEND;TZID=Asia/Seoul:20261202T103000\r\n",
        "RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20261210T000000Z;INTERVAL=1;BYDAY=WE\r\n",
        "ORGANIZER;CN=\"Nü Yorker\":mailto:ny@example.com\r\n",
        "ATTENDEE;CN=Local Person;ROLE=REQ-PARTICIPANT:mailto:local@example.com\r\n",
        "LOCATION:https://meet.example.com/s\r\n", "URL:https://meet.example.com/s\r\n");
    assertThat(ics.replace("\r\n ", "")).contains("- Nü Yorker (America/New_York): Tue 19:00-20:30\\n");
  }

  @Test
  void lines_foldedAt75Octets_withoutSplittingCharacters() {
    Person kr = Fixtures.person("kr", "Asia/Seoul", "09:00-18:00", "00:00-24:00");
    Person named = new Person("named", "김민지 " + "데이터 과학 팀장 ".repeat(6), "m@example.com", ZoneId.of("Asia/Seoul"),
        kr.work(), kr.available(), kr.workdays(), null);
    Meeting m = new Meeting("m", "회의 — ".repeat(20), List.of("kr", "named"), List.of(), 30, 1,
        EnumSet.of(DayOfWeek.TUESDAY), false, ZoneId.of("Asia/Seoul"), DayOfWeek.TUESDAY, 600, null, null);
    Team team = Fixtures.team(LocalDate.of(2026, 11, 30), 1, 15, List.of(kr, named), List.of(m));
    byte[] bytes = IcsWriter.write(team, Schedule.ofPins(team), STAMP).get("schedule.ics");
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    for (String line : text.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
      assertThat(line).doesNotContain("\uFFFD");
    }
    assertThat(text.replace("\r\n ", "")).contains("SUMMARY:" + "회의 — ".repeat(20) + "\r\n");
  }

  @Test
  void files_onePerPersonWithMeetings_uidsStable() {
    Team team = pinnedIn("Asia/Seoul", DayOfWeek.WEDNESDAY, "09:00", 2);
    Map<String, byte[]> a = IcsWriter.write(team, Schedule.ofPins(team), STAMP);
    Map<String, byte[]> b = IcsWriter.write(team, Schedule.ofPins(team), STAMP);
    assertThat(a.keySet()).containsExactly("schedule.ics", "people/local.ics", "people/ny.ics");
    a.forEach((k, v) -> assertThat(v).isEqualTo(b.get(k)));
  }

  /** {@code team} with another start, length and end. */
  static Team horizon(Team t, LocalDate start, int weeks, boolean openEnded) {
    return new Team(t.name(), t.timezone(), start, weeks, openEnded, t.slot(), t.weights(), t.people(), t.meetings(),
        t.organizer());
  }

  static String ics(Team team) {
    return new String(IcsWriter.write(team, Schedule.ofPins(team), STAMP).get("schedule.ics"), StandardCharsets.UTF_8);
  }

  @Test
  void series_openEnded_hasNoUntil_andAnEndedOneHasIt() {
    Team team = pinnedIn("Asia/Seoul", DayOfWeek.WEDNESDAY, "09:00", 52);
    assertThat(ics(horizon(team, team.start(), 52, true))).contains("RRULE:FREQ=WEEKLY;WKST=MO;INTERVAL=1;BYDAY=WE\r\n")
        .doesNotContain("UNTIL");
    assertThat(ics(team)).contains("RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20271125T000000Z;INTERVAL=1;BYDAY=WE\r\n");
  }

  @Test
  void pinInADstGapInWeek0_isAOneOffAtTheScoredInstant_thenTheSeriesAtItsOwnTime() throws IOException {
    // London skips 01:00-02:00 on 2027-03-28: week 0's SUN 01:30 is scored at 02:30 BST, later weeks at 01:30 BST.
    Team team = horizon(pinnedIn("Europe/London", DayOfWeek.SUNDAY, "01:30", 1), LocalDate.of(2027, 3, 22), 52, true);
    String ics = ics(team).replace("\r\n ", "");
    String uid = IcsWriter.uid(team, team.meetings().get(0));
    assertThat(ics).contains("UID:sync.2027-03-28@" + team.slug() + ".meetpack\r\nDTSTAMP:20260101T000000Z\r\n"
        + "SEQUENCE:0\r\nDTSTART;TZID=Europe/London:20270328T023000\r\nDTEND;TZID=Europe/London:20270328T040000\r\n"
        + "SUMMARY:Sync\r\n");
    assertThat(ics).contains("UID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\nSEQUENCE:0\r\n"
        + "DTSTART;TZID=Europe/London:20270404T013000\r\nDTEND;TZID=Europe/London:20270404T030000\r\n"
        + "RRULE:FREQ=WEEKLY;WKST=MO;INTERVAL=1;BYDAY=SU\r\n");
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
    // ical4j expands the two events to exactly the scored instants.
    Team ended = horizon(team, team.start(), 6, false);
    Path file = tmp.resolve("gap.ics");
    Files.write(file, IcsWriter.write(ended, Schedule.ofPins(ended), STAMP).get("schedule.ics"));
    IcsReader.Result read = IcsReader.read(file, ended);
    assertThat(read.error()).isNull();
    assertThat(read.attendances().stream().map(a -> a.personId() + " " + a.start()).sorted().toList())
        .isEqualTo(Occurrences.attendances(ended, Schedule.ofPins(ended)).stream()
            .map(a -> a.personId() + " " + a.start()).sorted().toList())
        .contains("local 2027-03-28T01:30:00Z", "local 2027-04-04T00:30:00Z");
  }

  @Test
  void withoutAnOrganizerEmail_noAttendeesAreWritten() {
    Team team = pinnedIn("Asia/Seoul", DayOfWeek.WEDNESDAY, "09:00", 2);
    Team none = new Team(team.name(), team.timezone(), team.start(), 2, team.slot(), team.weights(), team.people(),
        team.meetings(), null);
    assertThat(ics(none).replace("\r\n ", "")).doesNotContain("ORGANIZER", "ATTENDEE").contains("- Local Person (Asia/Seoul): Wed 09:00");
    assertThat(ics(team)).contains("ORGANIZER", "ATTENDEE");
  }
}
