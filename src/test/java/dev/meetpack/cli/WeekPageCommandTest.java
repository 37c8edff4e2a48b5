package dev.meetpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeekPageCommandTest {
  @TempDir
  Path tmp;

  static final Pattern REQUIRED_BLOCK = Pattern.compile("data-person=\"([^\"]*)\" data-meeting=\"[^\"]*\" "
      + "data-weeks=\"([^\"]*)\" data-day=\"([^\"]*)\" data-start=\"([^\"]*)\" data-end=\"([^\"]*)\" title=");

  /** Every required block as "person week day start-end", one entry per week it is shown in. */
  static Set<String> requiredBlocks(String html) {
    Set<String> out = new TreeSet<>();
    Matcher m = REQUIRED_BLOCK.matcher(html);
    while (m.find()) {
      for (String week : m.group(2).split(" ")) {
        out.add(m.group(1) + " " + week + " " + m.group(3) + " " + m.group(4) + "-" + m.group(5));
      }
    }
    return out;
  }

  @Test
  void schedule_writesIndexHtml_andReportOfItsCalendarShowsTheSameWeek() throws IOException {
    Path out = tmp.resolve("out");
    Run schedule = Run.of("schedule", "config/team.yaml", "-o", out.toString());
    assertThat(schedule.code()).as(schedule.toString()).isZero();
    String page = Files.readString(out.resolve("index.html"));
    assertThat(page).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n").contains("Search: optimal.");

    Run report = Run.of("report", "config/team.yaml", "--ics", out.resolve("schedule.ics").toString(),
        "--format", "html");
    assertThat(report.code()).as(report.toString()).isZero();
    assertThat(report.err()).isEmpty();
    // The seed: 8 meetings over its open-ended year of 52 weeks; 21 required attendances of weekly
    // meetings a week, 6 of biweekly ones every other week.
    assertThat(requiredBlocks(page)).hasSize(52 * 21 + 26 * 6).isEqualTo(requiredBlocks(report.out()));
    assertThat(page).contains("data-person=\"maya\" data-meeting=\"product-review\"");
  }

  @Test
  void fairSchedule_pageShowsEachBurdenAndTheFairnessLine() throws IOException {
    Path out = tmp.resolve("fair");
    Run schedule = Run.of("schedule", "samples/fair.yaml", "-o", out.toString());
    assertThat(schedule.code()).as(schedule.toString()).isZero();
    String page = Files.readString(out.resolve("index.html"));
    assertThat(page).contains("<p class=\"fair\">Fair: largest burden 90.0/wk, cost 435.0/wk; the total objective: "
        + "largest burden 180.0/wk, cost 300.0/wk.</p>");
    // Junho carries the largest burden under the fair objective (samples/expected/fair.out).
    assertThat(page).containsPattern("data-person=\"junho\">\n<header><h2>Junho Park</h2><p class=\"zone\">[^<]*</p>"
        + "<p class=\"fig\">[^<]*\\. Burden 90\\.0/wk\\. Cost 480 over 4 weeks\\.</p>");
  }
}
