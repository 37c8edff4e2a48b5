package dev.meetpack.page;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Team;
import dev.meetpack.model.Times;
import dev.meetpack.model.Window;
import dev.meetpack.report.ReportData;
import dev.meetpack.report.Reports;
import dev.meetpack.score.Attendance;
import dev.meetpack.score.LocalSpan;
import dev.meetpack.score.Occurrence;
import dev.meetpack.score.Occurrences;
import dev.meetpack.score.PersonFigures;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * index.html: each person's week in their own local time, one grid per group of identical weeks, and
 * the report's per-person figures. Plain HTML and CSS: the week switch is a set of radio buttons that
 * the style sheet reads, so the page needs no script, and nothing is fetched, so it opens from disk.
 */
public final class WeekPage {
  private WeekPage() {}

  /** Line height of a block's text; the grid is one pixel a minute, so a 30-minute block holds two lines. */
  private static final int LINE_PX = 13;

  /** One person's meeting on one local date, as the grid draws it; equal blocks make equal weeks. */
  record Block(String meetingId, String title, DayOfWeek day, int start, int end, boolean optional,
      Part morning, Part evening, String with) {}

  /** The morning or evening part of a block, in local minutes: what the cost counts as off-hours. */
  record Part(int start, int end) {
    static Part of(int[] overlap) {
      return overlap == null ? null : new Part(overlap[0], overlap[1]);
    }

    int minutes() {
      return end - start;
    }
  }

  private record Occ(String meetingId, int week, Instant start) {}

  public static String render(ReportData d) {
    Team team = d.team();
    List<Map<String, List<Block>>> weeks = blocksByWeek(d);
    Map<Map<String, List<Block>>, List<Integer>> groups = new LinkedHashMap<>();
    for (int w = 0; w < weeks.size(); w++) {
      groups.computeIfAbsent(weeks.get(w), k -> new ArrayList<>()).add(w);
    }
    int[] hours = hours(team, weeks);

    Html h = new Html();
    h.markup("<!DOCTYPE html>").nl().open("html", "lang", "en").nl().open("head").nl()
        .markup("<meta charset=\"utf-8\">").nl()
        .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").nl()
        .el("title", team.name() + ": the week").nl()
        .open("style").nl().markup(Style.CSS).markup(Style.switches(groups.size())).close("style").nl()
        .close("head").nl().open("body").nl();
    header(h, d);
    for (int g = 0; g < groups.size(); g++) {
      h.open("input", "type", "radio", "name", "week", "id", "wk" + g, "class", "switch", "checked",
          g == 0 ? "" : null).nl();
    }
    h.open("nav", "class", "weeks").el("span", groups.size() == 1 ? "Every week is the same:" : "Weeks that differ:");
    int g = 0;
    for (List<Integer> ws : groups.values()) {
      h.el("label", weekLabel(ws), "for", "wk" + g, "title", weekDates(ws, team.start()));
      g++;
    }
    h.close("nav").nl();
    h.open("main").nl();
    for (Person p : team.people()) {
      card(h, d, p, groups, hours);
    }
    h.close("main").nl();
    figures(h, d);
    legend(h);
    h.close("body").nl().close("html").nl();
    return h.toString();
  }

  // ---- the data ------------------------------------------------------------------------------

