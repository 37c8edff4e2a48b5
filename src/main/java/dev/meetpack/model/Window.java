package dev.meetpack.model;

/**
 * A daily window of local time, half-open: [start, end) in minutes after local midnight.
 * {@code end} may be 1440 (24:00).
 */
public record Window(int start, int end) {
  public static final int DAY = 24 * 60;

  public Window {
    if (start < 0 || end > DAY || start >= end) {
      throw new IllegalArgumentException("window must satisfy 0 <= start < end <= 24:00, got " + start + ".." + end);
    }
  }

  public boolean contains(int from, int to) {
    return start <= from && to <= end;
  }

  /** Parses "HH:MM-HH:MM"; throws IllegalArgumentException with a user-facing message. */
  public static Window parse(String text) {
    String[] parts = text.trim().split("\\s*-\\s*");
    if (parts.length != 2) {
      throw new IllegalArgumentException("expected a window \"HH:MM-HH:MM\", got \"" + text + "\"");
    }
    int s = Times.parseMinute(parts[0], false);
    int e = Times.parseMinute(parts[1], true);
    if (s >= e) {
      throw new IllegalArgumentException("window \"" + text + "\" must start before it ends");
    }
    return new Window(s, e);
  }

  @Override
  public String toString() {
    return Times.hhmm(start) + "-" + Times.hhmm(end);
  }
}
