package dev.meetpack.model;

/** The cost weights of SPEC section 3; all non-negative. {@code move} prices a meeting moved from the baseline. */
public record Weights(int offHoursDay, int offHoursMinute, int meetingDay, int move) {
  public static final Weights DEFAULT = new Weights(60, 1, 30, 60);

  public Weights {
    if (offHoursDay < 0 || offHoursMinute < 0 || meetingDay < 0 || move < 0) {
      throw new IllegalArgumentException("weights must be non-negative");
    }
  }

  /** The day weights with the default move weight. */
  public Weights(int offHoursDay, int offHoursMinute, int meetingDay) {
    this(offHoursDay, offHoursMinute, meetingDay, DEFAULT_MOVE);
  }

  private static final int DEFAULT_MOVE = 60;
}
