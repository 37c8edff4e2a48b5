package dev.meetpack.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.Fixtures;
import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.score.Attendance;
import dev.meetpack.score.Occurrences;
import dev.meetpack.score.Scorer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {
  /** A call pinned at 19:00 New York across the 2027-03-14 DST change: 09:00 in Seoul, then 08:00. */
  static ReportData dstReport() {
    return dstReport(LocalDate.of(2027, 3, 1), 4);
  }

  static ReportData dstReport(LocalDate start, int weeks) {
    Person ny = Fixtures.person("ny", "America/New_York", "09:00-18:00", "07:00-23:00");
    Person kr = Fixtures.person("kr", "Asia/Seoul", "09:00-18:00", "07:00-22:00");
    Meeting call = Fixtures.pinned("call", 60, List.of("ny", "kr"), DayOfWeek.TUESDAY, "19:00");
    Team team = Fixtures.team(start, weeks, 15, List.of(ny, kr), List.of(call));
    Schedule pins = Schedule.ofPins(team);
    List<Attendance> a = Occurrences.attendances(team, pins);
    return new ReportData(team, pins, a, Scorer.score(team, a), null, List.of());
  }

  @Test
  void text_dstWeeks_areShownWeekByWeek() {
    String text = Reports.render(dstReport(), Reports.Format.TEXT);
    assertThat(text).contains("kr (Asia/Seoul): Wed 09:00-10:00 (weeks 0-1), Wed 08:00-09:00 (weeks 2-3)");
    assertThat(text).contains("weeks that differ (DST)\n"
        + "  kr  weeks 0-1 (2027-03-01 to 2027-03-14): evening 0/wk, morning 0/wk, cost 30.0/wk\n"
        + "      weeks 2-3 (2027-03-15 to 2027-03-28): evening 0/wk, morning 1h/wk, cost 150.0/wk\n");
    assertThat(text).doesNotContain("  ny  weeks");
  }

  @Test
  void text_aYearOfWeeks_staysReadable() {
    ReportData d = dstReport(LocalDate.of(2026, 11, 30), 52);
    String text = Reports.render(d, Reports.Format.TEXT);
    assertThat(text).contains("2 people, 52 weeks, 2026-11-30 to 2027-11-28\n",
        "kr (Asia/Seoul): Wed 09:00-10:00 (weeks 0-14, 49-51), Wed 08:00-09:00 (weeks 15-48)\n",
        "weeks that differ (DST)\n"
            + "  kr  weeks 0-14, 49-51 (2026-11-30 to 2027-03-14, 2027-11-08 to 2027-11-28): evening 0/wk, morning 0/wk,"
            + " cost 30.0/wk\n"
            + "      weeks 15-48 (2027-03-15 to 2027-11-07): evening 0/wk, morning 1h/wk, cost 150.0/wk\n");
    // The cost column is per week: kr pays 18 weeks at 30 and 34 at 150.
    assertThat(text).containsPattern("\\n  kr +Asia/Seoul .* 108\\.5\\n").containsPattern("\\n  total +258\\.5\\n");
    assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThan(160));
    String md = Reports.render(d, Reports.Format.MARKDOWN);
    assertThat(md).contains("  - kr (Asia/Seoul): Wed 09:00-10:00 (weeks 0-14, 49-51), Wed 08:00-09:00 (weeks 15-48)\n",
        "- kr: weeks 15-48 (2027-03-15 to 2027-11-07): evening 0/wk, morning 1h/wk, cost 150.0/wk\n",
        "| 10:00 | 08:00 | 78.5 | 108.5 |\n", "| **258.5** |");
  }

  @Test
  void weeksThatDiffer_forAnotherCause_areNotCalledDst() {
    ReportData d = dstReport(LocalDate.of(2026, 11, 30), 52);
    // A one-off evening call for ny in week 20, as a calendar file could hold.
    List<Attendance> a = new java.util.ArrayList<>(d.attendances());
    a.add(new Attendance("ny", "one-off", "One-off", 20, java.time.Instant.parse("2027-04-21T00:00:00Z"),
        java.time.Instant.parse("2027-04-21T01:00:00Z")));
    ReportData extra = new ReportData(d.team(), d.schedule(), a, Scorer.score(d.team(), a), null, List.of());
    String text = Reports.render(extra, Reports.Format.TEXT);
    assertThat(text).contains("weeks that differ (DST)\n  kr  weeks 0-14, 49-51",
        "weeks that differ (not DST alone)\n  ny  weeks 0-19, 21-51 (2026-11-30 to 2027-04-18, 2027-04-26 to 2027-11-28)");
  }

  @Test
  void weekRanges_collapseRunsOfTheMeetingsPeriod() {
    assertThat(Weeks.ranges(List.of(3), 1)).isEqualTo("week 3");
    assertThat(Weeks.ranges(List.of(0, 1, 2, 5, 7, 8), 1)).isEqualTo("weeks 0-2, 5, 7-8");
    assertThat(Weeks.ranges(List.of(0, 2, 4, 6, 10, 14, 16), 2)).isEqualTo("weeks 0-6, 10, 14-16");
  }

  @Test
  void text_weekBar_marksOffHoursHours() {
    String text = Reports.render(dstReport(), Reports.Format.TEXT);
    // ny on Tue of week 0: work 09-18 '-', available 07-09 and 18-23 '.', the 19:00 call '!'.
    assertThat(text).contains("  ny  Tue         ..---------.!...\n");
    assertThat(text).contains("  kr  Wed         ..#--------....\n");
  }

  @Test
  void csvAndJson_perWeekFigures() {
    ReportData d = dstReport();
    assertThat(Reports.render(d, Reports.Format.CSV)).contains("kr,Asia/Seoul,1.0,1.0,0.0,0.0,0.5,30.0,10:00,08:00,60.0,90.0\n");
    assertThat(Reports.render(d, Reports.Format.JSON)).contains("\"morningMinutesPerWeek\": 30.0", "\"totalCost\": ",
        "\"weeks\": 4,\n  \"openEnded\": false,", "\"cost\": 360,\n      \"costPerWeek\": 90.0,");
  }
}