  /** For each horizon week, each person's blocks (required and, from a schedule, optional), sorted. */
  private static List<Map<String, List<Block>>> blocksByWeek(ReportData d) {
    Team team = d.team();
    Map<String, Meeting> meetings = new HashMap<>();
    team.meetings().forEach(m -> meetings.put(m.id(), m));
    Map<Occ, List<String>> required = new LinkedHashMap<>();
    for (Attendance a : d.attendances()) {
      required.computeIfAbsent(new Occ(a.meetingId(), a.week(), a.start()), k -> new ArrayList<>()).add(a.personId());
    }
    List<Map<String, List<Block>>> weeks = new ArrayList<>();
    for (int w = 0; w < team.weeks(); w++) {
      Map<String, List<Block>> people = new LinkedHashMap<>();
      team.people().forEach(p -> people.put(p.id(), new ArrayList<>()));
      weeks.add(people);
    }
    for (Attendance a : d.attendances()) {
      if (a.week() < 0 || a.week() >= team.weeks()) {
        continue;
      }
      List<String> optional = d.schedule() != null && meetings.containsKey(a.meetingId())
          ? meetings.get(a.meetingId()).optional() : List.of();
      add(weeks.get(a.week()), team.person(a.personId()), a.meetingId(), a.title(), a.start(), a.end(), false,
          with(team, a.personId(), required.get(new Occ(a.meetingId(), a.week(), a.start())), optional));
    }
    if (d.schedule() != null) {
      for (Meeting m : team.meetings()) {
        for (Occurrence o : Occurrences.of(team, m, d.schedule().of(m.id()))) {
          List<String> others = required.getOrDefault(new Occ(m.id(), o.week(), o.start().toInstant()), List.of());
          for (String id : m.optional()) {
            if (!m.attendees().contains(id)) {
              add(weeks.get(o.week()), team.person(id), m.id(), m.title(), o.start().toInstant(),
                  o.end().toInstant(), true, with(team, id, others, m.optional()));
            }
          }
        }
      }
    }
    Comparator<Block> order = Comparator.comparing(Block::day).thenComparingInt(Block::start)
        .thenComparingInt(Block::end).thenComparing(Block::meetingId);
    weeks.forEach(people -> people.values().forEach(list -> list.sort(order)));
    return weeks;
  }

  private static void add(Map<String, List<Block>> people, Person p, String meetingId, String title, Instant start,
      Instant end, boolean optional, String with) {
    // A calendar event may cross local midnight: one block per local date, as the scoring splits it.
    for (LocalSpan s : LocalSpan.split(p.zone(), start, end)) {
      people.get(p.id()).add(new Block(meetingId, title, s.date().getDayOfWeek(), s.start(), s.end(), optional,
          Part.of(s.morning(p)), Part.of(s.evening(p)), with));
    }
  }

  private static String with(Team team, String self, List<String> required, List<String> optional) {
    List<String> names = new ArrayList<>();
    for (String id : required) {
      if (!id.equals(self)) {
        names.add(team.person(id).name());
      }
    }
    for (String id : optional) {
      if (!id.equals(self) && !required.contains(id)) {
        names.add(team.person(id).name() + " (optional)");
      }
    }
    return String.join(", ", names);
  }

  /** The hours every grid shows: everyone's available hours and every block, so all grids line up. */
  private static int[] hours(Team team, List<Map<String, List<Block>>> weeks) {
    int from = Window.DAY;
    int to = 0;
    for (Person p : team.people()) {
      from = Math.min(from, p.available().start());
      to = Math.max(to, p.available().end());
    }
    for (Map<String, List<Block>> people : weeks) {
      for (List<Block> blocks : people.values()) {
        for (Block b : blocks) {
          from = Math.min(from, b.start());
          to = Math.max(to, b.end());
        }
      }
    }
    return new int[] {from / 60, (to + 59) / 60};
  }

  // ---- the page ------------------------------------------------------------------------------

  private static void header(Html h, ReportData d) {
    Team team = d.team();
    StringBuilder line = new StringBuilder();
    line.append(team.people().size()).append(" people, ").append(team.meetings().size()).append(" meetings, ")
        .append(team.weeks()).append(team.weeks() == 1 ? " week" : " weeks").append(" from ").append(team.start())
        .append(", planned in ").append(team.timezone().getId()).append(". ");
    if (d.search() != null) {
      line.append("Search: ").append(d.search().status().name().toLowerCase(Locale.ROOT)).append(". ");
    }
    line.append("Total cost ").append(d.score().cost()).append('.');
    h.open("header").el("h1", team.name()).el("p", line.toString());
    if (d.fair() != null) {
      h.el("p", "Fair: " + Reports.fairness(d) + ".", "class", "fair");
    }
    h.close("header").nl();
  }

  private static final String[] FIGURE_HEADER = {"person", "zone", "meetings", "days", "evenings", "evening hours",
      "mornings", "morning hours", "burden", "cost"};

