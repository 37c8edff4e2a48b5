package dev.meetpack.ical;

import static dev.meetpack.ical.IcsReaderTest.DIR;
import static dev.meetpack.ical.IcsReaderTest.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.model.Team;
import dev.meetpack.score.Attendance;
import dev.meetpack.score.ReadEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One fixture per shape that other readers accept and meetpack once failed or misread (issue 25,
 * parts 2 and 3), each written for this project after a shape seen in the test calendars of
 * python-icalendar, python-recurring-ical-events, ical.js and libical.
 */
class IcsShapesTest {
  static final Team TEAM = team("2026-11-30", 4);

  static IcsReader.Result read(String fixture) {
    IcsReader.Result r = IcsReader.read(DIR.resolve(fixture), TEAM);
    assertThat(r.error()).isNull();
    return r;
  }

  static List<String> starts(IcsReader.Result r, String person) {
    return r.attendances().stream().filter(a -> a.personId().equals(person)).map(a -> a.start().toString()).toList();
  }

  @Test
  void googleExportWithLfEnds_foldedLinesUnfolded() {
    IcsReader.Result r = read("google-lf.ics");
    assertThat(starts(r, "taka")).containsExactly("2026-12-02T01:00:00Z", "2026-12-09T01:00:00Z");
    assertThat(r.attendances()).extracting(Attendance::title).containsOnly(
        "Leads call with a summary long enough to be folded by the exporter at seventy-five octets");
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void ownOutputWithLfEnds_readsLikeTheCrlfOriginal(@TempDir Path dir) throws IOException {
    String crlf = Files.readString(DIR.resolve("outlook-windows-zones.ics"));
    Path lf = dir.resolve("lf.ics");
    Files.writeString(lf, crlf.replace("\r", ""));
    Team team = team("2027-03-01", 4);
    assertThat(IcsReader.read(lf, team).attendances()).isEqualTo(
        IcsReader.read(DIR.resolve("outlook-windows-zones.ics"), team).attendances()).hasSize(8);
  }

  @Test
  void exchangeBlankLinesAndCreatedWithoutZ_bothEventsRead() {
    IcsReader.Result r = read("exchange-blank-lines.ics");
    assertThat(starts(r, "taka")).containsExactly("2026-12-02T14:00:00Z", "2026-12-03T14:00:00Z");
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void rdateDateWithZ_delegatedToQuotedList_displayIcon_badAlarmTrigger() {
    IcsReader.Result r = read("shapes.ics");
    // RDATE:20261210Z is a date: DTSTART's local time (10:00 New York) on it.
    assertThat(starts(r, "taka")).containsExactly("2026-12-01T15:00:00Z", "2026-12-10T15:00:00Z");
    // peter delegated to luis: luis is scored, peter is not.
    assertThat(starts(r, "luis")).hasSize(2);
    assertThat(starts(r, "peter")).isEmpty();
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void tzidsWithoutVtimezone_microsoftUtcTzfilePathWindowsName_unknownNoted() {
    IcsReader.Result r = read("tzids-without-vtimezone.ics");
    assertThat(starts(r, "taka")).containsExactly("2026-12-01T15:00:00Z", "2026-12-02T15:00:00Z",
        "2026-12-04T00:00:00Z", "2026-12-04T17:00:00Z");
    assertThat(r.notes()).containsExactly(
        "line 25: TZID 'Atlantis/Lost City' names no zone meetpack knows; read in America/New_York");
  }

  @Test
  void exdateInUtcAndInAnotherZone_removeTheirInstances() {
    IcsReader.Result r = read("exdate-other-zones.ics");
    assertThat(starts(r, "taka")).containsExactly("2026-12-01T15:00:00Z", "2026-12-22T15:00:00Z");
  }

  @Test
  void organizerWhoDeclined_notScored_asAttendeeOrOnOrganizer() {
    IcsReader.Result r = read("organizer-declined.ics");
    assertThat(starts(r, "taka")).isEmpty();
    assertThat(starts(r, "peter")).hasSize(2);
  }

  @Test
  void rangeThisAndFuture_overridesThatInstanceAndAllLater() {
    IcsReader.Result r = read("range-thisandfuture.ics");
    assertThat(starts(r, "taka")).containsExactly("2026-12-01T15:00:00Z", "2026-12-08T15:00:00Z",
        "2026-12-15T19:00:00Z", "2026-12-22T19:00:00Z");
    assertThat(r.attendances().subList(2, 4)).allSatisfy(a -> {
      assertThat(a.end()).isEqualTo(a.start().plusSeconds(30 * 60));
      assertThat(a.title()).isEqualTo("Weekly, later from now on");
    });
  }

  @Test
  void floatingTimes_readInXWrTimezone() {
    IcsReader.Result r = read("floating-x-wr-timezone.ics");
    assertThat(starts(r, "minji")).containsExactly("2026-12-02T00:00:00Z");
    assertThat(r.notes()).containsExactly("1 event(s) with floating times read in Asia/Seoul (the file's X-WR-TIMEZONE)");
  }

  @Test
  void floatingTimes_withoutXWrTimezone_readInPlanningZoneWithNote(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("floating.ics");
    Files.writeString(f, Files.readString(DIR.resolve("floating-x-wr-timezone.ics")).replace("X-WR-TIMEZONE:Asia/Seoul\r\n", ""));
    IcsReader.Result r = IcsReader.read(f, TEAM);
    assertThat(starts(r, "minji")).containsExactly("2026-12-02T14:00:00Z");
    assertThat(r.notes()).containsExactly("1 event(s) with floating times read in America/New_York");
  }

  @Test
  void bareVeventWithoutVcalendar_emptyRruleIgnored() {
    IcsReader.Result r = read("bare-vevent-empty-rrule.ics");
    assertThat(starts(r, "taka")).containsExactly("2026-12-01T15:00:00Z");
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void twoVersionsOfOneEvent_higherSequenceRead_otherSkippedWithNote() {
    IcsReader.Result r = read("sequence-versions.ics");
    assertThat(starts(r, "taka")).containsExactly("2026-12-02T15:00:00Z", "2026-12-09T15:00:00Z");
    assertThat(r.notes()).containsExactly(
        "line 13: event 'Weekly' skipped: replaced by the event at line 4 (same UID, SEQUENCE 2)");
  }

  @Test
  void weeklyOnTwoDays_insideACustomComponent() {
    IcsReader.Result r = read("weekly-two-days-custom-component.ics");
    assertThat(starts(r, "taka")).containsExactly("2026-11-30T15:00:00Z", "2026-12-02T15:00:00Z",
        "2026-12-07T15:00:00Z", "2026-12-09T15:00:00Z");
  }

  @Test
  void oneOffEventsSharingAUid_bothRead_overrideWithItsOwnRrule_oneInstance() {
    IcsReader.Result r = read("shared-uid-and-override-with-rrule.ics");
    assertThat(starts(r, "taka")).containsExactly("2026-12-01T15:00:00Z", "2026-12-02T15:00:00Z");
    assertThat(starts(r, "peter")).containsExactly("2026-12-03T15:00:00Z", "2026-12-10T18:00:00Z",
        "2026-12-17T15:00:00Z");
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void eventsListed_readMatchedAndSkipped() {
    IcsReader.Result r = read("tzids-without-vtimezone.ics");
    assertThat(r.events()).extracting(ReadEvent::line).containsExactly(4, 11, 18, 25);
    assertThat(r.events().get(0).instances()).containsExactly(
        new ReadEvent.Instance("2026-12-01T15:00Z", "2026-12-01T16:00Z"));
    assertThat(r.events()).allSatisfy(e -> assertThat(e.people()).containsExactly("taka"));
  }
}
