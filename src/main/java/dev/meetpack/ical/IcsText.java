package dev.meetpack.ical;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lines of a calendar file, cut into the blocks meetpack reads. ical4j's relaxed settings do not
 * cover every export seen in the wild (LF-only files with folded lines, blank lines between
 * components, one bad property failing the whole file), so the file is unfolded here, line numbers
 * kept, and each VEVENT handed to ical4j on its own: a broken event costs only itself.
 */
final class IcsText {
  /** Larger files are refused; 16 MiB holds years of a busy person's calendar. */
  static final int MAX_BYTES = 16 << 20;

  /**
   * The properties meetpack reads. Dropping the others (and nested VALARMs) before parsing means a
   * malformed CREATED, DTSTAMP, TRIGGER or IMAGE;DISPLAY=... cannot cost an event it does not need.
   */
  private static final Set<String> READ = Set.of("UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "RRULE",
      "RDATE", "EXDATE", "RECURRENCE-ID", "STATUS", "TRANSP", "ATTENDEE", "ORGANIZER");

  private static final Set<String> DATES = Set.of("DTSTART", "DTEND", "RDATE", "EXDATE", "RECURRENCE-ID");

  /** A logical (unfolded) line and the number of the physical line it starts on. */
  record Line(int number, String text) {}

  /** A VEVENT: the line of its BEGIN and the properties it keeps. */
  record Event(int line, List<Line> properties) {}

  record Parsed(List<Line> timezones, List<Event> events, String wrTimezone) {}

