package dev.meetpack.score;

import dev.meetpack.model.Weights;
import java.util.List;

/**
 * One person's load over the horizon. Counts and minutes are horizon totals; reports divide by the
 * number of weeks. {@code latestEnd}/{@code earliestStart} are local minutes, -1 when there are no meetings.
 */
public record PersonFigures(
    String personId,
    int occurrences,
    int meetingDays,
    int evenings,
    int eveningMinutes,
    int mornings,
    int morningMinutes,
    int offHoursDays,
    int latestEnd,
    int earliestStart,
    int outsideAvailable,
    long cost,
    List<WeekFigures> byWeek) {

  public PersonFigures {
    byWeek = List.copyOf(byWeek);
  }

  /** The off-hours part of this person's cost (SPEC 3a's burden) over the horizon; meeting days are no burden. */
  public long burden(Weights w) {
    return (long) w.offHoursDay() * offHoursDays + (long) w.offHoursMinute() * (eveningMinutes + morningMinutes);
  }

  /** The same figures restricted to one horizon week (dates are assigned to the week of their first occurrence). */
  public record WeekFigures(int week, int occurrences, int meetingDays, int evenings, int eveningMinutes,
      int mornings, int morningMinutes, long cost) {}
}
