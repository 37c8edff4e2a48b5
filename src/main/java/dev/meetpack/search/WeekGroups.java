package dev.meetpack.search;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Team;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The evaluated weeks, grouped into kinds of week that the search treats as one, each counted as
 * often as it occurs.
 *
 * <p>Why this is exact. Week w's occurrences all start and end inside a window of absolute time
 * (the meetings' allowed days in their anchor zones, plus the longest duration). When two weeks have
 * the same phase in the cycle and every zone in use has the same offsets across both windows, with
 * its transitions (if any) at the same places relative to the week's start, then every placement's
 * occurrences in the one week are those of the other moved by a whole number of weeks, in absolute
 * time and in every attendee's local time alike: the same constraints hold, and each (person, local
 * date) costs the same. When, moreover, no person's local dates of one week's window meet those of
 * another week (the weeks are <em>separable</em>), the cost is a sum over weeks, no-overlap (H4)
 * and the caps (H6) are checks within a week, and so the horizon's cost is the sum over kinds of
 * week of one representative's cost times the kind's count. A team whose weeks are not separable
 * (meetings on every weekday across zones far apart) is searched week by week, each its own kind.
 *
 * <p>A US/Korea team meeting on weekdays has four kinds of week in a year (standard and daylight
 * time, times the two phases of the biweekly meetings); a weekend meeting in a week whose window holds
 * a transition makes that week a kind of its own.
 */
final class WeekGroups {
  /** Local dates a week's block spans in the grouped layout: two before Monday to two after Sunday. */
  static final int BLOCK = 11;

  /** Per kind: its first week (the representative) and how many weeks it stands for. */
  final int[] rep;
  final int[] count;
  /**
   * Per kind: its regime, the kinds whose offsets are the same and that differ only in their phase
   * in the cycle (numbered from 0 in order of first week); with weeks not grouped, each week its own.
   */
  final int[] regime;
  /** Whether weeks were grouped; false: one kind per week, in order, each counted once. */
  final boolean grouped;

  private WeekGroups(int[] rep, int[] count, int[] regime, boolean grouped) {
    this.rep = rep;
    this.count = count;
    this.regime = regime;
    this.grouped = grouped;
  }

  int regimes() {
    return Arrays.stream(regime).max().orElse(-1) + 1;
  }

  int size() {
    return rep.length;
  }

  /** One kind per week: the week-by-week search (and the reference the grouping is checked against). */
  static WeekGroups each(int weeks) {
    int[] rep = new int[weeks];
    int[] count = new int[weeks];
    for (int w = 0; w < weeks; w++) {
      rep[w] = w;
      count[w] = 1;
    }
    return new WeekGroups(rep, count, rep.clone(), false);
  }

  static WeekGroups of(Team team) {
    int weeks = team.weeks();
    if (weeks <= team.cycle() || team.meetings().isEmpty()) {
      return each(weeks);
    }
    // Per week and meeting, the window of its possible occurrence (null if none); per week, their hull.
    Instant[][][] byMeeting = new Instant[weeks][team.meetings().size()][];
    Instant[][] window = new Instant[weeks][];
    for (int w = 0; w < weeks; w++) {
      for (int m = 0; m < team.meetings().size(); m++) {
        byMeeting[w][m] = window(team, team.meetings().get(m), w);
      }
      window[w] = hull(team, w, byMeeting[w]);
    }
    if (!separable(team, byMeeting)) {
      return each(weeks);
    }
    TreeSet<String> zoneIds = new TreeSet<>();
    team.people().forEach(p -> zoneIds.add(p.zone().getId()));
    team.meetings().forEach(m -> zoneIds.add(m.zone().getId()));
    Map<List<Long>, List<Integer>> kinds = new LinkedHashMap<>();
    for (int w = 0; w < weeks; w++) {
      kinds.computeIfAbsent(signature(team, w, window[w], zoneIds), k -> new ArrayList<>()).add(w);
    }
    if (kinds.size() == weeks) {
      return each(weeks);
    }
    int[] rep = new int[kinds.size()];
    int[] count = new int[kinds.size()];
    int[] regime = new int[kinds.size()];
    Map<List<Long>, Integer> regimes = new LinkedHashMap<>();
    int g = 0;
    for (Map.Entry<List<Long>, List<Integer>> kind : kinds.entrySet()) {
      List<Long> offsets = kind.getKey().subList(1, kind.getKey().size());
      regime[g] = regimes.computeIfAbsent(offsets, k -> regimes.size());
      rep[g] = kind.getValue().get(0);
      count[g++] = kind.getValue().size();
    }
    return new WeekGroups(rep, count, regime, true);
  }