  /** Thrown for a file that cannot be read as a calendar at all; the message is the whole error line. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  private IcsText() {}

  static String read(Path file) throws Unreadable, IOException {
    // A FIFO or a device never ends: only regular files, and never more than the limit plus one byte.
    if (!Files.isRegularFile(file)) {
      throw new Unreadable(file + ":0:0: error: " + (Files.exists(file) ? "not a regular file" : "no such file"));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new Unreadable(file + ":0:0: error: calendar file larger than " + (MAX_BYTES >> 20) + " MiB");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static Parsed parse(Path file, String text) throws Unreadable {
    List<Line> lines = unfold(text);
    if (lines.isEmpty() || !lines.get(0).text().strip().equalsIgnoreCase("BEGIN:VCALENDAR")) {
      throw new Unreadable(file + ":" + (lines.isEmpty() ? 1 : lines.get(0).number())
          + ":1: error: not an iCalendar file (it does not begin with BEGIN:VCALENDAR)");
    }
    List<Line> timezones = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    String wrTimezone = null;
    // The component names from VCALENDAR down to the current line.
    List<String> stack = new ArrayList<>();
    List<Line> event = null;
    int eventLine = 0;
    for (Line l : lines) {
      String upper = l.text().toUpperCase(Locale.ROOT);
      boolean begin = upper.startsWith("BEGIN:");
      boolean end = upper.startsWith("END:");
      if (begin) {
        String name = upper.substring(6).strip();
        stack.add(name);
        if (stack.size() == 2 && name.equals("VEVENT")) {
          event = new ArrayList<>();
          eventLine = l.number();
        }
      }
      boolean inTimezone = stack.size() >= 2 && stack.get(1).equals("VTIMEZONE");
      if (inTimezone) {
        timezones.add(l);
      } else if (!begin && !end && stack.size() == 2 && event != null && READ.contains(name(upper))) {
        event.add(kept(l));
      } else if (!begin && !end && stack.size() == 1 && name(upper).equals("X-WR-TIMEZONE")) {
        wrTimezone = value(l.text()).strip();
      }
      if (end) {
        // An END without its BEGIN is ignored; an END closes whatever was left open inside it.
        int at = stack.lastIndexOf(upper.substring(4).strip());
        if (at >= 0) {
          if (at <= 1 && event != null) {
            events.add(new Event(eventLine, event));
            event = null;
          }
          stack.subList(at, stack.size()).clear();
        }
      }
    }
    return new Parsed(timezones, events, wrTimezone);
  }

  /** CRLF, LF or CR line ends; a line starting with a space or tab continues the one before; blank lines dropped. */
  static List<Line> unfold(String text) {
    List<Line> out = new ArrayList<>();
    StringBuilder current = null;
    int currentNumber = 0;
    int number = 0;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    while (i <= text.length()) {
      int end = i;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      number++;
      boolean continuation = end > i && (text.charAt(i) == ' ' || text.charAt(i) == '\t');
      if (continuation && current != null) {
        current.append(text, i + 1, end);
      } else if (end > i && !text.substring(i, end).isBlank()) {
        if (current != null) {
          out.add(new Line(currentNumber, current.toString()));
        }
        current = new StringBuilder(text.substring(i, end));
        currentNumber = number;
      }
      if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
        end++;
      }
      i = end + 1;
    }
    if (current != null) {
      out.add(new Line(currentNumber, current.toString()));
    }
    return out;
  }

  /** The parameters meetpack reads; the others are dropped with the property's unread parts. */
  private static final Set<String> PARAMETERS = Set.of("TZID", "VALUE", "RANGE", "PARTSTAT", "ROLE");

  /**
   * The line with only the parameters meetpack reads, quoted where they must be. ical4j misreads a quoted
   * multi-value parameter ({@code DELEGATED-TO="mailto:a","mailto:b"}) into the value, and a TZID
   * with an unquoted colon ({@code TZID=tzone://Microsoft/Utc}) ends the parameters early: a date
   * value holds no colon, so for date properties the value begins after the last one.
   */
  static Line keepParameters(Line l) {
    String t = l.text();
    String name = name(t);
    int i = name.length();
    int valueAt = DATES.contains(name) ? t.lastIndexOf(':') : -1;
    StringBuilder out = new StringBuilder(t.substring(0, i));
    while (i < t.length() && t.charAt(i) == ';' && i != valueAt) {
      int eq = t.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String key = t.substring(i + 1, eq).strip().toUpperCase(Locale.ROOT);
      StringBuilder value = new StringBuilder();
      int j = eq + 1;
      boolean quoted = false;
      while (j < t.length()) {
        char c = t.charAt(j);
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && (c == ';' || (c == ':' && (valueAt < 0 || j == valueAt)))) {
          break;
        } else {
          value.append(c);
        }
        j++;
      }
      if (PARAMETERS.contains(key)) {
        String v = value.toString();
        boolean quote = v.indexOf(':') >= 0 || v.indexOf(';') >= 0 || v.indexOf(',') >= 0;
        out.append(';').append(key).append('=').append(quote ? '"' + v + '"' : v);
      }
      i = j;
    }
    return i < t.length() && t.charAt(i) == ':' ? new Line(l.number(), out + t.substring(i)) : l;
  }

  /**
   * Date and recurrence properties go to ical4j under an X- name, so it keeps their text as it is:
   * ical4j parses them as it builds, and one odd value (an unknown TZID, {@code RDATE:20131210Z},
   * {@code FREQ=SOMETIMES}) would cost the whole event and name a line of ical4j's input, not the file's.
   */
  static final String RAW = "X-MEETPACK-";

  private static final Set<String> OWN = Set.of("DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE",
      "RECURRENCE-ID");

  private static Line kept(Line l) {
    Line k = keepParameters(l);
    return OWN.contains(name(k.text())) ? new Line(k.number(), RAW + k.text().strip()) : k;
  }

  /** The property name of a content line: up to the first ';' or ':'. */
  static String name(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) != ';' && line.charAt(i) != ':') {
      i++;
    }
    return line.substring(0, i).strip().toUpperCase(Locale.ROOT);
  }

  /** The value of a content line: after the first ':' outside quotes. */
  static String value(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ':' && !quoted) {
        return line.substring(i + 1);
      }
    }
    return "";
  }
}
