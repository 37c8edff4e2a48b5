package dev.meetpack.validate;

import dev.meetpack.config.ConfigLoader.Loaded;
import dev.meetpack.config.Problem;
import dev.meetpack.config.Rule;
import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Placement;
import dev.meetpack.model.Team;
import dev.meetpack.score.Constraints;
import dev.meetpack.score.LocalSpan;
import dev.meetpack.score.Occurrence;
import dev.meetpack.score.Occurrences;
import dev.meetpack.search.Explain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a loaded config means, checked without a search: meetings that can never be placed, pins
 * that leave someone's hours (in any week: daylight saving is seen), pins that overlap each other,
 * and caps that the pins alone already break.
 */
public final class Checks {
  private Checks() {}

  public static List<Problem> check(Loaded loaded) {
    Team team = loaded.team();
    List<Problem> out = new ArrayList<>();
    Map<String, String> noSlot = Explain.unplaceable(team);
    for (Meeting m : team.meetings()) {
      if (m.pinned()) {
        String why = pinProblem(team, m);
        if (why != null) {
          out.add(at(loaded, "meeting:" + m.id() + ":at", Rule.PIN_OUTSIDE_HOURS,
              "pin of meeting '" + m.id() + "': " + why));
        }
      } else if (noSlot.containsKey(m.id())) {
        out.add(at(loaded, "meeting:" + m.id(), Rule.NO_COMMON_SLOT, noSlot.get(m.id())));
      }
    }
    List<Meeting> pinned = team.meetings().stream().filter(Checks::fixed).toList();
    for (int i = 0; i < pinned.size(); i++) {
      for (int j = i + 1; j < pinned.size(); j++) {
        String clash = clash(team, pinned.get(i), pinned.get(j));
        if (clash != null) {
          out.add(at(loaded, "meeting:" + pinned.get(j).id() + ":at", Rule.PINS_OVERLAP, clash));
        }
      }
    }
    for (Person p : team.people()) {
      if (p.maxOffHoursDaysPerWeek() == null) {
        continue;
      }
      for (int w = 0; w < team.weeks(); w++) {
        Set<LocalDate> off = new TreeSet<>();
        for (Meeting m : pinned) {
          if (!m.attendees().contains(p.id())) {
            continue;
          }
          for (Occurrence o : Occurrences.of(team, m, pin(m))) {
            LocalSpan s = LocalSpan.of(p.zone(), o.start().toInstant(), o.end().toInstant());
            if (o.week() == w && s != null && (s.morning(p) != null || s.evening(p) != null)) {
              off.add(s.date());
            }
          }
        }
        if (off.size() > p.maxOffHoursDaysPerWeek()) {
          out.add(at(loaded, "person:" + p.id(), Rule.CAP_EXCEEDED, "person '" + p.id() + "' has maxOffHoursDaysPerWeek "
              + p.maxOffHoursDaysPerWeek() + ", but pinned meetings already put them off-hours on " + off.size()
              + " days in week " + w + " " + off));
          break;
        }
      }
    }
    return out;
  }

  /** Pinned day and time, and the phase is known (weekly, or biweekly with `week`). */
  private static boolean fixed(Meeting m) {
    return m.pinned() && (!m.biweekly() || m.pinPhase() != null);
  }

  private static Placement pin(Meeting m) {
    return new Placement(m.pinDay(), m.pinMinute(), m.pinPhase() == null ? 0 : m.pinPhase());
  }

  /** Why the pin fails in some week, or null; a biweekly pin without `week` fails only if both phases do. */
  private static String pinProblem(Team team, Meeting m) {
    String why = Constraints.placementProblem(team, m, pin(m));
    if (why != null && m.biweekly() && m.pinPhase() == null) {
      String other = Constraints.placementProblem(team, m, new Placement(m.pinDay(), m.pinMinute(), 1));
      return other == null ? null : why;
    }
    return why;
  }

  private static String clash(Team team, Meeting a, Meeting b) {
    List<String> shared = a.attendees().stream().filter(b.attendees()::contains).toList();
    if (shared.isEmpty()) {
      return null;
    }
    for (Occurrence x : Occurrences.of(team, a, pin(a))) {
      for (Occurrence y : Occurrences.of(team, b, pin(b))) {
        if (x.start().isBefore(y.end()) && y.start().isBefore(x.end())) {
          return "pinned meeting '" + b.id() + "' overlaps pinned meeting '" + a.id() + "' in week " + x.week()
              + " for " + String.join(", ", shared);
        }
      }
    }
    return null;
  }

  private static Problem at(Loaded loaded, String key, Rule rule, String message) {
    int[] lc = loaded.at(key);
    return new Problem(loaded.file(), lc[0], lc[1], rule, message);
  }
}
