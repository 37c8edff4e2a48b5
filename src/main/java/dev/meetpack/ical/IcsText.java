package dev.meetpack.ical;

import dev.meetpack.io.InputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lines of a calendar file, cut into the blocks meetpack reads. ical4j's builder, even with all
 * its relaxed settings (see {@link IcsReader}), fails a whole file on shapes that other readers
 * accept (LF-only files with folded lines, a quoted multi-value DELEGATED-TO, a TZID with a colon, one
 * bad date), and builds a 10 MB file slowly. So the file is unfolded and its VEVENTs' content lines
 * are read here, line numbers kept; ical4j reads the VTIMEZONEs and generates the recurrences.
 */
final class IcsText {
  /** Larger files are refused; 16 MiB holds years of a busy person's calendar. */
  static final int MAX_BYTES = 16 << 20;

  /**
   * The properties meetpack reads. The others (and nested VALARMs) are not even parsed, so a malformed
   * CREATED, DTSTAMP, TRIGGER or IMAGE;DISPLAY=... cannot cost an event that does not need it.
   */
  private static final Set<String> READ = Set.of("UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "RRULE",
      "RDATE", "EXDATE", "RECURRENCE-ID", "STATUS", "SEQUENCE", "ATTENDEE", "ORGANIZER");

  private static final Set<String> DATES = Set.of("DTSTART", "DTEND", "RDATE", "EXDATE", "RECURRENCE-ID");

  /** A logical (unfolded) line and the number of the physical line it starts on. */
  record Line(int number, String text) {}

  /** A property: the line it starts on, its name and parameter names in upper case, its raw value. */
  record Property(int line, String name, Map<String, String> params, String value) {
    Optional<String> param(String key) {
      return Optional.ofNullable(params.get(key));
    }
  }

  /** A VEVENT: the line of its BEGIN and the properties it keeps. */
  record Event(int line, List<Property> properties) {
    Optional<Property> first(String name) {
      return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    List<Property> all(String name) {
      return properties.stream().filter(p -> p.name().equals(name)).toList();
    }
  }

  record Parsed(List<Line> timezones, List<Event> events, String wrTimezone) {}

  /** Thrown for a file that cannot be read as a calendar at all; the message is the whole error line. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  private IcsText() {}

  static String read(Path file) throws Unreadable, IOException {
    byte[] bytes;
    try {
      bytes = InputFiles.readAtMost(file, MAX_BYTES);
    } catch (InputFiles.NotRegularFile e) {
      throw new Unreadable(file + ":0:0: error: not a regular file");
    } catch (NoSuchFileException e) {
      throw new Unreadable(file + ":0:0: error: no such file");
    }
    if (bytes.length > MAX_BYTES) {
      throw new Unreadable(file + ":0:0: error: calendar file larger than " + (MAX_BYTES >> 20) + " MiB");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static Parsed parse(Path file, String text) throws Unreadable {
    List<Line> lines = unfold(text);
    String first = lines.isEmpty() ? "" : lines.get(0).text().strip().toUpperCase(Locale.ROOT);
    if (!first.startsWith("BEGIN:")) {
      throw new Unreadable(file + ":" + (lines.isEmpty() ? 1 : lines.get(0).number())
          + ":1: error: not an iCalendar file (it does not begin with BEGIN:VCALENDAR)");
    }
    List<Line> timezones = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    String wrTimezone = null;
    // The component names from VCALENDAR down to the current line.
    List<String> stack = new ArrayList<>();
    if (!first.equals("BEGIN:VCALENDAR")) {
      // A bare VEVENT, or events inside a component of some other name (as python-icalendar reads
      // them): as if inside a VCALENDAR.
      stack.add("VCALENDAR");
    }
    List<Property> event = null;
    int eventLine = 0;
    // The depth of the open VEVENT's own lines; events are read at any depth, but not inside another.
    int eventDepth = 0;
    for (Line l : lines) {
      String upper = l.text().toUpperCase(Locale.ROOT);
      boolean begin = upper.startsWith("BEGIN:");
      boolean end = upper.startsWith("END:");
      if (begin) {
        String name = upper.substring(6).strip();
        stack.add(name);
        if (event == null && name.equals("VEVENT") && !stack.contains("VTIMEZONE")) {
          event = new ArrayList<>();
          eventLine = l.number();
          eventDepth = stack.size();
        }
      }
      boolean inTimezone = stack.size() >= 2 && stack.get(1).equals("VTIMEZONE");
      if (inTimezone) {
        timezones.add(l);
      } else if (!begin && !end && event != null && stack.size() == eventDepth && READ.contains(name(upper))) {
        event.add(property(l));
      } else if (!begin && !end && stack.size() == 1 && name(upper).equals("X-WR-TIMEZONE")) {
        wrTimezone = value(l.text()).strip();
      }
      if (end) {
        // An END without its BEGIN is ignored; an END closes whatever was left open inside it.
        int at = stack.lastIndexOf(upper.substring(4).strip());
        if (at >= 0) {
          if (event != null && at < eventDepth) {
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

  /**
   * A content line read into its name, parameters and value. A quoted multi-value parameter
   * ({@code DELEGATED-TO="mailto:a","mailto:b"}) keeps its values joined by commas, without quotes;
   * a TZID with an unquoted colon ({@code TZID=tzone://Microsoft/Utc}) is read whole, because a
   * date value holds no colon: for date properties the value begins after the last one.
   */
  static Property property(Line l) {
    String t = l.text();
    String name = name(t);
    int i = nameEnd(t);
    int valueAt = DATES.contains(name) ? t.lastIndexOf(':') : -1;
    Map<String, String> params = new HashMap<>();
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
      params.put(key, value.toString());
      i = j;
    }
    String value = i < t.length() && t.charAt(i) == ':' ? t.substring(i + 1) : "";
    return new Property(l.number(), name, params, value);
  }

  private static int nameEnd(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) != ';' && line.charAt(i) != ':') {
      i++;
    }
    return i;
  }

  /** A TEXT value (RFC 5545 3.3.11) without its escapes. */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char n = value.charAt(++i);
        out.append(n == 'n' || n == 'N' ? '\n' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The property name of a content line: up to the first ';' or ':'. */
  static String name(String line) {
    return line.substring(0, nameEnd(line)).strip().toUpperCase(Locale.ROOT);
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
