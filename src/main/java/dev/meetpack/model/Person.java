package dev.meetpack.model;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A team member. {@code available} bounds every meeting; {@code work} is where meetings cost nothing
 * beyond the meeting day. {@code maxOffHoursDaysPerWeek} is null when uncapped.
 */
public record Person(
    String id,
    String name,
    String email,
    ZoneId zone,
    Window work,
    Window available,
    Set<DayOfWeek> workdays,
    Integer maxOffHoursDaysPerWeek) {

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(zone, "zone of " + id);
    Objects.requireNonNull(work, "work of " + id);
    Objects.requireNonNull(available, "available of " + id);
    if (!available.contains(work.start(), work.end())) {
      throw new IllegalArgumentException("work " + work + " of " + id + " must lie inside available " + available);
    }
    workdays = java.util.Collections.unmodifiableSet(
        workdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workdays));
    name = name == null ? id : name;
  }
}
