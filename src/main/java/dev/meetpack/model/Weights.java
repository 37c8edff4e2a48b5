package dev.meetpack.model;

/** The cost weights of SPEC section 3; all non-negative. */
public record Weights(int offHoursDay, int offHoursMinute, int meetingDay) {
  public static final Weights DEFAULT = new Weights(60, 1, 30);

  public Weights {
    if (offHoursDay < 0 || offHoursMinute < 0 || meetingDay < 0) {
      throw new IllegalArgumentException("weights must be non-negative");
    }
  }
}
