package dev.meetpack.report;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Placement;
import dev.meetpack.model.Team;
import dev.meetpack.model.Times;
import dev.meetpack.model.Window;
import dev.meetpack.score.Attendance;
import dev.meetpack.score.LocalSpan;
import dev.meetpack.score.Occurrence;
import dev.meetpack.score.Occurrences;
import dev.meetpack.score.PersonFigures;
import dev.meetpack.score.PersonFigures.WeekFigures;
import dev.meetpack.score.Scorer;
import dev.meetpack.search.Fair;
import dev.meetpack.search.SearchResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Renders a {@link ReportData} as text, Markdown, CSV or JSON. Per-week figures are horizon totals / weeks. */
public final class Reports {
  private Reports() {}

  /** HTML is the week page, built by {@code dev.meetpack.page.WeekPage} (which reads this package). */
  public enum Format { TEXT, JSON, MARKDOWN, CSV, HTML }

  public static String render(ReportData d, Format format) {
    return switch (format) {
      case TEXT -> text(d);
      case JSON -> json(d);
      case MARKDOWN -> markdown(d);
      case CSV -> csv(d);
      case HTML -> throw new IllegalArgumentException("the week page is rendered by page.WeekPage");
    };
  }

  // ---- shared figures -----------------------------------------------------------------------

  public static String perWeek(long total, int weeks) {
    return String.format(Locale.ROOT, "%.1f", (double) total / weeks);
  }

  /** Minutes per week as "2h15m" (rounded to the minute), "0" when none. */
  public static String hoursPerWeek(int minutes, int weeks) {
    long m = Math.round((double) minutes / weeks);
    return m == 0 ? "0" : Times.duration((int) m);
  }

