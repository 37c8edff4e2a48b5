package dev.meetpack.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A loaded, validated config: the team, its meetings and the planning horizon. */
public record Team(
    String name,
    ZoneId timezone,
    LocalDate start,
    int weeks,
    int slot,
    Weights weights,
    List<Person> people,
    List<Meeting> meetings,
    String organizer) {

  public Team {
    Objects.requireNonNull(name, "team");
    Objects.requireNonNull(timezone, "timezone");
    if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("horizon start must be a Monday: " + start);
    }
    if (weeks < 1) {
      throw new IllegalArgumentException("weeks must be at least 1");
    }
    if (slot <= 0 || Window.DAY % slot != 0) {
      throw new IllegalArgumentException("slot must divide the day: " + slot);
    }
    people = List.copyOf(people);
    meetings = List.copyOf(meetings);
  }

  /** 2 if any meeting is biweekly, else 1. */
  public int cycle() {
    return meetings.stream().anyMatch(Meeting::biweekly) ? 2 : 1;
  }

  public Map<String, Person> peopleById() {
    Map<String, Person> m = new LinkedHashMap<>();
    people.forEach(p -> m.put(p.id(), p));
    return m;
  }

  public Person person(String id) {
    return people.stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no person " + id));
  }

  /** The team name as a UID-safe slug. */
  public String slug() {
    String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "team" : s;
  }
}
