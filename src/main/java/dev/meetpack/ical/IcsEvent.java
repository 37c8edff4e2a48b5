package dev.meetpack.ical;

import dev.meetpack.ical.IcsText.Property;
import dev.meetpack.model.Person;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One VEVENT, read into plain java.time values. The date values are read here, leniently: a TZID
 * without a VTIMEZONE or a value like {@code RDATE:20131210Z} costs a note, not the event.
 */
final class IcsEvent {
  /** Why an event is left out; the message ends the note "line N: event 'X' skipped: ...". */
  static final class Skip extends Exception {
    Skip(String message) {
      super(message);
    }
  }

  /** A date or date-time value: all-day values are local midnights in the zone they were read in. */
  record When(ZonedDateTime time, boolean date) {}

  /** An RDATE: a start, and an end when the value is a period. */
  record Extra(When start, ZonedDateTime end) {}

  private static final Pattern DATE_TIME = Pattern.compile("(\\d{8})(?:T(\\d{4})(\\d{2})?)?(Z)?");
  private static final Pattern DURATION = Pattern.compile(
      "([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
  private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

  final int line;
  String uid;
  String summary;
  boolean cancelled;
  /** SEQUENCE: of two versions of one event (or instance), the higher one is read. */
  int sequence;
  When start;
  /** The end of the first instance; instances after it last as long. */
  ZonedDateTime end;
  boolean floating;
  final List<String> rrules = new ArrayList<>();
  final List<Extra> rdates = new ArrayList<>();
  final List<When> exdates = new ArrayList<>();
  When recurrenceId;
  boolean thisAndFuture;
  final List<Person> people = new ArrayList<>();
  final Set<String> unknownZones = new LinkedHashSet<>();

  private IcsEvent(int line) {
    this.line = line;
  }

  /** Attendees and organizer matched by e-mail; the zone of a TZID (null: unknown); the zone of floating times. */
  static IcsEvent read(IcsText.Event v, Function<String, Optional<Person>> byAddress, Function<String, ZoneId> zones,
      ZoneId floatingZone) throws Skip {
    IcsEvent e = new IcsEvent(v.line());
    Values values = new Values(zones, floatingZone, e);
    e.uid = v.first("UID").map(p -> IcsText.text(p.value()).strip()).orElse(null);
    e.summary = v.first("SUMMARY").map(p -> IcsText.text(p.value())).orElse(null);
    e.sequence = v.first("SEQUENCE").map(p -> p.value().strip()).filter(t -> t.matches("\\d{1,9}"))
        .map(Integer::parseInt).orElse(0);
    e.cancelled = v.first("STATUS").map(p -> p.value().strip().equalsIgnoreCase("CANCELLED")).orElse(false);
    Property dtstart = v.first("DTSTART").orElseThrow(() -> new Skip("it has no DTSTART"));
    e.start = values.one(dtstart, null);
    Optional<Property> dtend = v.first("DTEND");
    Optional<Property> duration = v.first("DURATION");
    try {
      if (dtend.isPresent()) {
        e.end = values.one(dtend.get(), e.start).time();
      } else if (duration.isPresent()) {
        e.end = plus(e.start.time(), duration.get().value());
      } else {
        // RFC 5545 3.6.1: a date lasts one day, a date-time no time at all.
        e.end = e.start.date() ? e.start.time().plusDays(1) : e.start.time();
      }
    } catch (DateTimeException | ArithmeticException x) {
      // DURATION:P999999999999999999W: later than anything; clipped to the evaluated weeks anyway.
      e.end = e.start.time().plusYears(10_000);
    }
    if (e.end.isBefore(e.start.time())) {
      throw new Skip((dtend.isPresent() ? "DTEND" : "DURATION") + " ends before DTSTART");
    }
    for (Property p : v.all("RRULE")) {
      if (!p.value().isBlank()) {
        e.rrules.add(p.value().strip());
      }
    }
    for (Property p : v.all("RDATE")) {
      for (String one : p.value().split(",")) {
        int slash = one.indexOf('/');
        if (slash < 0) {
          e.rdates.add(new Extra(values.parse(one, p, e.start), null));
        } else {
          When s = values.parse(one.substring(0, slash), p, e.start);
          String rest = one.substring(slash + 1);
          try {
            ZonedDateTime end = rest.strip().matches("[+-]?P.*") ? plus(s.time(), rest) : values.parse(rest, p, s).time();
            e.rdates.add(new Extra(s, end));
          } catch (DateTimeException | ArithmeticException x) {
            throw new Skip("RDATE period '" + one.strip() + "' is not a period");
          }
        }
      }
    }
    for (Property p : v.all("EXDATE")) {
      for (String one : p.value().split(",")) {
        e.exdates.add(values.parse(one, p, e.start));
      }
    }
    Optional<Property> rid = v.first("RECURRENCE-ID");
    if (rid.isPresent()) {
      e.recurrenceId = values.one(rid.get(), e.start);
      e.thisAndFuture = rid.get().param("RANGE").map(r -> r.strip().equalsIgnoreCase("THISANDFUTURE")).orElse(false);
    }
    e.people.addAll(people(v, byAddress));
    return e;
  }

  /**
   * Required people: attendees not optional, not declined and not delegated, and the organizer unless
   * the organizer declined (as a PARTSTAT on ORGANIZER, or as an ATTENDEE entry of their own).
   */
  private static List<Person> people(IcsText.Event v, Function<String, Optional<Person>> byAddress) {
    Set<Person> out = new LinkedHashSet<>();
    Set<Person> absent = new LinkedHashSet<>();
    for (Property a : v.all("ATTENDEE")) {
      String role = a.param("ROLE").orElse("REQ-PARTICIPANT").strip();
      Optional<Person> p = byAddress.apply(a.value());
      if (p.isEmpty()) {
        continue;
      }
      if (declined(a)) {
        absent.add(p.get());
      } else if (!role.equalsIgnoreCase("OPT-PARTICIPANT") && !role.equalsIgnoreCase("NON-PARTICIPANT")) {
        out.add(p.get());
      }
    }
    Optional<Property> organizer = v.first("ORGANIZER");
    if (organizer.isPresent()) {
      Optional<Person> p = byAddress.apply(organizer.get().value());
      if (p.isPresent() && !absent.contains(p.get()) && !declined(organizer.get())) {
        out.add(p.get());
      }
    }
    out.removeAll(absent);
    return new ArrayList<>(out);
  }

  private static boolean declined(Property p) {
    String partstat = p.param("PARTSTAT").orElse("").strip();
    return partstat.equalsIgnoreCase("DECLINED") || partstat.equalsIgnoreCase("DELEGATED");
  }

  /** Date values of one event: TZIDs resolved, floating times read in the floating zone. */
  private record Values(Function<String, ZoneId> zones, ZoneId floatingZone, IcsEvent event) {
    When one(Property p, When like) throws Skip {
      return parse(p.value(), p, like);
    }

    /**
     * A DATE or DATE-TIME value. {@code like} is the event's DTSTART (null while reading DTSTART):
     * a floating EXDATE or RECURRENCE-ID is read in DTSTART's zone, so it names DTSTART's instances.
     */
    When parse(String raw, Property p, When like) throws Skip {
      String value = raw.strip();
      Matcher m = DATE_TIME.matcher(value);
      if (!m.matches()) {
        throw new Skip(p.name() + " '" + value + "' is not a date or date-time");
      }
      try {
        LocalDate date = LocalDate.parse(m.group(1), BASIC);
        if (m.group(2) == null) {
          // RDATE:20131210Z and the like: a date; the Z says nothing about a date.
          return new When(date.atStartOfDay(zone(p, like)), true);
        }
        int hhmm = Integer.parseInt(m.group(2));
        int seconds = m.group(3) == null ? 0 : Math.min(59, Integer.parseInt(m.group(3)));
        LocalDateTime t = date.atTime(hhmm / 100, hhmm % 100, seconds);
        if (m.group(4) != null) {
          return new When(t.atZone(ZoneOffset.UTC), false);
        }
        return new When(ZonedDateTime.of(t, zone(p, like)), false);
      } catch (DateTimeException | NumberFormatException e) {
        throw new Skip(p.name() + " '" + value + "' is not a valid date or date-time");
      }
    }

    private ZoneId zone(Property p, When like) {
      Optional<String> tzid = p.param("TZID");
      if (tzid.isPresent()) {
        ZoneId z = zones.apply(tzid.get());
        if (z != null) {
          return z;
        }
        event.unknownZones.add(tzid.get());
        return floatingZone;
      }
      if (like != null) {
        return like.time().getZone();
      }
      event.floating = true;
      return floatingZone;
    }
  }

  /** Weeks and days are nominal (they keep the local time across DST), hours and less are exact (RFC 5545 3.3.6). */
  static ZonedDateTime plus(ZonedDateTime start, String duration) {
    Matcher m = DURATION.matcher(duration.strip().toUpperCase(Locale.ROOT));
    if (!m.matches() || duration.strip().length() < 2) {
      throw new DateTimeException("not a duration: " + duration);
    }
    long sign = "-".equals(m.group(1)) ? -1 : 1;
    long days = Math.addExact(Math.multiplyExact(7, number(m.group(2))), number(m.group(3)));
    long seconds = number(m.group(4)) * 3600 + number(m.group(5)) * 60 + number(m.group(6));
    return start.plusDays(sign * days).plus(Duration.ofSeconds(sign * seconds));
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}