  /** "52 weeks from 2026-11-30 (the series do not end)", "4 weeks, 2027-03-01 to 2027-03-28". */
  private static String horizon(Team team) {
    String weeks = count(team.weeks(), "week", "weeks");
    return team.openEnded() ? weeks + " from " + team.start() + " (the series do not end)"
        : weeks + ", " + team.start() + " to " + team.start().plusWeeks(team.weeks()).minusDays(1);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String clock(int minute) {
    return minute < 0 ? "-" : Times.hhmm(minute);
  }

  /** The search line: status, cost, bound and gap, time and nodes. */
  public static String status(SearchResult r) {
    String time = String.format(Locale.ROOT, "%.2f s, %,d nodes", r.elapsedNanos() / 1e9, r.nodes());
    return switch (r.status()) {
      case OPTIMAL -> "optimal: cost " + r.cost() + " (proved; " + time + ")";
      case FEASIBLE -> String.format(Locale.ROOT, "feasible: cost %d, bound %d, gap %.1f%% (%s; %s)",
          r.cost(), r.bound(), 100 * r.gap(), String.join("; ", r.reasons()), time);
      case INFEASIBLE -> "infeasible: " + String.join("; ", r.reasons());
      case UNKNOWN -> "no schedule found (" + String.join("; ", r.reasons()) + "; bound " + r.bound() + "; " + time + ")";
    };
  }

  /**
   * The fair schedule's largest burden and total beside the total objective's (SPEC 3a), per week:
   * what sharing the evenings costs the team.
   */
  public static String fairness(ReportData d) {
    Fair.Result f = d.fair();
    int weeks = d.team().weeks();
    String bound = f.burdenBound() == f.largestBurden() ? "" : " (at least " + perWeek(f.burdenBound(), weeks) + ")";
    return "largest burden " + perWeek(f.largestBurden(), weeks) + "/wk" + bound + ", cost "
        + perWeek(f.search().cost(), weeks) + "/wk; the total objective: largest burden "
        + perWeek(totalObjectiveBurden(d), weeks) + "/wk, cost " + perWeek(f.total().cost(), weeks) + "/wk";
  }

  private static long totalObjectiveBurden(ReportData d) {
    return Scorer.score(d.team(), d.fair().total().schedule()).largestBurden(d.team().weights());
  }

  private static List<String[]> peopleRows(ReportData d) {
    int weeks = d.team().weeks();
    List<String[]> rows = new ArrayList<>();
    for (PersonFigures f : d.score().people()) {
      Person p = d.team().person(f.personId());
      rows.add(new String[] {
          p.id(), p.zone().getId(), perWeek(f.occurrences(), weeks), perWeek(f.meetingDays(), weeks),
          perWeek(f.evenings(), weeks), hoursPerWeek(f.eveningMinutes(), weeks),
          perWeek(f.mornings(), weeks), hoursPerWeek(f.morningMinutes(), weeks),
          clock(f.latestEnd()), clock(f.earliestStart()), perWeek(f.burden(d.team().weights()), weeks),
          perWeek(f.cost(), weeks)});
    }
    return rows;
  }

  private static final String[] HEADER = {"person", "zone", "meetings/wk", "days/wk", "evenings/wk", "evening h/wk",
      "mornings/wk", "morning h/wk", "latest end", "earliest start", "burden/wk", "cost/wk"};

  // ---- text ---------------------------------------------------------------------------------

  static String text(ReportData d) {
    StringBuilder out = new StringBuilder();
    var team = d.team();
    out.append(team.name()).append(": ").append(count(team.meetings().size(), "meeting", "meetings")).append(", ")
        .append(count(team.people().size(), "person", "people")).append(", ")
        .append(horizon(team)).append('\n');
    if (d.search() != null) {
      out.append("search: ").append(status(d.search())).append('\n');
    }
    if (d.fair() != null) {
      out.append("fair: ").append(fairness(d)).append('\n');
    }
    d.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
    if (d.schedule() != null) {
      out.append("\nmeetings (").append(team.timezone()).append(" unless noted)\n");
      List<String[]> rows = new ArrayList<>();
      for (Meeting m : team.meetings()) {
        Placement pl = d.schedule().of(m.id());
        String when = LocalTimes.of(team, m, pl, m.zone())
            + (m.zone().equals(team.timezone()) ? "" : " " + m.zone());
        rows.add(new String[] {m.id(), Times.duration(m.duration()), m.biweekly() ? "biweekly/" + (pl.phase() == 0
            ? "even" : "odd") : "weekly", when});
      }
      table(out, null, rows);
      out.append("\nlocal times\n");
      for (Meeting m : team.meetings()) {
        out.append("  ").append(m.id()).append('\n');
        for (String line : LocalTimes.lines(team, m, d.schedule().of(m.id()))) {
          out.append("    ").append(line).append('\n');
        }
      }
    }
    if (d.search() == null || d.schedule() != null) {
      out.append("\nper person, per week over ").append(count(team.weeks(), "week", "weeks"))
          .append(" (evenings and mornings: off-hours days and their span)\n");
      List<String[]> rows = peopleRows(d);
      rows.add(new String[] {"total", "", "", "", "", "", "", "", "", "", "", perWeek(d.score().cost(), team.weeks())});
      table(out, HEADER, rows);
      out.append(Weeks.render(team, changes(d), false));
      out.append("\nweek 0 by local hour (").append(LEGEND).append(")\n");
      out.append(bars(d));
    }
    if (d.events() != null) {
      EventList.text(out, d.events());
    }
    return out.toString();
  }

  static final String LEGEND = "# meeting in work hours, ! meeting off-hours, - work, . available";

  private static void table(StringBuilder out, String[] header, List<String[]> rows) {
    int cols = rows.isEmpty() ? (header == null ? 0 : header.length) : rows.get(0).length;
    int[] width = new int[cols];
    List<String[]> all = new ArrayList<>();
    if (header != null) {
      all.add(header);
    }
    all.addAll(rows);
    for (String[] r : all) {
      for (int i = 0; i < cols; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : all) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < cols; i++) {
        line.append(r[i]).append(" ".repeat(width[i] - r[i].length())).append(i + 1 < cols ? "  " : "");
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static List<Weeks.Change> changes(ReportData d) {
    return Weeks.changes(d.team(), d.attendances(), d.score().people());
  }

  /** One line per person and local date of week 0 with meetings: a character per local hour. */
  static String bars(ReportData d) {
    StringBuilder out = new StringBuilder();
    int idWidth = d.team().people().stream().mapToInt(p -> p.id().length()).max().orElse(4);
    out.append(" ".repeat(idWidth + 9)).append("0     6     12    18    24\n");
    for (Person p : d.team().people()) {
      Map<LocalDate, char[]> days = new TreeMap<>();
      for (Attendance a : d.attendances()) {
        if (!a.personId().equals(p.id()) || a.week() != 0) {
          continue;
        }
        for (LocalSpan s : LocalSpan.split(p.zone(), a.start(), a.end())) {
          char[] bar = days.computeIfAbsent(s.date(), k -> emptyBar(p));
          for (int h = 0; h < 24; h++) {
            if (s.start() < (h + 1) * 60 && h * 60 < s.end()) {
              boolean work = p.work().start() <= h * 60 && (h + 1) * 60 <= p.work().end();
              bar[h] = work && bar[h] != '!' ? '#' : '!';
            }
          }
        }
      }
      days.forEach((date, bar) -> out.append("  ").append(p.id()).append(" ".repeat(idWidth - p.id().length()))
          .append("  ").append(Times.shortDay(date.getDayOfWeek())).append("  ").append(new String(bar).stripTrailing())
          .append('\n'));
    }
    return out.toString();
  }

  private static char[] emptyBar(Person p) {
    char[] bar = new char[24];
    for (int h = 0; h < 24; h++) {
      Window w = p.work();
      Window a = p.available();
      bar[h] = w.start() <= h * 60 && (h + 1) * 60 <= w.end() ? '-'
          : a.start() <= h * 60 && (h + 1) * 60 <= a.end() ? '.' : ' ';
    }
    return bar;
  }

  // ---- markdown / csv -----------------------------------------------------------------------

  static String markdown(ReportData d) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(d.team().name()).append("\n\n")
        .append(count(d.team().meetings().size(), "meeting", "meetings")).append(", ").append(horizon(d.team()))
        .append(".\n\n");
    if (d.search() != null) {
      out.append("Search: ").append(status(d.search())).append("\n\n");
    }
    if (d.fair() != null) {
      out.append("Fair: ").append(fairness(d)).append("\n\n");
    }
    d.notes().forEach(n -> out.append("> ").append(n).append("\n\n"));
    if (d.schedule() != null) {
      out.append("| meeting | duration | every | when (").append(d.team().timezone()).append(") |\n|---|---|---|---|\n");
      for (Meeting m : d.team().meetings()) {
        Placement pl = d.schedule().of(m.id());
        out.append("| ").append(md(m.title())).append(" | ").append(Times.duration(m.duration())).append(" | ")
            .append(m.biweekly() ? "biweekly" : "weekly").append(" | ")
            .append(md(LocalTimes.of(d.team(), m, pl, d.team().timezone()))).append(" |\n");
      }
      out.append("\nLocal times:\n\n");
      for (Meeting m : d.team().meetings()) {
        out.append("- **").append(md(m.title())).append("**\n");
        LocalTimes.lines(d.team(), m, d.schedule().of(m.id())).forEach(l -> out.append("  - ").append(md(l)).append('\n'));
      }
      out.append('\n');
    }
    out.append("| ").append(String.join(" | ", HEADER)).append(" |\n|");
    out.append("---|".repeat(HEADER.length)).append('\n');
    for (String[] r : peopleRows(d)) {
      out.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    out.append("| **total** |").append(" |".repeat(HEADER.length - 2)).append(" **")
        .append(perWeek(d.score().cost(), d.team().weeks())).append("** |\n");
    out.append(Weeks.render(d.team(), changes(d), true));
    if (d.events() != null) {
      EventList.markdown(out, d.events());
    }
    return out.toString();
  }

  private static String md(String s) {
    return s.replace("|", "\\|");
  }

  /** Machine-friendly: per-week numbers as decimals, minutes rather than "2h15m". */
  static String csv(ReportData d) {
    StringBuilder out = new StringBuilder("person,zone,meetings_per_week,meeting_days_per_week,evenings_per_week,"
        + "evening_minutes_per_week,mornings_per_week,morning_minutes_per_week,latest_end,earliest_start,burden_per_week,"
        + "cost_per_week\n");
    int weeks = d.team().weeks();
    for (PersonFigures f : d.score().people()) {
      Person p = d.team().person(f.personId());
      out.append(String.join(",", p.id(), p.zone().getId(), perWeek(f.occurrences(), weeks),
          perWeek(f.meetingDays(), weeks), perWeek(f.evenings(), weeks), perWeek(f.eveningMinutes(), weeks),
          perWeek(f.mornings(), weeks), perWeek(f.morningMinutes(), weeks), f.latestEnd() < 0 ? "" : clock(f.latestEnd()),
          f.earliestStart() < 0 ? "" : clock(f.earliestStart()), perWeek(f.burden(d.team().weights()), weeks),
          perWeek(f.cost(), weeks))).append('\n');
    }
    if (d.events() != null) {
      EventList.csv(out, d.events());
    }
    return out.toString();
  }

  // ---- json ---------------------------------------------------------------------------------

  static String json(ReportData d) {
    var team = d.team();
    Json j = new Json().begin();
    j.field("team", team.name()).field("timezone", team.timezone().getId())
        .field("horizonStart", team.start().toString()).field("weeks", team.weeks())
        .field("openEnded", team.openEnded()).field("objective", team.objective().name().toLowerCase(Locale.ROOT));
    SearchResult r = d.search();
    if (r != null) {
      j.field("status", r.status().name().toLowerCase(Locale.ROOT));
      if (r.schedule() != null) {
        j.field("cost", r.cost());
      }
      j.field("bound", r.bound()).field("gap", r.gap()).field("nodes", r.nodes())
          .field("elapsedMillis", r.elapsedNanos() / 1_000_000);
      j.array("reasons");
      r.reasons().forEach(j::item);
      j.endArray();
    } else {
      j.field("cost", d.score().cost());
    }
    if (d.fair() != null) {
      j.field("largestBurdenPerWeek", (double) d.fair().largestBurden() / team.weeks())
          .field("largestBurdenBoundPerWeek", (double) d.fair().burdenBound() / team.weeks());
      j.object("totalObjective").field("largestBurdenPerWeek", (double) totalObjectiveBurden(d) / team.weeks())
          .field("cost", d.fair().total().cost()).end();
    }
    j.array("notes");
    d.notes().forEach(j::item);
    j.endArray();
    if (d.events() != null) {
      EventList.json(j, d.events());
    }
    j.array("meetings");
    if (d.schedule() != null) {
      for (Meeting m : team.meetings()) {
        Placement pl = d.schedule().of(m.id());
        j.beginItem().field("id", m.id()).field("title", m.title()).field("zone", m.zone().getId())
            .field("day", pl.day().name().substring(0, 3)).field("time", Times.hhmm(pl.minute()))
            .field("every", m.biweekly() ? "biweekly" : "weekly").field("phase", pl.phase())
            .field("durationMinutes", m.duration());
        j.array("attendees");
        m.attendees().forEach(j::item);
        j.endArray();
        j.array("optional");
        m.optional().forEach(j::item);
        j.endArray();
        j.array("occurrences");
        for (Occurrence o : Occurrences.of(team, m, pl)) {
          j.beginItem().field("week", o.week()).field("start", o.start().toOffsetDateTime().toString())
              .field("end", o.end().toOffsetDateTime().toString()).end();
        }
        j.endArray().end();
      }
    }
    j.endArray();
    j.array("people");
    int weeks = team.weeks();
    for (PersonFigures f : d.score().people()) {
      Person p = team.person(f.personId());
      j.beginItem().field("id", p.id()).field("name", p.name()).field("zone", p.zone().getId())
          .field("meetingsPerWeek", (double) f.occurrences() / weeks)
          .field("meetingDaysPerWeek", (double) f.meetingDays() / weeks)
          .field("eveningsPerWeek", (double) f.evenings() / weeks)
          .field("eveningMinutesPerWeek", (double) f.eveningMinutes() / weeks)
          .field("morningsPerWeek", (double) f.mornings() / weeks)
          .field("morningMinutesPerWeek", (double) f.morningMinutes() / weeks)
          .field("latestEnd", f.latestEnd() < 0 ? null : Times.hhmm(f.latestEnd()))
          .field("earliestStart", f.earliestStart() < 0 ? null : Times.hhmm(f.earliestStart()))
          .field("outsideAvailable", f.outsideAvailable())
          .field("cost", f.cost())
          .field("costPerWeek", (double) f.cost() / weeks)
          .field("burdenPerWeek", (double) f.burden(team.weights()) / weeks);
      j.array("weeks");
      for (WeekFigures w : f.byWeek()) {
        j.beginItem().field("week", w.week()).field("meetings", w.occurrences()).field("meetingDays", w.meetingDays())
            .field("evenings", w.evenings()).field("eveningMinutes", w.eveningMinutes())
            .field("mornings", w.mornings()).field("morningMinutes", w.morningMinutes()).field("cost", w.cost()).end();
      }
      j.endArray().end();
    }
    j.endArray();
    j.field("totalCost", d.score().cost());
    return j.end().toString();
  }
}