  /** The report's per-person figures, per week (horizon totals / weeks). */
  private static void figures(Html h, ReportData d) {
    int weeks = d.team().weeks();
    h.open("table", "class", "figures").el("caption", "Per person, per week").open("thead").open("tr");
    for (String c : FIGURE_HEADER) {
      h.el("th", c);
    }
    h.close("tr").close("thead").nl().open("tbody").nl();
    for (PersonFigures f : d.score().people()) {
      Person p = d.team().person(f.personId());
      h.open("tr", "data-person", p.id()).open("td").open("a", "href", "#p-" + p.id()).text(p.name()).close("a")
          .close("td").el("td", p.zone().getId());
      for (String v : new String[] {Reports.perWeek(f.occurrences(), weeks), Reports.perWeek(f.meetingDays(), weeks),
          Reports.perWeek(f.evenings(), weeks), Reports.hoursPerWeek(f.eveningMinutes(), weeks),
          Reports.perWeek(f.mornings(), weeks), Reports.hoursPerWeek(f.morningMinutes(), weeks),
          Reports.perWeek(f.burden(d.team().weights()), weeks), String.valueOf(f.cost())}) {
        h.el("td", v, "class", "n");
      }
      h.close("tr").nl();
    }
    h.open("tr", "class", "total").el("td", "total").el("td", "");
    for (int i = 0; i < FIGURE_HEADER.length - 3; i++) {
      h.el("td", "");
    }
    h.el("td", String.valueOf(d.score().cost()), "class", "n").close("tr").nl();
    h.close("tbody").close("table").nl();
  }

  private static void card(Html h, ReportData d, Person p, Map<Map<String, List<Block>>, List<Integer>> groups,
      int[] hours) {
    int weeks = d.team().weeks();
    PersonFigures f = d.score().of(p.id());
    h.open("section", "class", "person", "id", "p-" + p.id(), "data-person", p.id()).nl();
    h.open("header").el("h2", p.name())
        .el("p", p.zone().getId() + " · work " + p.work() + " · available " + p.available(), "class", "zone")
        .el("p", "A week: " + Reports.perWeek(f.occurrences(), weeks) + " meetings on "
            + Reports.perWeek(f.meetingDays(), weeks) + " days, " + offHours(f.evenings(), f.eveningMinutes(), weeks,
            "evenings") + ", " + offHours(f.mornings(), f.morningMinutes(), weeks, "mornings") + ". Burden "
            + Reports.perWeek(f.burden(d.team().weights()), weeks) + "/wk. Cost " + f.cost()
            + " over " + weeks + (weeks == 1 ? " week." : " weeks."), "class", "fig")
        .close("header").nl();
    Set<DayOfWeek> busy = EnumSet.noneOf(DayOfWeek.class);
    groups.keySet().forEach(people -> people.get(p.id()).forEach(b -> busy.add(b.day())));
    Set<DayOfWeek> days = EnumSet.copyOf(busy);
    days.addAll(p.workdays());
    int g = 0;
    for (Map.Entry<Map<String, List<Block>>, List<Integer>> group : groups.entrySet()) {
      String weekList = group.getValue().stream().map(String::valueOf).collect(Collectors.joining(" "));
      h.open("div", "class", "wk wk" + g, "data-weeks", weekList).nl();
      axis(h, hours);
      for (DayOfWeek day : days) {
        day(h, p, day, busy.contains(day), group.getValue(),
            group.getKey().get(p.id()).stream().filter(b -> b.day() == day).toList(), hours);
      }
      h.close("div").nl();
      g++;
    }
    h.close("section").nl();
  }

  private static String offHours(int days, int minutes, int weeks, String what) {
    return days == 0 ? "no " + what
        : Reports.perWeek(days, weeks) + " " + what + " (" + Reports.hoursPerWeek(minutes, weeks) + ")";
  }

  private static void axis(Html h, int[] hours) {
    h.open("div", "class", "axis").el("div", "", "class", "dh")
        .open("div", "class", "col", "style", "height:" + px((hours[1] - hours[0]) * 60));
    for (int hour = hours[0]; hour < hours[1]; hour++) {
      h.el("span", String.format(Locale.ROOT, "%02d", hour), "style", "top:" + px((hour - hours[0]) * 60));
    }
    h.close("div").close("div").nl();
  }

