package dev.meetpack.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** A placement for every meeting, keyed by meeting id in config order. */
public record Schedule(Map<String, Placement> placements) {
  public Schedule {
    placements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(placements));
  }

  public Placement of(String meetingId) {
    Placement p = placements.get(meetingId);
    if (p == null) {
      throw new IllegalArgumentException("no placement for " + meetingId);
    }
    return p;
  }

  /** Every meeting at its pin (phase 0 unless pinned otherwise); null if some meeting is unpinned. */
  public static Schedule ofPins(Team team) {
    Map<String, Placement> m = new LinkedHashMap<>();
    for (Meeting meeting : team.meetings()) {
      if (!meeting.pinned()) {
        return null;
      }
      m.put(meeting.id(), new Placement(meeting.pinDay(), meeting.pinMinute(),
          meeting.pinPhase() == null ? 0 : meeting.pinPhase()));
    }
    return new Schedule(m);
  }
}
