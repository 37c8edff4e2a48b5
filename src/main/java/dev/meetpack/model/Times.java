package dev.meetpack.model;

import java.time.DayOfWeek;
import java.util.Locale;

/** Parsing and printing of the small time values used in configs and reports. */
public final class Times {
  private Times() {}

  /** "HH:MM" to minutes after midnight; "24:00" only when {@code allowEndOfDay}. */
  public static int parseMinute(String text, boolean allowEndOfDay) {
    String t = text.trim();
    if (!t.matches("\\d{1,2}:\\d{2}")) {
      throw new IllegalArgumentException("expected a time \"HH:MM\", got \"" + text + "\"");
    }
    int colon = t.indexOf(':');
    int h = Integer.parseInt(t.substring(0, colon));
    int m = Integer.parseInt(t.substring(colon + 1));
    if (m > 59 || h > 24 || (h == 24 && (m != 0 || !allowEndOfDay))) {
      throw new IllegalArgumentException("\"" + text + "\" is not a valid time of day"
          + (allowEndOfDay ? " (00:00 to 24:00)" : " (00:00 to 23:59)"));
    }
    return h * 60 + m;
  }

  public static String hhmm(int minute) {
    return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
  }

  /** MON..SUN or full names, case-insensitive. */
  public static DayOfWeek parseDay(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (t.equals(d.name()) || t.equals(d.name().substring(0, 3))) {
        return d;
      }
    }
    throw new IllegalArgumentException("\"" + text + "\" is not a weekday (MON..SUN)");
  }

  public static String shortDay(DayOfWeek day) {
    String n = day.name();
    return n.charAt(0) + n.substring(1, 3).toLowerCase(Locale.ROOT);
  }

  /** Minutes as a duration, e.g. 90 -> "1h30m", 45 -> "45m", 120 -> "2h". */
  public static String duration(int minutes) {
    int h = minutes / 60;
    int m = minutes % 60;
    if (h == 0) {
      return m + "m";
    }
    return m == 0 ? h + "h" : h + "h" + m + "m";
  }

  /** "45m", "1h", "1h30m" or a bare integer of minutes. */
  public static int parseDuration(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?").matcher(t);
    if (t.matches(".*\\d{7,}.*")) {
      // Keeps the arithmetic below inside int: the loader refuses anything over 8h anyway.
      throw new IllegalArgumentException("\"" + text + "\" has too many digits for a duration (at most 8h)");
    }
    if (t.matches("\\d+")) {
      return Integer.parseInt(t);
    }
    if (t.isEmpty() || !m.matches()) {
      throw new IllegalArgumentException("expected a duration such as \"45m\", \"1h\" or \"1h30m\", got \"" + text + "\"");
    }
    int h = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return h * 60 + min;
  }
}
