package dev.meetpack.score;

import dev.meetpack.model.Person;
import dev.meetpack.model.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** An interval of one local date, [start, end) in minutes after local midnight; end may be 1440. */
public record LocalSpan(LocalDate date, int start, int end) {

  /**
   * The local view of [from, to) in {@code zone} when it starts and ends on one local date (an end at
   * exactly 24:00 belongs to the start's date); null otherwise.
   */
  public static LocalSpan of(ZoneId zone, Instant from, Instant to) {
    ZonedDateTime s = from.atZone(zone);
    ZonedDateTime e = to.atZone(zone);
    LocalDate date = s.toLocalDate();
    int start = minuteOfDay(s);
    int end;
    if (e.toLocalDate().equals(date)) {
      end = minuteOfDay(e);
    } else if (e.toLocalDate().equals(date.plusDays(1)) && minuteOfDay(e) == 0 && e.getSecond() == 0) {
      end = Window.DAY;
    } else {
      return null;
    }
    // Inside a DST fold the wall clock can run backwards; such a span is not a plain local interval.
    return end > start ? new LocalSpan(date, start, end) : null;
  }

  /** [from, to) cut at local midnights into one span per local date (for calendars that cross midnight). */
  public static List<LocalSpan> split(ZoneId zone, Instant from, Instant to) {
    List<LocalSpan> out = new ArrayList<>();
    Instant cursor = from;
    while (cursor.isBefore(to)) {
      ZonedDateTime s = cursor.atZone(zone);
      Instant midnight = s.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
      Instant segEnd = midnight.isBefore(to) ? midnight : to;
      LocalSpan span = of(zone, cursor, segEnd);
      if (span != null) {
        out.add(span);
      }
      cursor = segEnd;
    }
    return out;
  }

  private static int minuteOfDay(ZonedDateTime t) {
    return t.getHour() * 60 + t.getMinute();
  }

  /**
   * Overlap with [start of the day, work start): the morning part, or null. The whole day counts, not
   * only {@code available} (SPEC section 3): a 04:00 call in an imported calendar is a morning; a
   * scheduled occurrence lies inside {@code available} (H2), so for it the two agree.
   */
  public int[] morning(Person p) {
    return overlap(0, p.work().start());
  }

  /** Overlap with [work end, end of the day): the evening part, or null. */
  public int[] evening(Person p) {
    return overlap(p.work().end(), Window.DAY);
  }

  private int[] overlap(int from, int to) {
    int s = Math.max(start, from);
    int e = Math.min(end, to);
    return s < e ? new int[] {s, e} : null;
  }
}
