package dev.meetpack.cli;

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

  /** "10s", "500ms", "2m", "1m30s", "1h" or a bare number of seconds. */
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
      Duration d = Duration.ZERO;
      if (m.group(1) != null) {
        d = d.plusHours(Long.parseLong(m.group(1)));
      }
      if (m.group(2) != null) {
        d = d.plusMinutes(Long.parseLong(m.group(2)));
      }
      if (m.group(3) != null) {
        d = d.plusNanos(Math.round(Double.parseDouble(m.group(3)) * 1e9));
      }
      if (m.group(4) != null) {
        d = d.plusMillis(Long.parseLong(m.group(4)));
      }
      if (d.isZero()) {
        throw new TypeConversionException("the time limit must be positive, got '" + value + "'");
      }
      return d;
    }
  }
}
