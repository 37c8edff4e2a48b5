package dev.meetpack.score;

import java.util.List;

/**
 * One VEVENT of a calendar file as {@code report --ics} read it: where it is, whom of the team it
 * concerns, and its instances in the evaluated weeks. {@code skipped} says why it was left out
 * (null when it was read); {@code people} is empty when it concerns none of the team's people.
 * Instances are ISO-8601: instants with offset, or dates for all-day events.
 */
public record ReadEvent(int line, String uid, String summary, boolean allDay, List<String> people,
    List<Instance> instances, String skipped) {
  public ReadEvent {
    people = List.copyOf(people);
    instances = List.copyOf(instances);
  }

  public record Instance(String start, String end) {}
}
