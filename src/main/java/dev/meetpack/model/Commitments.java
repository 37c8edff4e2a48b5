package dev.meetpack.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What people already have (SPEC section 2a), per person id, expanded over the evaluated weeks:
 * busy time (instances of recurring timed events: hard constraint H7), one-off timed events (an
 * overlap is a conflict to list, not a constraint) and days off (local dates of all-day events: an
 * attendee misses an occurrence that starts, in their zone, on one of them).
 */
public record Commitments(
    Map<String, List<Event>> busy,
    Map<String, List<Event>> oneOffs,
    Map<String, Map<LocalDate, String>> daysOff) {

  public static final Commitments NONE = new Commitments(Map.of(), Map.of(), Map.of());

  /** One instance of a calendar event: [start, end), its summary, and where it was read ({@code file:line}). */
  public record Event(Instant start, Instant end, String summary, String source) {
    public Event {
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("an event must end after it starts: " + start + " " + end);
      }
    }

    /** Whether [s, e) overlaps this; back to back (end == start) does not. */
    public boolean overlaps(Instant s, Instant e) {
      return s.isBefore(end) && start.isBefore(e);
    }
  }

  public Commitments {
    busy = sortedCopy(busy);
    oneOffs = sortedCopy(oneOffs);
    Map<String, Map<LocalDate, String>> off = new LinkedHashMap<>();
    daysOff.forEach((p, dates) -> off.put(p, java.util.Collections.unmodifiableMap(new TreeMap<>(dates))));
    daysOff = java.util.Collections.unmodifiableMap(off);
  }

  private static Map<String, List<Event>> sortedCopy(Map<String, List<Event>> in) {
    Map<String, List<Event>> out = new LinkedHashMap<>();
    in.forEach((p, events) -> {
      List<Event> l = new ArrayList<>(events);
      l.sort(Comparator.comparing(Event::start).thenComparing(Event::end));
      out.put(p, List.copyOf(l));
    });
    return java.util.Collections.unmodifiableMap(out);
  }

  public boolean isEmpty() {
    return busy.values().stream().allMatch(List::isEmpty) && oneOffs.values().stream().allMatch(List::isEmpty)
        && daysOff.values().stream().allMatch(Map::isEmpty);
  }

  /** The person's busy time, sorted by start. */
  public List<Event> busy(String person) {
    return busy.getOrDefault(person, List.of());
  }

  /** The person's one-off events, sorted by start. */
  public List<Event> oneOffs(String person) {
    return oneOffs.getOrDefault(person, List.of());
  }

  /** The person's days off (local dates) with the summary of the event that makes each one off. */
  public Map<LocalDate, String> daysOff(String person) {
    return daysOff.getOrDefault(person, Map.of());
  }

  /** The first busy event of {@code person} that [start, end) overlaps, or null (H7). */
  public Event busyDuring(String person, Instant start, Instant end) {
    return first(busy(person), start, end);
  }

  /** The first one-off event of {@code person} that [start, end) overlaps, or null. */
  public Event oneOffDuring(String person, Instant start, Instant end) {
    return first(oneOffs(person), start, end);
  }

  private static Event first(List<Event> sorted, Instant start, Instant end) {
    for (Event e : sorted) {
      if (!e.start().isBefore(end)) {
        return null;
      }
      if (e.overlaps(start, end)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Why {@code p} misses an occurrence that starts at {@code start}: the summary of the day off on the
   * local date it starts on in p's zone, or null when p attends.
   */
  public String missedBecause(Person p, Instant start) {
    Map<LocalDate, String> off = daysOff(p.id());
    return off.isEmpty() ? null : off.get(start.atZone(p.zone()).toLocalDate());
  }
}
