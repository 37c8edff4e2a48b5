package dev.meetpack.ical;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.TimeZoneRegistry;

/**
 * What a TZID means. Exports name zones in many ways: IANA ids, Windows names with or without a
 * VTIMEZONE (Outlook, Exchange), ids inside longer strings ({@code /freeassociation.sourceforge.net/Tzfile/Europe/London},
 * {@code tzone://Microsoft/Utc}). An IANA id is read as the JDK knows it; otherwise the file's own
 * VTIMEZONE; otherwise a Windows name or an id found inside the string.
 */
final class Zones {
  private static final Map<String, String> WINDOWS = windows();
  private static final Map<String, String> IANA = new HashMap<>();

  static {
    for (String id : ZoneId.getAvailableZoneIds()) {
      IANA.put(id.toLowerCase(Locale.ROOT), id);
    }
  }

  private final Map<String, ZoneId> defined = new HashMap<>();
  final List<String> problems = new ArrayList<>();

  /** Reads the VTIMEZONE blocks (their lines, BEGIN to END); one that ical4j cannot read is noted and skipped. */
  Zones(List<IcsText.Line> timezoneLines) {
    List<List<IcsText.Line>> blocks = new ArrayList<>();
    for (IcsText.Line l : timezoneLines) {
      if (l.text().regionMatches(true, 0, "BEGIN:VTIMEZONE", 0, 15)) {
        blocks.add(new ArrayList<>());
      }
      if (!blocks.isEmpty()) {
        blocks.get(blocks.size() - 1).add(l);
      }
    }
    for (List<IcsText.Line> block : blocks) {
      String tzid = block.stream().filter(l -> IcsText.name(l.text()).equals("TZID")).map(l -> IcsText.value(l.text()))
          .findFirst().orElse(null);
      if (tzid == null || known(tzid) != null) {
        continue;
      }
      StringBuilder cal = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//meetpack//reader//EN\r\n");
      block.forEach(l -> cal.append(l.text()).append("\r\n"));
      cal.append("END:VCALENDAR\r\n");
      try {
        CalendarBuilder builder = new CalendarBuilder();
        builder.build(new StringReader(cal.toString()));
        TimeZoneRegistry registry = builder.getRegistry();
        defined.put(tzid, registry.getZoneId(tzid));
      } catch (IOException | ParserException | RuntimeException e) {
        problems.add("line " + block.get(0).number() + ": VTIMEZONE " + tzid + " could not be read; the TZID is "
            + "read by its name");
      }
    }
  }

  /** The zone of a TZID, or null when nothing in it names one. */
  ZoneId of(String tzid) {
    String id = tzid.strip();
    if (id.length() > 1 && id.startsWith("\"") && id.endsWith("\"")) {
      id = id.substring(1, id.length() - 1);
    }
    ZoneId z = known(id);
    if (z != null) {
      return z;
    }
    if (defined.containsKey(id)) {
      return defined.get(id);
    }
    String windows = WINDOWS.get(id.toLowerCase(Locale.ROOT));
    if (windows != null) {
      return ZoneId.of(windows);
    }
    // The longest tail of the string's path segments that is a zone id: Tzfile/Europe/London -> Europe/London.
    String[] parts = id.split("/");
    for (int n = Math.min(3, parts.length); n >= 1; n--) {
      String tail = String.join("/", List.of(parts).subList(parts.length - n, parts.length));
      String found = IANA.get(tail.toLowerCase(Locale.ROOT));
      if (found == null) {
        found = WINDOWS.get(tail.toLowerCase(Locale.ROOT));
      }
      if (found != null) {
        return ZoneId.of(found);
      }
    }
    return null;
  }

  private static ZoneId known(String id) {
    if (!id.contains("/") && !id.equalsIgnoreCase("UTC") && !id.equalsIgnoreCase("GMT")) {
      return null;
    }
    String found = IANA.get(id.toLowerCase(Locale.ROOT));
    try {
      return found == null ? null : ZoneId.of(found);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Map<String, String> windows() {
    Properties p = new Properties();
    try (InputStream in = Zones.class.getResourceAsStream("windows-zones.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> out = new HashMap<>();
    p.forEach((k, v) -> out.put(((String) k).toLowerCase(Locale.ROOT), (String) v));
    return out;
  }
}
