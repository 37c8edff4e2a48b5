package dev.meetpack.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.Fixtures;
import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.model.Times;
import dev.meetpack.model.Weights;
import dev.meetpack.model.Window;
import dev.meetpack.report.ReportData;
import dev.meetpack.score.Attendance;
import dev.meetpack.score.Occurrences;
import dev.meetpack.score.PersonFigures;
import dev.meetpack.score.Scorer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WeekPageTest {
  static final ZoneId NY = ZoneId.of("America/New_York");

  static Meeting pinned(String id, String title, int minutes, List<String> attendees, List<String> optional,
      String at) {
    return new Meeting(id, title, attendees, optional, minutes, 1, EnumSet.of(DayOfWeek.TUESDAY), false, NY,
        DayOfWeek.TUESDAY, Times.parseMinute(at, false), null, null);
  }

  static ReportData report(Team team) {
    Schedule pins = Schedule.ofPins(team);
    List<Attendance> a = Occurrences.attendances(team, pins);
    return new ReportData(team, pins, a, Scorer.score(team, a), null, List.of());
  }

  /**
   * Two calls at 19:00 and 21:00 New York across the 2027-03-14 DST change (Seoul: 09:00 and 11:00, then
   * 08:00 and 10:00); la is optional on the first.
   */
  static ReportData dst() {
    Person ny = Fixtures.person("ny", "America/New_York", "09:00-18:00", "07:00-23:00");
    Person kr = Fixtures.person("kr", "Asia/Seoul", "09:00-18:00", "07:00-22:00");
    Person la = Fixtures.person("la", "America/Los_Angeles", "09:00-18:00", "07:00-22:00");
    Team team = Fixtures.team(LocalDate.of(2027, 3, 1), 4, 15, List.of(ny, kr, la), List.of(
        pinned("call", "Leads", 60, List.of("ny", "kr"), List.of("la"), "19:00"),
        pinned("late", "Late sync", 30, List.of("ny", "kr"), List.of(), "21:00")));
    return report(team);
  }

  record Block(String person, String meeting, String weeks, String day, String start, String end, boolean optional) {}

  static final Pattern BLOCK = Pattern.compile("<div class=\"mtg[^\"]*\" style=\"[^\"]*\" data-person=\"([^\"]*)\" "
      + "data-meeting=\"([^\"]*)\" data-weeks=\"([^\"]*)\" data-day=\"([^\"]*)\" data-start=\"([^\"]*)\" "
      + "data-end=\"([^\"]*)\"( data-optional=\"true\")?");

  static List<Block> blocks(String html) {
    List<Block> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(html);
    while (m.find()) {
      out.add(new Block(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7) != null));
    }
    return out;
  }

  @Test
  void render_dstChange_showsEachWeekGroupAtItsLocalTime() {
    List<Block> blocks = blocks(WeekPage.render(dst()));
    assertThat(blocks).contains(
        new Block("ny", "call", "0 1", "TUE", "19:00", "20:00", false),
        new Block("ny", "call", "2 3", "TUE", "19:00", "20:00", false),
        new Block("kr", "call", "0 1", "WED", "09:00", "10:00", false),
        new Block("kr", "call", "2 3", "WED", "08:00", "09:00", false),
        new Block("kr", "late", "2 3", "WED", "10:00", "10:30", false),
        new Block("la", "call", "0 1", "TUE", "16:00", "17:00", true));
    // 2 weeks groups x (ny 2 + kr 2 + la 1 optional).
    assertThat(blocks).hasSize(10);
  }

  @Test
  void render_dstChange_labelsTheWeeksThatDiffer() {
    String html = WeekPage.render(dst());
    assertThat(html).contains("<label for=\"wk0\" title=\"2027-03-01 to 2027-03-14\">weeks 0, 1</label>",
        "<label for=\"wk1\" title=\"2027-03-15 to 2027-03-28\">weeks 2, 3</label>");
    assertThat(html).doesNotContain("id=\"wk2\"");
  }

  static final Pattern MARKS = Pattern.compile(
      "<section class=\"person\" id=\"[^\"]*\" data-person=\"([^\"]*)\">|class=\"wk wk\\d+\" data-weeks=\"([^\"]*)\"|data-off-minutes=\"(\\d+)\"");

  /** The off-hours spans drawn, weighted by the weeks that show them, are the minutes the cost counts. */
  @Test
  void render_offHoursMarks_addUpToTheScoredMinutes() {
    ReportData d = dst();
    Map<String, Integer> drawn = new HashMap<>();
    String person = null;
    int weeks = 0;
    Matcher m = MARKS.matcher(WeekPage.render(d));
    while (m.find()) {
      if (m.group(1) != null) {
        person = m.group(1);
        drawn.put(person, 0);
      } else if (m.group(2) != null) {
        weeks = m.group(2).split(" ").length;
      } else {
        drawn.merge(person, weeks * Integer.parseInt(m.group(3)), Integer::sum);
      }
    }
    Map<String, Integer> scored = new HashMap<>();
    for (PersonFigures f : d.score().people()) {
      scored.put(f.personId(), f.eveningMinutes() + f.morningMinutes());
    }
    assertThat(drawn).isEqualTo(scored);
    // ny: 19:00-21:30, gap included, in all four weeks; kr: 08:00-09:00 in weeks 2-3; la is only optional.
    assertThat(scored).containsEntry("ny", 4 * 150).containsEntry("kr", 2 * 60).containsEntry("la", 0);
  }

  @Test
  void render_blockAcrossWorkEnd_colorsItsEveningPart_andOverlapsShareTheColumn() {
    Person ny = Fixtures.person("ny", "America/New_York", "09:00-18:00", "07:00-23:00");
    Person la = Fixtures.person("la", "America/Los_Angeles", "09:00-18:00", "07:00-22:00");
    Person kr = Fixtures.person("kr", "Asia/Seoul", "09:00-18:00", "07:00-22:00");
    Team team = Fixtures.team(LocalDate.of(2027, 3, 1), 1, 15, List.of(ny, la, kr), List.of(
        pinned("a", "A", 60, List.of("ny", "la"), List.of(), "17:30"),
        pinned("b", "B", 30, List.of("la", "kr"), List.of("ny"), "17:45")));
    String html = WeekPage.render(report(team));
    // ny's 17:30-18:30 is half in work hours: the second half in the off-hours colour; the optional 17:45-18:15
    // overlaps it, so each takes half the column.
    assertThat(html).contains("top:630px;height:60px;left:calc(6px + 0.00%);width:calc(50.00% - 8px);"
        + "background:linear-gradient(var(--meet) 0%,var(--meet) 50.0%,"
        + "var(--late) 50.0% 100.0%,var(--meet) 100.0%)\" data-person=\"ny\" data-meeting=\"a\"");
    assertThat(html).contains("top:645px;height:30px;left:calc(6px + 50.00%);width:calc(50.00% - 8px)\" "
        + "data-person=\"ny\" data-meeting=\"b\"");
  }

  static final Set<String> TAGS = Set.of("html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p",
      "input", "nav", "span", "label", "main", "section", "div", "small", "b", "table", "caption", "thead", "tbody",
      "tr", "th", "td", "a", "footer");

  @Test
  void render_configValuesWithMarkup_appearAsText() {
    Person ny = new Person("ny", "<b>Ana</b> & \"Bo\"", null, NY, Window.parse("09:00-18:00"),
        Window.parse("07:00-23:00"), Fixtures.WEEKDAYS, null);
    Person kr = Fixtures.person("kr", "Asia/Seoul", "09:00-18:00", "07:00-22:00");
    String title = "<script>alert('x')</script>\" onmouseover=\"alert(1)";
    Team team = new Team("R&D <i>leads</i>", NY, LocalDate.of(2027, 3, 1), 2, 15, Weights.DEFAULT, List.of(ny, kr),
        List.of(pinned("call", title, 60, List.of("ny", "kr"), List.of(), "19:00")), null);
    String html = WeekPage.render(report(team));

    Set<String> tags = new TreeSet<>();
    Matcher m = Pattern.compile("</?([a-zA-Z0-9]+)").matcher(html);
    while (m.find()) {
      tags.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(TAGS).containsAll(tags);
    assertThat(html).doesNotContainPattern("\\son\\w+=\"");
    assertThat(html).contains("<h1>R&amp;D &lt;i&gt;leads&lt;/i&gt;</h1>",
        "<h2>&lt;b&gt;Ana&lt;/b&gt; &amp; &quot;Bo&quot;</h2>",
        "<b>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onmouseover=&quot;alert(1)</b>",
        "title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onmouseover=&quot;alert(1) · Wed");
  }

  @Test
  void render_sameBytesInAnyDefaultZone() {
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      String utc = WeekPage.render(dst());
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
      assertThat(WeekPage.render(dst())).isEqualTo(utc);
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void render_isSelfContained() {
    String html = WeekPage.render(dst());
    assertThat(html).doesNotContainPattern("(?i)<script|<link|src=|url\\(|@import|https?:");
  }

  @Test
  void weekLabel_collapsesRuns() {
    assertThat(WeekPage.weekLabel(List.of(3))).isEqualTo("week 3");
    assertThat(WeekPage.weekLabel(List.of(0, 2))).isEqualTo("weeks 0, 2");
    assertThat(WeekPage.weekLabel(List.of(0, 1))).isEqualTo("weeks 0, 1");
    assertThat(WeekPage.weekLabel(List.of(0, 1, 2, 3, 7))).isEqualTo("weeks 0–3, 7");
    List<Integer> even = new ArrayList<>();
    for (int w = 0; w < 52; w += 2) {
      even.add(w);
    }
    assertThat(WeekPage.weekLabel(even)).isEqualTo("weeks 0–50 (every other)");
    assertThat(WeekPage.weekLabel(List.of(1, 3, 5, 9, 10, 11))).isEqualTo("weeks 1–5 (every other), 9–11");
    assertThat(WeekPage.weekDates(List.of(1, 3, 5, 9, 10, 11), LocalDate.of(2026, 11, 30)))
        .isEqualTo("every other week 2026-12-07 to 2027-01-10; 2027-02-01 to 2027-02-21");
  }
}
