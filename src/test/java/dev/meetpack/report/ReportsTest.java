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
    Person ny = Fixtures.person("ny", "America/New_York", "09:00-18:00", "07:00-23:00");
    Person kr = Fixtures.person("kr", "Asia/Seoul", "09:00-18:00", "07:00-22:00");
    Meeting call = Fixtures.pinned("call", 60, List.of("ny", "kr"), DayOfWeek.TUESDAY, "19:00");
    Team team = Fixtures.team(LocalDate.of(2027, 3, 1), 4, 15, List.of(ny, kr), List.of(call));
    Schedule pins = Schedule.ofPins(team);
    List<Attendance> a = Occurrences.attendances(team, pins);
    return new ReportData(team, pins, a, Scorer.score(team, a), null, List.of());
  }

  @Test
  void text_dstWeeks_areShownWeekByWeek() {
    String text = Reports.render(dstReport(), Reports.Format.TEXT);
    assertThat(text).contains("kr (Asia/Seoul): Wed 09:00-10:00 (weeks 0-1), Wed 08:00-09:00 (weeks 2-3)");
    assertThat(text).contains("weeks that differ (DST)\n"
        + "  kr: w0 0 eve/0 morn/cost 30; w1 0 eve/0 morn/cost 30; w2 0 eve/1h morn/cost 150; w3 0 eve/1h morn/cost 150\n");
    assertThat(text).doesNotContain("  ny:");
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
    assertThat(Reports.render(d, Reports.Format.CSV)).contains("kr,Asia/Seoul,1.0,1.0,0.0,0.0,0.5,30.0,10:00,08:00,360\n");
    assertThat(Reports.render(d, Reports.Format.JSON)).contains("\"morningMinutesPerWeek\": 30.0", "\"totalCost\": ");
  }
}
