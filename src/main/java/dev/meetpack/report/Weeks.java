package dev.meetpack.report;

import dev.meetpack.model.Team;
import dev.meetpack.score.Attendance;
import dev.meetpack.score.PersonFigures;
import dev.meetpack.score.PersonFigures.WeekFigures;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Week lists as ranges, named by their dates, and the weeks whose figures differ, grouped by their cause. */
final class Weeks {
  private Weeks() {}

  /** "week 2", "weeks 0-14, 49-51": runs of weeks {@code step} apart (a biweekly meeting's weeks) as ranges. */
  static String ranges(List<Integer> weeks, int step) {
    if (weeks.size() == 1) {
      return "week " + weeks.get(0);
    }
    List<String> parts = new ArrayList<>();
    for (int[] run : runs(weeks, step)) {
      parts.add(run[0] == run[1] ? String.valueOf(run[0]) : run[0] + "-" + run[1]);
    }
    return "weeks " + String.join(", ", parts);
  }

  /** "2026-11-30 to 2027-03-14, 2027-11-08 to 2027-11-28": the Monday to Sunday of each run of weeks. */
  static String dates(Team team, List<Integer> weeks, int step) {
    List<String> parts = new ArrayList<>();
    for (int[] run : runs(weeks, step)) {
      parts.add(team.start().plusWeeks(run[0]) + " to " + team.start().plusWeeks(run[1]).plusDays(6));
    }
    return String.join(", ", parts);
  }

  private static List<int[]> runs(List<Integer> weeks, int step) {
    List<int[]> out = new ArrayList<>();
    for (int w : weeks) {
      if (!out.isEmpty() && out.get(out.size() - 1)[1] + step == w) {
        out.get(out.size() - 1)[1] = w;
      } else {
        out.add(new int[] {w, w});
      }
    }
    return out;
  }

  /** A person whose weeks differ: each group of weeks with equal figures, and whether DST explains them. */
  record Change(String personId, boolean dst, List<Group> groups) {}

  /** Weeks with equal figures, and those figures per week. */
  record Group(List<Integer> weeks, int eveningMinutes, int morningMinutes, long cost) {
    String describe(Team team) {
      int n = weeks.size();
      return ranges(weeks, 1) + " (" + dates(team, weeks, 1) + "): evening " + Reports.hoursPerWeek(eveningMinutes, n)
          + "/wk, morning " + Reports.hoursPerWeek(morningMinutes, n) + "/wk, cost " + Reports.perWeek(cost, n) + "/wk";
    }
  }

  /**
   * Everyone whose figures are not the same cycle after cycle (a biweekly meeting's alternation is no
   * change). DST is the cause when weeks in the same regime always have the same figures. The groups
   * are weeks with equal figures, or whole cycles with equal figures when that gives fewer groups
   * (someone with a biweekly meeting).
   */
  static List<Change> changes(Team team, List<Attendance> attendances, List<PersonFigures> people) {
    int cycle = team.cycle();
    Set<ZoneId> zones = new TreeSet<>((a, b) -> a.getId().compareTo(b.getId()));
    zones.add(team.timezone());
    team.people().forEach(p -> zones.add(p.zone()));
    team.meetings().forEach(m -> zones.add(m.zone()));
    // A week's regime: its phase in the cycle and the offsets of every zone at each of its meetings.
    Map<Integer, Set<String>> regime = new HashMap<>();
    for (Attendance a : attendances) {
      StringBuilder key = new StringBuilder();
      zones.forEach(z -> key.append(' ').append(z.getRules().getOffset(a.start())));
      regime.computeIfAbsent(a.week(), k -> new TreeSet<>(Set.of("phase " + k % cycle))).add(key.toString());
    }
    List<Change> out = new ArrayList<>();
    for (PersonFigures f : people) {
      List<List<Long>> fig = f.byWeek().stream().map(w -> List.of((long) w.occurrences(), (long) w.meetingDays(),
          (long) w.eveningMinutes(), (long) w.morningMinutes(), w.cost())).toList();
      boolean differs = false;
      for (int w = cycle; w < fig.size(); w++) {
        differs |= !fig.get(w).equals(fig.get(w - cycle));
      }
      if (!differs) {
        continue;
      }
      Map<Set<String>, List<Long>> byRegime = new HashMap<>();
      boolean dst = true;
      Map<List<Long>, List<Integer>> byWeek = new LinkedHashMap<>();
      Map<List<List<Long>>, List<Integer>> byCycle = new LinkedHashMap<>();
      for (int w = 0; w < fig.size(); w++) {
        List<Long> seen = byRegime.putIfAbsent(regime.getOrDefault(w, Set.of()), fig.get(w));
        dst &= seen == null || seen.equals(fig.get(w));
        byWeek.computeIfAbsent(fig.get(w), k -> new ArrayList<>()).add(w);
        int c = w - w % cycle;
        byCycle.computeIfAbsent(fig.subList(c, Math.min(c + cycle, fig.size())), k -> new ArrayList<>()).add(w);
      }
      List<Group> groups = new ArrayList<>();
      for (List<Integer> weeks : (byWeek.size() <= byCycle.size() ? byWeek : byCycle).values()) {
        int eve = 0;
        int morn = 0;
        long cost = 0;
        for (int w : weeks) {
          WeekFigures x = f.byWeek().get(w);
          eve += x.eveningMinutes();
          morn += x.morningMinutes();
          cost += x.cost();
        }
        groups.add(new Group(weeks, eve, morn, cost));
      }
      out.add(new Change(f.personId(), dst, groups));
    }
    return out;
  }

  /**
   * The changes under a heading, DST-caused ones and others apart; "" when none. As text, a column
   * of person ids; as Markdown, a list item per group of weeks.
   */
  static String render(Team team, List<Change> changes, boolean markdown) {
    StringBuilder out = new StringBuilder();
    for (boolean dst : new boolean[] {true, false}) {
      List<Change> mine = changes.stream().filter(c -> c.dst() == dst).toList();
      if (mine.isEmpty()) {
        continue;
      }
      String heading = dst ? "weeks that differ (DST)" : "weeks that differ (not DST alone)";
      out.append(markdown ? "\n" + Character.toUpperCase(heading.charAt(0)) + heading.substring(1) + ":\n\n"
          : "\n" + heading + "\n");
      int width = mine.stream().mapToInt(c -> c.personId().length()).max().orElse(0);
      for (Change c : mine) {
        for (int i = 0; i < c.groups().size(); i++) {
          String text = c.groups().get(i).describe(team);
          if (markdown) {
            out.append("- ").append(c.personId()).append(": ").append(text).append('\n');
          } else {
            String who = i == 0 ? c.personId() : "";
            out.append("  ").append(who).append(" ".repeat(width - who.length())).append("  ").append(text).append('\n');
          }
        }
      }
    }
    return out.toString();
  }
}
