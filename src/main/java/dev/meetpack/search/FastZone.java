package dev.meetpack.search;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A zone's offsets over a bounded range as plain numbers, so that the search model can convert
 * hundreds of thousands of candidate times without allocating. Epoch minutes throughout; resolves
 * local times exactly as {@link java.time.ZonedDateTime#of} does (a gap moves later by its length,
 * an overlap takes the earlier offset). Tests hold it equal to java.time.
 */
final class FastZone {
  private final long[] at;
  private final int[] before;
  private final int[] after;
  private final int initial;

  FastZone(ZoneId zone, Instant from, Instant to) {
    ZoneRules rules = zone.getRules();
    initial = minutes(rules.getOffset(from));
    List<ZoneOffsetTransition> ts = new ArrayList<>();
    for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
        t = rules.nextTransition(t.getInstant())) {
      ts.add(t);
    }
    at = new long[ts.size()];
    before = new int[ts.size()];
    after = new int[ts.size()];
    for (int i = 0; i < ts.size(); i++) {
      at[i] = ts.get(i).getInstant().getEpochSecond() / 60;
      before[i] = minutes(ts.get(i).getOffsetBefore());
      after[i] = minutes(ts.get(i).getOffsetAfter());
    }
  }

  /** Whether every offset in range is a whole number of minutes (true for every zone in use today). */
  static boolean supported(ZoneId zone, Instant from, Instant to) {
    ZoneRules rules = zone.getRules();
    if (rules.getOffset(from).getTotalSeconds() % 60 != 0) {
      return false;
    }
    for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
        t = rules.nextTransition(t.getInstant())) {
      if (t.getOffsetAfter().getTotalSeconds() % 60 != 0 || t.getInstant().getEpochSecond() % 60 != 0) {
        return false;
      }
    }
    return true;
  }

  private static int minutes(ZoneOffset o) {
    return o.getTotalSeconds() / 60;
  }

  /** The offset in force at a UTC epoch minute. */
  int offsetAt(long utcMinute) {
    int offset = initial;
    for (int i = 0; i < at.length && at[i] <= utcMinute; i++) {
      offset = after[i];
    }
    return offset;
  }

  /** The UTC epoch minute of a local epoch minute. */
  long toUtc(long localMinute) {
    for (int i = 0; i < at.length; i++) {
      long localBefore = at[i] + before[i];
      long localAfter = at[i] + after[i];
      boolean gap = after[i] > before[i] && localMinute >= localBefore && localMinute < localAfter;
      boolean overlap = after[i] < before[i] && localMinute >= localAfter && localMinute < localBefore;
      if (gap || overlap) {
        return localMinute - before[i];
      }
    }
    int guess = offsetAt(localMinute - initial);
    if (offsetAt(localMinute - guess) == guess) {
      return localMinute - guess;
    }
    for (int offset : after) {
      if (offsetAt(localMinute - offset) == offset) {
        return localMinute - offset;
      }
    }
    return localMinute - initial;
  }
}
