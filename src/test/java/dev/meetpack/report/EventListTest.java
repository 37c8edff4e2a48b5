package dev.meetpack.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.config.ConfigLoader;
import dev.meetpack.ical.IcsReader;
import dev.meetpack.model.Team;
import dev.meetpack.score.Scorer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** report --ics says what it read (issue 25 part 5): every event, matched or not, and why one was skipped. */
class EventListTest {
  static ReportData data() {
    Team team = ConfigLoader.load(Path.of("config/team.yaml"), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).team();
    IcsReader.Result r = IcsReader.read(Path.of("src/test/resources/ics/sequence-versions.ics"), team);
    return new ReportData(team, null, r.attendances(), Scorer.score(team, r.attendances()), null, r.notes(),
        r.events());
  }

  @Test
  void everyFormat_listsEventsReadMatchedAndSkipped() {
    ReportData d = data();
    assertThat(Reports.render(d, Reports.Format.TEXT)).contains("""
        2 event(s) read: 1 matched to the team's people, 1 skipped
          line 4  Weekly, moved to Wednesday: 2 instance(s) in the evaluated weeks, taka
          line 13  Weekly: skipped: replaced by the event at line 4 (same UID, SEQUENCE 2)
        """);
    assertThat(Reports.render(d, Reports.Format.MARKDOWN)).contains("""
        | line | event | read |
        |---|---|---|
        | 4 | Weekly, moved to Wednesday | 2 instance(s) in the evaluated weeks, taka |
        | 13 | Weekly | skipped: replaced by the event at line 4 (same UID, SEQUENCE 2) |
        """);
    assertThat(Reports.render(d, Reports.Format.CSV)).endsWith("""

        line,uid,summary,all_day,instances,people,skipped
        4,seq-1,"Weekly, moved to Wednesday",false,2,taka,
        13,seq-1,Weekly,false,0,taka,"replaced by the event at line 4 (same UID, SEQUENCE 2)"
        """);
    assertThat(Reports.render(d, Reports.Format.JSON).replaceAll("\\s+", "")).contains("\"events\":["
        + "{\"line\":4,\"uid\":\"seq-1\",\"summary\":\"Weekly,movedtoWednesday\",\"allDay\":false,\"skipped\":null,"
        + "\"matched\":[\"taka\"],\"instances\":[{\"start\":\"2026-12-02T15:00Z\",\"end\":\"2026-12-02T16:00Z\"},"
        + "{\"start\":\"2026-12-09T15:00Z\",\"end\":\"2026-12-09T16:00Z\"}]},"
        + "{\"line\":13,\"uid\":\"seq-1\",\"summary\":\"Weekly\",\"allDay\":false,"
        + "\"skipped\":\"replacedbytheeventatline4(sameUID,SEQUENCE2)\",\"matched\":[\"taka\"],\"instances\":[]}]");
  }

  @Test
  void withoutCalendar_noListing() {
    ReportData d = data();
    ReportData pins = new ReportData(d.team(), null, d.attendances(), d.score(), null, d.notes());
    assertThat(Reports.render(pins, Reports.Format.TEXT)).doesNotContain("event(s) read");
    assertThat(Reports.render(pins, Reports.Format.JSON)).doesNotContain("\"events\"");
  }
}
