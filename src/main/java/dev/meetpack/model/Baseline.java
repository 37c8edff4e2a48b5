package dev.meetpack.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A previous schedule to re-plan from ({@code schedule --baseline}, SPEC sections 3 and 5): for each
 * meeting id found in it, its placement there (in the meeting's anchor zone, phase counted from this
 * team's horizon start) and the SEQUENCE it was written with. Ids that are no longer in the config are
 * kept, so that reports can list them as removed. {@code keep} pins every meeting found.
 */
public record Baseline(String source, Map<String, Placement> placements, Map<String, Integer> sequences,
    boolean keep) {

  public static final Baseline NONE = new Baseline(null, Map.of(), Map.of(), false);

  public Baseline {
    placements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(placements));
    sequences = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sequences));
  }

  public boolean isEmpty() {
    return placements.isEmpty();
  }

  /** The meeting's baseline placement, or null when it is new. */
  public Placement of(String meetingId) {
    return placements.get(meetingId);
  }

  /** The SEQUENCE the meeting was last written with; 0 when it is new. */
  public int sequence(String meetingId) {
    return sequences.getOrDefault(meetingId, 0);
  }

  /** Whether the meeting has a baseline placement other than {@code p}. */
  public boolean moved(String meetingId, Placement p) {
    Placement b = placements.get(meetingId);
    return b != null && !b.equals(p);
  }
}