  /** The phase in the cycle, then per zone its offset at the window's start and each transition inside it. */
  private static List<Long> signature(Team team, int w, Instant[] window, TreeSet<String> zoneIds) {
    long weekStart = team.start().plusWeeks(w).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    List<Long> sig = new ArrayList<>();
    sig.add((long) (w % team.cycle()));
    for (String id : zoneIds) {
      var rules = ZoneId.of(id).getRules();
      sig.add((long) rules.getOffset(window[0]).getTotalSeconds());
      Instant at = window[0];
      for (ZoneOffsetTransition t = rules.nextTransition(at); t != null && t.getInstant().isBefore(window[1]);
          t = rules.nextTransition(t.getInstant())) {
        sig.add(t.getInstant().getEpochSecond() - weekStart);
        sig.add((long) t.getOffsetAfter().getTotalSeconds());
      }
      sig.add(Long.MIN_VALUE); // ends this zone's part
    }
    return sig;
  }

  /** [from, to) of absolute time that holds every possible occurrence of week w: the hull of its meetings' windows. */
  private static Instant[] hull(Team team, int w, Instant[][] byMeeting) {
    Instant from = null;
    Instant to = null;
    for (Instant[] mw : byMeeting) {
      if (mw == null) {
        continue;
      }
      from = from == null || mw[0].isBefore(from) ? mw[0] : from;
      to = to == null || mw[1].isAfter(to) ? mw[1] : to;
    }
    if (from == null) {
      LocalDate monday = team.start().plusWeeks(w);
      from = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
      to = from;
    }
    return new Instant[] {from, to};
  }

  /**
   * The window of meeting m's possible occurrence in week w, with an hour to spare each side, or null if it
   * has none that week.
   */
  private static Instant[] window(Team team, Meeting m, int w) {
    if (m.days().isEmpty() || (m.biweekly() && m.pinPhase() != null && Math.floorMod(w - m.pinPhase(), 2) != 0)) {
      return null;
    }
    int first = 7;
    int last = -1;
    for (DayOfWeek d : m.days()) {
      if (!m.pinned() || m.pinDay() == d) {
        first = Math.min(first, d.ordinal());
        last = Math.max(last, d.ordinal());
      }
    }
    if (last < 0) {
      return null;
    }
    LocalDate monday = team.start().plusWeeks(w);
    LocalDateTime from = monday.plusDays(first).atStartOfDay();
    LocalDateTime to = monday.plusDays(last + 1L).atStartOfDay().plusMinutes(m.duration());
    return new Instant[] {from.atZone(m.zone()).toInstant().minusSeconds(3600),
        to.atZone(m.zone()).toInstant().plusSeconds(3600)};
  }

  /**
   * Whether no person's local dates of one week's possible occurrences meet those of another week:
   * each person's dates of week w must all come before those of week w + 1.
   */
  private static boolean separable(Team team, Instant[][][] byMeeting) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<Person> people = team.people();
    for (int p = 0; p < people.size(); p++) {
      index.put(people.get(p).id(), p);
    }
    int weeks = byMeeting.length;
    long[][] firstDate = new long[people.size()][weeks];
    long[][] lastDate = new long[people.size()][weeks];
    for (long[] row : firstDate) {
      Arrays.fill(row, Long.MAX_VALUE);
    }
    for (long[] row : lastDate) {
      Arrays.fill(row, Long.MIN_VALUE);
    }
    for (int mi = 0; mi < team.meetings().size(); mi++) {
      Meeting m = team.meetings().get(mi);
      for (int w = 0; w < weeks; w++) {
        Instant[] mw = byMeeting[w][mi];
        if (mw == null) {
          continue;
        }
        for (String id : m.attendees()) {
          int p = index.get(id);
          ZoneId z = people.get(p).zone();
          long a = mw[0].atZone(z).toLocalDate().toEpochDay();
          long b = mw[1].minusSeconds(1).atZone(z).toLocalDate().toEpochDay();
          firstDate[p][w] = Math.min(firstDate[p][w], a);
          lastDate[p][w] = Math.max(lastDate[p][w], b);
        }
      }
    }
    for (int p = 0; p < people.size(); p++) {
      long before = Long.MIN_VALUE;
      for (int w = 0; w < weeks; w++) {
        if (firstDate[p][w] == Long.MAX_VALUE) {
          continue;
        }
        // Dates outside the block of 11 a grouped week has would not fit the layout either.
        long monday = team.start().plusWeeks(w).toEpochDay();
        if (firstDate[p][w] <= before || firstDate[p][w] < monday - 2 || lastDate[p][w] > monday + BLOCK - 3) {
          return false;
        }
        before = lastDate[p][w];
      }
    }
    return true;
  }
}
