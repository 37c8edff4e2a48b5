package dev.meetpack.score;

import dev.meetpack.model.Weights;

/**
 * What one person's meetings on one local date add up to: the count, and the hulls of the morning
 * and evening parts (gaps between off-hours meetings count, so only first start and last end matter).
 * Mutable; the search keeps the same numbers in arrays and shares {@link #cost(Weights, int, int)}.
 */
public final class DayTally {
  public static final int NONE = -1;
  int count;
  int morningStart = NONE;
  int morningEnd = NONE;
  int eveningStart = NONE;
  int eveningEnd = NONE;

  public void add(int[] morning, int[] evening) {
    count++;
    if (morning != null) {
      morningStart = morningStart == NONE ? morning[0] : Math.min(morningStart, morning[0]);
      morningEnd = morningEnd == NONE ? morning[1] : Math.max(morningEnd, morning[1]);
    }
    if (evening != null) {
      eveningStart = eveningStart == NONE ? evening[0] : Math.min(eveningStart, evening[0]);
      eveningEnd = eveningEnd == NONE ? evening[1] : Math.max(eveningEnd, evening[1]);
    }
  }

  public int morningSpan() {
    return morningStart == NONE ? 0 : morningEnd - morningStart;
  }

  public int eveningSpan() {
    return eveningStart == NONE ? 0 : eveningEnd - eveningStart;
  }

  public int count() {
    return count;
  }

  public long cost(Weights w) {
    return cost(w, count, morningSpan() + eveningSpan());
  }

  /** SPEC section 3 for one (person, date): meetingDay, offHoursDay if any span, and the span minutes. */
  public static long cost(Weights w, int count, int offHoursMinutes) {
    if (count == 0) {
      return 0;
    }
    return w.meetingDay() + (offHoursMinutes > 0 ? w.offHoursDay() : 0) + (long) w.offHoursMinute() * offHoursMinutes;
  }
}
