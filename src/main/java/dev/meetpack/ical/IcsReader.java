package dev.meetpack.ical;

import dev.meetpack.model.Person;
import dev.meetpack.model.Team;
import dev.meetpack.score.Attendance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Reads a calendar export and turns its events into attendances over the config's horizon:
 * recurrences expanded (RRULE, RDATE, EXDATE), overridden instances (RECURRENCE-ID) applied,
 * cancelled ones dropped, people matched by ATTENDEE/ORGANIZER e-mail.
 */
public final class IcsReader {
  static {
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
  }

  private IcsReader() {}

  /** Attendances and notes for the report, or an error line (FILE:LINE: error: ...) when the file cannot be read. */
  public record Result(List<Attendance> attendances, List<String> notes, String error) {}

  public static Result read(Path file, Team team) {
    Calendar cal;
    try (InputStream in = Files.newInputStream(file)) {
      cal = new CalendarBuilder().build(in);
    } catch (NoSuchFileException e) {
      return failure(file + ": error: no such file");
    } catch (ParserException e) {
      String msg = e.getMessage() == null ? "not an iCalendar file"
          : e.getMessage().replaceAll("\\s+", " ").replaceFirst("^Error at line \\d+: ?", "");
      return failure(file + ":" + Math.max(1, e.getLineNo()) + ": error: invalid iCalendar: " + msg);
    } catch (IOException e) {
      return failure(file + ": error: cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      return failure(file + ": error: invalid iCalendar: " + e.getMessage());
    }
    try {
      return new Reading(team).read(file, cal);
    } catch (RuntimeException e) {
      // ical4j parses lazily: a malformed RRULE or date surfaces only when events are expanded.
      return failure(file + ": error: cannot expand the events: " + e.getMessage());
    }
  }

  private static Result failure(String message) {
    return new Result(List.of(), List.of(), message);
  }

  private static final class Reading {
    final Team team;
    final Map<String, Person> byEmail = new HashMap<>();
    final List<String> notes = new ArrayList<>();
    final Set<String> ignored = new LinkedHashSet<>();
    int allDay;
    int floating;
    int cancelled;

    Reading(Team team) {
      this.team = team;
      for (Person p : team.people()) {
        if (p.email() != null) {
          byEmail.put(p.email().toLowerCase(Locale.ROOT), p);
        }
      }
    }

    Result read(Path file, Calendar cal) {
      // Group a series with its overridden instances by UID.
      Map<String, List<VEvent>> byUid = new LinkedHashMap<>();
      int n = 0;
      for (CalendarComponent c : cal.getComponents()) {
        if (c instanceof VEvent e) {
          String uid = text(e, Property.UID).orElse("no-uid-" + n++);
          byUid.computeIfAbsent(uid, k -> new ArrayList<>()).add(e);
        }
      }
      ZonedDateTime from = team.start().atStartOfDay(team.timezone());
      ZonedDateTime to = from.plusWeeks(team.weeks());
      List<Attendance> out = new ArrayList<>();
      for (Map.Entry<String, List<VEvent>> series : byUid.entrySet()) {
        VEvent master = null;
        Map<Instant, VEvent> overrides = new TreeMap<>();
        for (VEvent e : series.getValue()) {
          Optional<Property> rid = e.getProperty(Property.RECURRENCE_ID);
          if (rid.isPresent()) {
            Instant at = instant(((DateProperty<?>) rid.get()).getDate());
            if (at != null) {
              overrides.put(at, e);
            }
          } else {
            master = e;
          }
        }
        if (master != null) {
          expand(series.getKey(), master, overrides, from, to, out);
        }
        for (VEvent o : overrides.values()) {
          // A moved or changed instance: a one-off event of its own.
          expand(series.getKey(), o, Map.of(), from, to, out);
        }
      }
      out.sort((a, b) -> a.start().compareTo(b.start()) != 0 ? a.start().compareTo(b.start())
          : a.personId().compareTo(b.personId()));
      if (!ignored.isEmpty()) {
        notes.add(ignored.size() + " event(s) with none of the team's people ignored: " + String.join(", ", ignored));
      }
      if (allDay > 0) {
        notes.add(allDay + " all-day event(s) ignored");
      }
      if (cancelled > 0) {
        notes.add(cancelled + " cancelled event(s) or instance(s) ignored");
      }
      if (floating > 0) {
        notes.add(floating + " event(s) with floating times read in " + team.timezone());
      }
      return new Result(out, notes, null);
    }

    private void expand(String uid, VEvent master, Map<Instant, VEvent> overrides, ZonedDateTime from,
        ZonedDateTime to, List<Attendance> out) {
      if (isCancelled(master)) {
        cancelled++;
        return;
      }
      Optional<Property> start = master.getProperty(Property.DTSTART);
      if (start.isEmpty()) {
        return;
      }
      Temporal dt = ((DateProperty<?>) start.get()).getDate();
      if (dt instanceof LocalDate) {
        allDay++;
        return;
      }
      if (dt instanceof LocalDateTime) {
        floating++;
      }
      List<Person> people = people(master);
      if (people.isEmpty()) {
        ignored.add(text(master, Property.SUMMARY).orElse(uid));
        return;
      }
      // A day's margin on each side; add() keeps the instances that start inside the horizon.
      Period<ZonedDateTime> window = new Period<>(from.minusDays(1), to.plusDays(1));
      Set<Period<Temporal>> instances = master.calculateRecurrenceSet(window);
      for (Period<Temporal> p : instances) {
        Instant s = instant(p.getStart());
        Instant e = instant(p.getEnd());
        if (s == null || e == null || overrides.containsKey(s)) {
          continue;
        }
        add(uid, master, people, s, e, from, to, out);
      }
    }

    private void add(String uid, VEvent e, List<Person> people, Instant s, Instant end, ZonedDateTime from,
        ZonedDateTime to, List<Attendance> out) {
      if (s.isBefore(from.toInstant()) || !s.isBefore(to.toInstant())) {
        return;
      }
      int week = (int) (ChronoUnit.DAYS.between(team.start(), s.atZone(team.timezone()).toLocalDate()) / 7);
      String title = text(e, Property.SUMMARY).orElse(uid);
      for (Person p : people) {
        out.add(new Attendance(p.id(), uid, title, week, s, end));
      }
    }

    /** Required people: attendees not declined and not optional, plus the organizer. */
    private List<Person> people(VEvent e) {
      Set<Person> out = new LinkedHashSet<>();
      for (Property a : e.getProperties(Property.ATTENDEE)) {
        String role = param(a, Parameter.ROLE).orElse("REQ-PARTICIPANT");
        String partstat = param(a, Parameter.PARTSTAT).orElse("NEEDS-ACTION");
        if (role.equalsIgnoreCase("OPT-PARTICIPANT") || role.equalsIgnoreCase("NON-PARTICIPANT")
            || partstat.equalsIgnoreCase("DECLINED")) {
          continue;
        }
        person(a.getValue()).ifPresent(out::add);
      }
      e.getProperty(Property.ORGANIZER).flatMap(o -> person(o.getValue())).ifPresent(out::add);
      return new ArrayList<>(out);
    }

    private Optional<Person> person(String calAddress) {
      String v = calAddress.trim();
      if (v.regionMatches(true, 0, "mailto:", 0, 7)) {
        v = v.substring(7);
      }
      return Optional.ofNullable(byEmail.get(v.toLowerCase(Locale.ROOT)));
    }

    private Instant instant(Temporal t) {
      if (t instanceof ZonedDateTime z) {
        return z.toInstant();
      }
      if (t instanceof OffsetDateTime o) {
        return o.toInstant();
      }
      if (t instanceof Instant i) {
        return i;
      }
      if (t instanceof LocalDateTime l) {
        return l.atZone(team.timezone()).toInstant();
      }
      return null;
    }
  }

  private static boolean isCancelled(VEvent e) {
    return text(e, Property.STATUS).map(s -> s.equalsIgnoreCase("CANCELLED")).orElse(false);
  }

  private static Optional<String> text(VEvent e, String name) {
    return e.getProperty(name).map(Property::getValue);
  }

  private static Optional<String> param(Property p, String name) {
    return p.getParameter(name).map(Parameter::getValue);
  }
}