  /** A day with meetings in some week is drawn wider, so that titles fit where there are any. */
  private static void day(Html h, Person p, DayOfWeek day, boolean busy, List<Integer> weeks, List<Block> blocks,
      int[] hours) {
    int origin = hours[0] * 60;
    Part morning = hull(blocks, true);
    Part evening = hull(blocks, false);
    int off = (morning == null ? 0 : morning.minutes()) + (evening == null ? 0 : evening.minutes());
    boolean workday = p.workdays().contains(day);
    h.open("div", "class", "day" + (workday ? "" : " rest") + (busy ? " busy" : ""),
        "data-off-minutes", off > 0 ? String.valueOf(off) : null).open("div", "class", "dh").text(Times.shortDay(day));
    if (off > 0) {
      h.el("small", Times.duration(off) + " off-hours", "title", "off-hours span of the day, gaps included: "
          + span(morning, "morning") + span(evening, "evening"));
    }
    h.close("div").open("div", "class", "col", "style", "height:" + px((hours[1] - hours[0]) * 60));
    band(h, "avail", p.available(), origin);
    band(h, "work", p.work(), origin);
    for (Part hull : new Part[] {morning, evening}) {
      if (hull != null) {
        h.el("div", "", "class", "hull", "style", "top:" + px(hull.start() - origin) + ";height:" + px(hull.minutes()));
      }
    }
    int[][] lanes = lanes(blocks);
    for (int i = 0; i < blocks.size(); i++) {
      block(h, p, blocks.get(i), weeks, origin, lanes[i][0], lanes[i][1]);
    }
    h.close("div").close("div").nl();
  }

  private static String span(Part hull, String name) {
    return hull == null ? "" : name + " " + Times.hhmm(hull.start()) + "-" + Times.hhmm(hull.end()) + " ";
  }

  private static void band(Html h, String cls, Window w, int origin) {
    h.el("div", "", "class", "band " + cls, "style",
        "top:" + px(w.start() - origin) + ";height:" + px(w.end() - w.start()));
  }

  /** First start to last end of the required blocks' morning (or evening) parts: what the cost counts. */
  private static Part hull(List<Block> blocks, boolean morning) {
    Part hull = null;
    for (Block b : blocks) {
      Part part = morning ? b.morning() : b.evening();
      if (b.optional() || part == null) {
        continue;
      }
      hull = hull == null ? part : new Part(Math.min(hull.start(), part.start()), Math.max(hull.end(), part.end()));
    }
    return hull;
  }

  /**
   * Each block's lane and the number of lanes beside it: overlapping blocks (an optional meeting over a
   * required one) share the column's width instead of hiding each other.
   */
  private static int[][] lanes(List<Block> blocks) {
    int[][] out = new int[blocks.size()][];
    List<Integer> laneEnds = new ArrayList<>();
    int clusterStart = 0;
    int clusterEnd = 0;
    for (int i = 0; i <= blocks.size(); i++) {
      if (i == blocks.size() || blocks.get(i).start() >= clusterEnd) {
        for (int j = clusterStart; j < i; j++) {
          out[j][1] = laneEnds.size();
        }
        laneEnds.clear();
        clusterStart = i;
      }
      if (i == blocks.size()) {
        break;
      }
      Block b = blocks.get(i);
      int lane = 0;
      while (lane < laneEnds.size() && laneEnds.get(lane) > b.start()) {
        lane++;
      }
      if (lane == laneEnds.size()) {
        laneEnds.add(b.end());
      } else {
        laneEnds.set(lane, b.end());
      }
      out[i] = new int[] {lane, 0};
      clusterEnd = Math.max(clusterEnd, b.end());
    }
    return out;
  }

  private static void block(Html h, Person p, Block b, List<Integer> weeks, int origin, int lane, int lanes) {
    String time = Times.hhmm(b.start()) + "–" + Times.hhmm(b.end());
    boolean offHours = b.morning() != null || b.evening() != null;
    StringBuilder style = new StringBuilder("top:" + px(b.start() - origin) + ";height:" + px(b.end() - b.start()));
    if (lanes > 1) {
      style.append(String.format(Locale.ROOT, ";left:calc(6px + %.2f%%);width:calc(%.2f%% - 8px)",
          100.0 * lane / lanes, 100.0 / lanes));
    }
    String gradient = offHoursGradient(b);
    if (gradient != null) {
      style.append(";background:").append(gradient);
    }
    h.open("div", "class", "mtg" + (b.optional() ? " opt" : "") + (offHours ? " late" : ""),
        "style", style.toString(), "data-person", p.id(), "data-meeting", b.meetingId(),
        "data-weeks", weeks.stream().map(String::valueOf).collect(Collectors.joining(" ")),
        "data-day", b.day().name().substring(0, 3),
        "data-start", Times.hhmm(b.start()), "data-end", Times.hhmm(b.end()), "data-optional",
        b.optional() ? "true" : null,
        "title", b.title() + " · " + Times.shortDay(b.day()) + " " + time + (b.optional() ? " (optional)" : "")
            + (b.with().isEmpty() ? "" : " · with " + b.with()));
    h.el("b", b.title()).el("span", time + (b.optional() ? " optional" : ""), "class", "t");
    if (!b.with().isEmpty()) {
      // Whole lines only: the lines left under the title and the time (4 px go to padding and border).
      int lines = Math.max(0, (b.end() - b.start() - 4) / LINE_PX - 2);
      h.el("span", "with " + b.with(), "class", "w", "style", "max-height:" + lines * LINE_PX + "px");
    }
    h.close("div");
  }

