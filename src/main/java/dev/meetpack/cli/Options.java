package dev.meetpack.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Options and parsers shared by the commands. */
final class Options {
  private Options() {}

  /** --time-limit, for every command that searches. */
  static final class TimeLimit {
    @picocli.CommandLine.Option(names = "--time-limit", paramLabel = "TIME", defaultValue = "10s",
        converter = DurationConverter.class,
        description = "Stop the search after TIME (e.g. 500ms, 10s, 2m; default: ${DEFAULT-VALUE}); schedule then "
            + "reports the best schedule found, its cost, the proved bound and the gap.")
    Duration value;
  }

  private static final Pattern DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+(?:\\.\\d+)?)s)?(?:(\\d+)ms)?");

  /** Nanoseconds per unit of the DURATION groups: h, m, s, ms. */
  private static final long[] UNIT_NANOS = {3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L};
  static final Duration MAX = Duration.ofDays(7);

  /** "10s", "500ms", "2m", "1m30s", "1h" or a bare number of seconds; at most {@link #MAX}. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase(java.util.Locale.ROOT);
      if (v.matches("\\d+(\\.\\d+)?")) {
        v = v + "s";
      }
      Matcher m = DURATION.matcher(v);
      if (v.isEmpty() || !m.matches()) {
        throw new TypeConversionException("'" + value + "' is not a duration such as 10s, 500ms, 2m or 1m30s");
      }
      BigDecimal nanos = BigDecimal.ZERO;
      for (int g = 1; g <= 4; g++) {
        if (m.group(g) != null) {
          nanos = nanos.add(new BigDecimal(m.group(g)).multiply(BigDecimal.valueOf(UNIT_NANOS[g - 1])));
        }
      }
      // The search adds the limit to System.nanoTime(): beyond a week of searching nobody waits, and the sum overflows.
      if (nanos.compareTo(BigDecimal.valueOf(MAX.toNanos())) > 0) {
        throw new TypeConversionException("'" + value + "' is longer than the longest time limit, 168h (one week)");
      }
      Duration d = Duration.ofNanos(nanos.setScale(0, RoundingMode.HALF_UP).longValueExact());
      if (d.isZero()) {
        throw new TypeConversionException("the time limit must be positive, got '" + value + "'");
      }
      return d;
    }
  }
}
