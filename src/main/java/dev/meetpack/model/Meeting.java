package dev.meetpack.model;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A recurring meeting. {@code attendees} are the required people (groups already expanded, in config
 * order); {@code period} is 1 (weekly) or 2 (biweekly). {@code pinDay}/{@code pinMinute} are both null
 * or both set; {@code pinPhase} is null unless the phase is pinned.
 */
public record Meeting(
    String id,
    String title,
    List<String> attendees,
    List<String> optional,
    int duration,
    int period,
    Set<DayOfWeek> days,
    boolean withinWork,
    ZoneId zone,
    DayOfWeek pinDay,
    Integer pinMinute,
    Integer pinPhase,
    String link) {

  public Meeting {
    Objects.requireNonNull(id, "id");
    title = title == null ? id : title;
    attendees = List.copyOf(attendees);
    optional = List.copyOf(optional);
    Objects.requireNonNull(zone, "zone of " + id);
    if (period != 1 && period != 2) {
      throw new IllegalArgumentException("period must be 1 or 2: " + period);
    }
    if (duration < 5 || duration > 8 * 60 || duration % 5 != 0) {
      throw new IllegalArgumentException("duration of " + id + " must be 5m..8h in steps of 5m: " + duration);
    }
    if ((pinDay == null) != (pinMinute == null)) {
      throw new IllegalArgumentException("pin of " + id + " needs both day and time");
    }
    if (pinPhase != null && period != 2) {
      throw new IllegalArgumentException("only a biweekly meeting has a phase: " + id);
    }
    days = java.util.Collections.unmodifiableSet(
        days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days));
  }

  public boolean pinned() {
    return pinDay != null;
  }

  public boolean biweekly() {
    return period == 2;
  }
}
