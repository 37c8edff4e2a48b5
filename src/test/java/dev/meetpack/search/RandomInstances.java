package dev.meetpack.search;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Team;
import dev.meetpack.model.Weights;
import dev.meetpack.model.Window;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/** Seeded random small teams for cross-checking the search against brute force. */
final class RandomInstances {
  private static final String[] ZONES = {"America/New_York", "America/Los_Angeles", "Asia/Seoul", "Europe/London",
      "Asia/Kolkata"};
  private static final LocalDate[] STARTS = {LocalDate.of(2026, 11, 30), LocalDate.of(2027, 3, 8),
      LocalDate.of(2027, 3, 22), LocalDate.of(2026, 10, 26)};

  private RandomInstances() {}

  static Team small(long seed) {
    Random r = new Random(seed);
    int nPeople = 2 + r.nextInt(4);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < nPeople; i++) {
      Window[] hours = hours(r);
      EnumSet<DayOfWeek> workdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
      if (r.nextInt(4) == 0) {
        workdays.remove(DayOfWeek.of(1 + r.nextInt(5)));
      }
      Integer cap = r.nextInt(4) == 0 ? r.nextInt(2) : null;
      people.add(new Person("p" + i, null, null, ZoneId.of(ZONES[r.nextInt(r.nextBoolean() ? 2 : ZONES.length)]),
          hours[0], hours[1], workdays, cap));
    }
    int nMeetings = 2 + r.nextInt(2);
    List<Meeting> meetings = new ArrayList<>();
    boolean anyBiweekly = false;
    for (int i = 0; i < nMeetings; i++) {
      List<String> att = attendees(r, people);
      int period = r.nextInt(3) == 0 ? 2 : 1;
      anyBiweekly |= period == 2;
      EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      int nDays = 1 + r.nextInt(2);
      while (days.size() < nDays) {
        days.add(DayOfWeek.of(1 + r.nextInt(5)));
      }
      int duration = (1 + r.nextInt(4)) * 30;
      meetings.add(new Meeting("m" + i, null, att, List.of(), duration, period, days, r.nextInt(4) == 0,
          ZoneId.of(ZONES[r.nextInt(3)]), null, null, null, null));
    }
    int weeks = anyBiweekly ? 2 : 1 + r.nextInt(2);
    Weights weights = new Weights(r.nextInt(100), 1 + r.nextInt(2), r.nextInt(60));
    return new Team("random " + seed, ZoneId.of("America/New_York"), STARTS[r.nextInt(STARTS.length)], weeks, 60,
        weights, people, meetings, null);
  }

  private static final String[] RING_ZONES = {"Asia/Seoul", "America/Los_Angeles", "Europe/London",
      "America/New_York", "Asia/Kolkata"};

  /**
   * Two people with two meetings, or three who meet pairwise, spread over zones whose dates
   * disagree: teams where the cycle bound ({@link Cycles}) often adds something.
   */
  static Team ring(long seed) {
    Random r = new Random(seed);
    int n = 2 + r.nextInt(2);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int availStart = (6 + r.nextInt(3)) * 60;
      int workStart = availStart + 60 * r.nextInt(3);
      int workEnd = workStart + (7 + r.nextInt(3)) * 60;
      int availEnd = Math.min(Window.DAY, workEnd + 60 * (1 + r.nextInt(5)));
      Integer cap = r.nextInt(4) == 0 ? r.nextInt(2) : null;
      people.add(new Person("p" + i, null, null, ZoneId.of(RING_ZONES[r.nextInt(RING_ZONES.length)]),
          new Window(workStart, workEnd), new Window(availStart, availEnd),
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), cap));
    }
    List<Meeting> meetings = new ArrayList<>();
    boolean anyBiweekly = false;
    for (int i = 0; i < (n == 2 ? 2 : 3); i++) {
      List<String> att = n == 2 ? List.of("p0", "p1") : List.of("p" + i, "p" + (i + 1) % 3);
      EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      int nDays = 1 + r.nextInt(2);
      while (days.size() < nDays) {
        days.add(DayOfWeek.of(1 + r.nextInt(5)));
      }
      int period = r.nextInt(5) == 0 ? 2 : 1;
      anyBiweekly |= period == 2;
      meetings.add(new Meeting("m" + i, null, att, List.of(), 60, period, days, r.nextInt(4) == 0,
          ZoneId.of(RING_ZONES[r.nextInt(RING_ZONES.length)]), null, null, null, null));
    }
    int weeks = anyBiweekly ? 2 : 1 + r.nextInt(2);
    Weights weights = new Weights(r.nextInt(80), r.nextInt(2), 10 + r.nextInt(60));
    return new Team("ring " + seed, ZoneId.of("America/New_York"), STARTS[r.nextInt(STARTS.length)], weeks, 60,
        weights, people, meetings, null);
  }

  /**
   * One person with three long meetings, each with someone else, on few shared days: teams where one
   * day cannot hold all of that person's meetings at their cheapest, so {@link OwnDates} often adds
   * something. Half the teams keep to New York; in the other half the others are abroad, so that
   * the person's cheapest hours are often off hours, on dates that differ.
   */
  static Team crowded(long seed) {
    Random r = new Random(seed);
    boolean abroad = r.nextBoolean();
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      int availStart = (6 + r.nextInt(3)) * 60;
      int workStart = availStart + 60 * r.nextInt(3);
      int workEnd = workStart + (6 + r.nextInt(4)) * 60;
      int availEnd = Math.min(Window.DAY, workEnd + 60 * (1 + r.nextInt(4)));
      boolean home = i == 0 || !abroad && r.nextInt(3) > 0;
      String zone = home ? "America/New_York" : RING_ZONES[r.nextInt(RING_ZONES.length)];
      people.add(new Person("p" + i, null, null, ZoneId.of(zone), new Window(workStart, workEnd),
          new Window(availStart, availEnd), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null));
    }
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      EnumSet<DayOfWeek> days = EnumSet.of(DayOfWeek.TUESDAY);
      if (r.nextBoolean()) {
        days.add(DayOfWeek.of(1 + r.nextInt(5)));
      }
      int duration = (abroad ? 1 + r.nextInt(4) : 2 + r.nextInt(3)) * 60;
      meetings.add(new Meeting("m" + i, null, List.of("p0", "p" + i), List.of(), duration, 1, days, r.nextInt(3) == 0,
          ZoneId.of("America/New_York"), null, null, null, null));
    }
    Weights weights = new Weights(r.nextInt(80), r.nextInt(2), 10 + r.nextInt(60));
    return new Team("crowded " + seed, ZoneId.of("America/New_York"), STARTS[r.nextInt(STARTS.length)],
        1 + r.nextInt(2), 60, weights, people, meetings, null);
  }

  /** Zones whose DST dates differ: US, EU, southern hemisphere (Sydney, Santiago), none (Seoul, Kolkata). */
  private static final String[] YEAR_ZONES = {"America/New_York", "America/Los_Angeles", "Europe/London",
      "Europe/Berlin", "Australia/Sydney", "America/Santiago", "Asia/Seoul", "Asia/Kolkata"};
  /** Starts a few weeks before US, EU and southern-hemisphere changes of 2027 (March-April and October-November). */
  private static final LocalDate[] YEAR_STARTS = {LocalDate.of(2027, 2, 22), LocalDate.of(2027, 3, 1),
      LocalDate.of(2027, 9, 20), LocalDate.of(2027, 10, 18)};

  /**
   * Small teams over 6 to 16 weeks across DST changes in several hemispheres, sometimes meeting at
   * the weekend (a meeting in a change week, or weeks that are not separable): teams where the
   * search groups weeks into kinds ({@link WeekGroups}), and where it must not.
   */
  static Team overWeeks(long seed) {
    Random r = new Random(seed);
    int nPeople = 2 + r.nextInt(3);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < nPeople; i++) {
      Window[] hours = hours(r);
      EnumSet<DayOfWeek> workdays = r.nextInt(3) == 0 ? EnumSet.allOf(DayOfWeek.class)
          : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
      Integer cap = r.nextInt(4) == 0 ? r.nextInt(2) : null;
      people.add(new Person("p" + i, null, null, ZoneId.of(YEAR_ZONES[r.nextInt(YEAR_ZONES.length)]),
          hours[0], hours[1], workdays, cap));
    }
    int nMeetings = 2 + r.nextInt(2);
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < nMeetings; i++) {
      List<String> att = attendees(r, people);
      int period = r.nextInt(3) == 0 ? 2 : 1;
      EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      int nDays = 1 + r.nextInt(2);
      boolean weekend = r.nextInt(4) == 0;
      while (days.size() < nDays) {
        days.add(DayOfWeek.of(1 + r.nextInt(weekend ? 7 : 5)));
      }
      int duration = (1 + r.nextInt(4)) * 30;
      meetings.add(new Meeting("m" + i, null, att, List.of(), duration, period, days, r.nextInt(4) == 0,
          ZoneId.of(YEAR_ZONES[r.nextInt(YEAR_ZONES.length)]), null, null, null, null));
    }
    Weights weights = new Weights(r.nextInt(100), 1 + r.nextInt(2), r.nextInt(60));
    return new Team("over weeks " + seed, ZoneId.of("America/New_York"), YEAR_STARTS[r.nextInt(YEAR_STARTS.length)],
        6 + r.nextInt(11), 60, weights, people, meetings, null);
  }

  /** Each person with even odds, at least two. */
  private static List<String> attendees(Random r, List<Person> people) {
    List<String> att = new ArrayList<>();
    for (Person p : people) {
      if (r.nextBoolean()) {
        att.add(p.id());
      }
    }
    while (att.size() < 2) {
      String id = people.get(r.nextInt(people.size())).id();
      if (!att.contains(id)) {
        att.add(id);
      }
    }
    return att;
  }

  /** Working hours of 6 to 8 hours inside available hours from 05:00-07:00 to 2 to 7 hours after work. */
  private static Window[] hours(Random r) {
    int availStart = (5 + r.nextInt(3)) * 60;
    int workStart = availStart + 60 * r.nextInt(3);
    int workEnd = workStart + (6 + r.nextInt(3)) * 60;
    int availEnd = Math.min(Window.DAY, workEnd + 60 * (2 + r.nextInt(6)));
    return new Window[] {new Window(workStart, workEnd), new Window(availStart, availEnd)};
  }
}
