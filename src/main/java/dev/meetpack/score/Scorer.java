package dev.meetpack.score;

import dev.meetpack.model.Person;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.model.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The objective of SPEC section 3, computed directly from attendances; independent of the search. */
public final class Scorer {
  private Scorer() {}

  public static ScoreResult score(Team team, Schedule schedule) {
    return score(team, Occurrences.attendances(team, schedule));
  }

  public static ScoreResult score(Team team, List<Attendance> attendances) {
    List<PersonFigures> figures = new ArrayList<>();
    long total = 0;
    for (Person p : team.people()) {
      PersonFigures f = person(team, p, attendances.stream().filter(a -> a.personId().equals(p.id())).toList());
      figures.add(f);
      total += f.cost();
    }
    return new ScoreResult(figures, total, team.weeks());
  }

  private static final class Day {
    final DayTally tally = new DayTally();
    int week = Integer.MAX_VALUE;
  }

  static PersonFigures person(Team team, Person p, List<Attendance> mine) {
    Map<LocalDate, Day> days = new TreeMap<>();
    int latestEnd = -1;
    int earliestStart = Window.DAY + 1;
    int outside = 0;
    for (Attendance a : mine) {
      List<LocalSpan> spans = LocalSpan.split(p.zone(), a.start(), a.end());
      if (spans.size() != 1 || !p.available().contains(spans.get(0).start(), spans.get(0).end())
          || !p.workdays().contains(spans.get(0).date().getDayOfWeek())) {
        outside++;
      }
      for (LocalSpan s : spans) {
        Day d = days.computeIfAbsent(s.date(), k -> new Day());
        d.tally.add(s.morning(p), s.evening(p));
        d.week = Math.min(d.week, a.week());
        latestEnd = Math.max(latestEnd, s.end());
        earliestStart = Math.min(earliestStart, s.start());
      }
    }
    int weeks = team.weeks();
    int[] wOcc = new int[weeks];
    int[] wDays = new int[weeks];
    int[] wEve = new int[weeks];
    int[] wEveMin = new int[weeks];
    int[] wMor = new int[weeks];
    int[] wMorMin = new int[weeks];
    long[] wCost = new long[weeks];
    for (Attendance a : mine) {
      if (a.week() >= 0 && a.week() < weeks) {
        wOcc[a.week()]++;
      }
    }
    int evenings = 0, eveningMinutes = 0, mornings = 0, morningMinutes = 0, offHoursDays = 0;
    long cost = 0;
    for (Day d : days.values()) {
      DayTally t = d.tally;
      long c = t.cost(team.weights());
      cost += c;
      evenings += t.eveningSpan() > 0 ? 1 : 0;
      eveningMinutes += t.eveningSpan();
      mornings += t.morningSpan() > 0 ? 1 : 0;
      morningMinutes += t.morningSpan();
      offHoursDays += t.morningSpan() + t.eveningSpan() > 0 ? 1 : 0;
      int w = d.week;
      if (w >= 0 && w < weeks) {
        wDays[w]++;
        wEve[w] += t.eveningSpan() > 0 ? 1 : 0;
        wEveMin[w] += t.eveningSpan();
        wMor[w] += t.morningSpan() > 0 ? 1 : 0;
        wMorMin[w] += t.morningSpan();
        wCost[w] += c;
      }
    }
    List<PersonFigures.WeekFigures> byWeek = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      byWeek.add(new PersonFigures.WeekFigures(w, wOcc[w], wDays[w], wEve[w], wEveMin[w], wMor[w], wMorMin[w], wCost[w]));
    }
    return new PersonFigures(p.id(), mine.size(), days.size(), evenings, eveningMinutes, mornings, morningMinutes,
        offHoursDays, latestEnd, earliestStart > Window.DAY ? -1 : earliestStart, outside, cost, byWeek);
  }
}