  /** A block partly in work hours: its off-hours parts in the off-hours colour, in place; null if all one colour. */
  private static String offHoursGradient(Block b) {
    int off = (b.morning() == null ? 0 : b.morning().minutes()) + (b.evening() == null ? 0 : b.evening().minutes());
    if (b.optional() || off == 0 || off == b.end() - b.start()) {
      return null;
    }
    StringBuilder g = new StringBuilder("linear-gradient(var(--meet) 0%");
    for (Part part : new Part[] {b.morning(), b.evening()}) {
      if (part != null) {
        double from = 100.0 * (part.start() - b.start()) / (b.end() - b.start());
        double to = 100.0 * (part.end() - b.start()) / (b.end() - b.start());
        g.append(String.format(Locale.ROOT, ",var(--meet) %.1f%%,var(--late) %.1f%% %.1f%%,var(--meet) %.1f%%",
            from, from, to, to));
      }
    }
    return g.append(')').toString();
  }

  private static void legend(Html h) {
    h.open("footer").open("p").el("span", "", "class", "key work").text(" working hours ")
        .el("span", "", "class", "key avail").text(" available, off-hours ")
        .el("span", "", "class", "key none").text(" not available ")
        .el("span", "", "class", "key meet").text(" meeting in working hours ")
        .el("span", "", "class", "key late").text(" meeting off-hours ")
        .el("span", "", "class", "key hull").text(" off-hours span of a day (what it costs, gaps included)")
        .close("p").el("p", "Times are each person's own local time. Made by meetpack.").close("footer").nl();
  }

  /** Weeks first..last going up by step (1, or 2 for every other week). */
  private record Run(int first, int last, int step) {}

  /** Consecutive weeks as one run, every other week as one run when there are three or more of them. */
  private static List<Run> runs(List<Integer> weeks) {
    List<Run> out = new ArrayList<>();
    int i = 0;
    while (i < weeks.size()) {
      int step1 = runLength(weeks, i, 1);
      int step2 = runLength(weeks, i, 2);
      int n = step1 >= 3 || (step1 == 2 && step2 < 3) ? step1 : step2 >= 3 ? step2 : 1;
      out.add(new Run(weeks.get(i), weeks.get(i + n - 1), n == step1 ? 1 : 2));
      i += n;
    }
    return out;
  }

  /** How many of weeks[from..] go up by {@code step}. */
  private static int runLength(List<Integer> weeks, int from, int step) {
    int n = 1;
    while (from + n < weeks.size() && weeks.get(from + n) == weeks.get(from + n - 1) + step) {
      n++;
    }
    return n;
  }

  /** "week 3", "weeks 0, 1", "weeks 0–5", "weeks 0–50 (every other)". */
  static String weekLabel(List<Integer> weeks) {
    List<String> parts = new ArrayList<>();
    for (Run r : runs(weeks)) {
      parts.add(r.first() == r.last() ? String.valueOf(r.first())
          : r.step() == 2 ? r.first() + "–" + r.last() + " (every other)"
          : r.last() == r.first() + 1 ? r.first() + ", " + r.last() : r.first() + "–" + r.last());
    }
    return (weeks.size() == 1 ? "week " : "weeks ") + String.join(", ", parts);
  }

  /** The same weeks as dates: "2027-03-15 to 2027-11-07; every other week 2027-11-08 to 2028-02-27". */
  static String weekDates(List<Integer> weeks, LocalDate start) {
    List<String> parts = new ArrayList<>();
    for (Run r : runs(weeks)) {
      parts.add((r.step() == 2 ? "every other week " : "") + start.plusWeeks(r.first()) + " to "
          + start.plusWeeks(r.last()).plusDays(6));
    }
    return String.join("; ", parts);
  }

  /** One pixel a minute. */
  private static String px(int minutes) {
    return minutes + "px";
  }
}
