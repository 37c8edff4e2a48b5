package dev.meetpack.model;

import java.time.DayOfWeek;
import java.util.Objects;

/** Where a meeting goes: weekday and local minute in its anchor zone, and the phase (0 or 1) of a biweekly meeting. */
public record Placement(DayOfWeek day, int minute, int phase) {
  public Placement {
    Objects.requireNonNull(day, "day");
    if (minute < 0 || minute >= Window.DAY) {
      throw new IllegalArgumentException("minute out of range: " + minute);
    }
    if (phase < 0 || phase > 1) {
      throw new IllegalArgumentException("phase must be 0 or 1: " + phase);
    }
  }

  @Override
  public String toString() {
    return Times.shortDay(day) + " " + Times.hhmm(minute) + (phase == 0 ? "" : " (odd weeks)");
  }
}
