package dev.meetpack;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Team;
import dev.meetpack.model.Weights;
import dev.meetpack.model.Window;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/** Small builders for hand-written model fixtures in tests. */
public final class Fixtures {
  private Fixtures() {}

  public static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  public static Person person(String id, String zone, String work, String available) {
    return new Person(id, id, id + "@example.com", ZoneId.of(zone), Window.parse(work), Window.parse(available),
        WEEKDAYS, null);
  }

  public static Person capped(Person p, int cap) {
    return new Person(p.id(), p.name(), p.email(), p.zone(), p.work(), p.available(), p.workdays(), cap);
  }

  public static Meeting meeting(String id, int minutes, int period, List<String> attendees, EnumSet<DayOfWeek> days) {
    return new Meeting(id, id, attendees, List.of(), minutes, period, days, false, ZoneId.of("America/New_York"),
        null, null, null, null);
  }

  public static Meeting pinned(String id, int minutes, List<String> attendees, DayOfWeek day, String at) {
    return new Meeting(id, id, attendees, List.of(), minutes, 1, EnumSet.of(day), false,
        ZoneId.of("America/New_York"), day, dev.meetpack.model.Times.parseMinute(at, false), null, null);
  }

  public static Team team(LocalDate start, int weeks, int slot, List<Person> people, List<Meeting> meetings) {
    return new Team("Test team", ZoneId.of("America/New_York"), start, weeks, slot, Weights.DEFAULT, people,
        meetings, null);
  }
}
