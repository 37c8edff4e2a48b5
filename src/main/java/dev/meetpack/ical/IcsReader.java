package dev.meetpack.ical;

import dev.meetpack.model.Person;
import dev.meetpack.model.Team;
import dev.meetpack.score.Attendance;
import dev.meetpack.score.ReadEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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
import net.fortuna.ical4j.util.CompatibilityHints;

/**
 * Reads a calendar export and turns its events into attendances over the evaluated weeks:
 * recurrences expanded (RRULE, RDATE, EXDATE), overridden instances (RECURRENCE-ID, also with
 * RANGE=THISANDFUTURE) applied, cancelled ones dropped, people matched by ATTENDEE/ORGANIZER
 * e-mail. As lenient as the common readers (SPEC section 5): an event that cannot be read is
 * skipped with a note naming its line; only a file that is not iCalendar at all is an error.
 */
public final class IcsReader {
  /** SPEC section 5: a file that expands to more instances than this in the evaluated weeks is an error. */
  public static final int MAX_INSTANCES = 100_000;

  // ical4j reads the VTIMEZONEs (Zones) and the RRULEs (Expander), as leniently as it can.
  static {
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, true);
  }

  private IcsReader() {}

  /**
   * Attendances, the events read (for the report's listing) and notes; or an error line
   * (FILE:LINE:COL: error: ...) when the file cannot be read as a calendar.
   */
  public record Result(List<Attendance> attendances, List<ReadEvent> events, List<String> notes, String error) {}

  public static Result read(Path file, Team team) {
    IcsText.Parsed parsed;
    try {
      parsed = IcsText.parse(file, IcsText.read(file));
    } catch (IcsText.Unreadable e) {
      return failure(e.getMessage());
    } catch (IOException e) {
      return failure(file + ":0:0: error: cannot read: " + clean(String.valueOf(e.getMessage())));
    }
    Reading r = new Reading(team, parsed);
    try {
      return r.read(parsed);
    } catch (Expander.TooMany e) {
      return failure(file + ":" + r.line + ":1: error: more than " + String.format(Locale.ROOT, "%,d", MAX_INSTANCES)
          + " event instances in the evaluated weeks (this event passes the limit)");
    }
  }

  private static Result failure(String message) {
    return new Result(List.of(), List.of(), List.of(), message);
  }

  /** Text from a file as one safe line: control characters would break a note or forge a terminal line. */
  static String clean(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        out.append(' ');
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString().strip();
  }

  private static final class Reading {
    final Team team;
    final Map<String, Person> byEmail = new HashMap<>();
    final Zones zones;
    final ZoneId floatingZone;
    final boolean wrTimezone;
    final Instant from;
    final Instant to;
    final List<String> notes = new ArrayList<>();
    final Set<String> ignored = new LinkedHashSet<>();
    final List<Attendance> attendances = new ArrayList<>();
    /** What each event read, in file order; instances are added as they are expanded. */
    final Map<IcsEvent, List<ReadEvent.Instance>> instances = new LinkedHashMap<>();
    int allDay;
    int floating;
    int cancelled;
    int total;
    /** The line of the event being expanded, for the error when the instance limit is passed. */
    int line;

    Reading(Team team, IcsText.Parsed parsed) {
      this.team = team;
      for (Person p : team.people()) {
        if (p.email() != null) {
          byEmail.put(p.email().toLowerCase(Locale.ROOT), p);
        }
      }
      zones = new Zones(parsed.timezones());
      ZoneId wr = parsed.wrTimezone() == null ? null : zones.of(parsed.wrTimezone());
      wrTimezone = wr != null;
      floatingZone = wr != null ? wr : team.timezone();
      ZonedDateTime start = team.start().atStartOfDay(team.timezone());
      from = start.toInstant();
      to = start.plusWeeks(team.weeks()).toInstant();
    }

    Result read(IcsText.Parsed parsed) {
      List<ReadEvent> skipped = new ArrayList<>();
      Map<String, List<IcsEvent>> byUid = new LinkedHashMap<>();
      for (IcsText.Event block : parsed.events()) {
        try {
          IcsEvent e = IcsEvent.read(block, this::person, zones::of, floatingZone);
          byUid.computeIfAbsent(e.uid == null ? "line " + e.line : e.uid, k -> new ArrayList<>()).add(e);
          instances.put(e, new ArrayList<>());
          for (String z : e.unknownZones) {
            notes.add("line " + e.line + ": TZID '" + clean(z) + "' names no zone meetpack knows; read in "
                + floatingZone);
          }
        } catch (IcsEvent.Skip s) {
          String summary = raw(block, "SUMMARY");
          skipped.add(new ReadEvent(block.line(), raw(block, "UID"), summary, false, List.of(), List.of(),
              clean(s.getMessage())));
          notes.add(skippedNote(block.line(), summary, s.getMessage()));
        }
      }
      Map<IcsEvent, String> failed = new HashMap<>();
      Expander expander = new Expander(from, to);
      for (Map.Entry<String, List<IcsEvent>> series : byUid.entrySet()) {
        expandSeries(series.getKey(), series.getValue(), expander, failed);
      }
      attendances.sort((a, b) -> a.start().compareTo(b.start()) != 0 ? a.start().compareTo(b.start())
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
        notes.add(floating + " event(s) with floating times read in " + floatingZone
            + (wrTimezone ? " (the file's X-WR-TIMEZONE)" : ""));
      }
      notes.addAll(zones.problems);
      List<ReadEvent> events = new ArrayList<>(skipped);
      instances.forEach((e, list) -> events.add(new ReadEvent(e.line, e.uid, e.summary == null ? null : clean(e.summary),
          e.start.date(), e.people.stream().map(Person::id).toList(), list, failed.get(e))));
      events.sort((a, b) -> Integer.compare(a.line(), b.line()));
      return new Result(attendances, events, notes, null);
    }

    private static String skippedNote(int line, String summary, String why) {
      return "line " + line + ": event" + (summary == null ? "" : " '" + clean(summary) + "'") + " skipped: "
          + clean(why);
    }

    /** A property of an event that could not be read, as the file has it. */
    private static String raw(IcsText.Event block, String name) {
      return block.first(name).map(p -> clean(IcsText.text(p.value()))).orElse(null);
    }

    private void expandSeries(String uid, List<IcsEvent> all, Expander expander, Map<IcsEvent, String> failed) {
      // Two versions of a recurring series or of one instance (a file that appends each edit): the
      // higher SEQUENCE is read, the later one on a tie.
      // One-off events that share a UID are all read (as python-icalendar does).
      Map<Instant, IcsEvent> version = new LinkedHashMap<>();
      List<IcsEvent> series = new ArrayList<>();
      for (IcsEvent e : all) {
        if (e.recurrenceId == null && e.rrules.isEmpty() && e.rdates.isEmpty()) {
          series.add(e);
          continue;
        }
        Instant key = e.recurrenceId == null ? Instant.MIN : e.recurrenceId.time().toInstant();
        IcsEvent before = version.get(key);
        IcsEvent kept = before == null || e.sequence >= before.sequence ? e : before;
        IcsEvent dropped = kept == e ? before : e;
        version.put(key, kept);
        if (dropped != null) {
          failed.put(dropped, "replaced by the event at line " + kept.line + " (same UID"
              + (key == Instant.MIN ? "" : " and RECURRENCE-ID") + ", SEQUENCE " + kept.sequence + ")");
        }
      }
      series.addAll(version.values());
      series.forEach(failed::remove);
      for (IcsEvent e : all) {
        if (failed.containsKey(e)) {
          notes.add(skippedNote(e.line, e.summary, failed.get(e)));
        }
      }
      Map<Instant, IcsEvent> overrides = new HashMap<>();
      TreeMap<Instant, IcsEvent> thisAndFuture = new TreeMap<>();
      for (IcsEvent e : series) {
        if (e.recurrenceId != null) {
          overrides.put(e.recurrenceId.time().toInstant(), e);
          if (e.thisAndFuture) {
            thisAndFuture.put(e.recurrenceId.time().toInstant(), e);
          }
        }
      }
      for (IcsEvent e : series) {
        line = e.line;
        count(e);
        if (e.cancelled) {
          failed.put(e, "cancelled (STATUS:CANCELLED)");
        }
        List<Expander.Span> spans;
        try {
          spans = expander.instances(e);
          expander.problems.forEach(p -> notes.add("line " + e.line + ": " + clean(p)));
        } catch (IcsEvent.Skip s) {
          failed.put(e, clean(s.getMessage()));
          notes.add(skippedNote(e.line, e.summary, s.getMessage()));
          continue;
        }
        for (Expander.Span span : spans) {
          Instant s = span.start().toInstant();
          if (e.recurrenceId != null || !overrides.containsKey(s)) {
            Map.Entry<Instant, IcsEvent> later = e.recurrenceId == null ? thisAndFuture.floorEntry(s) : null;
            if (later == null) {
              emit(uid, e, span);
            } else {
              // RANGE=THISANDFUTURE: this and every later instance take the override's shift, length and people.
              IcsEvent o = later.getValue();
              ZonedDateTime start = span.start().plus(Duration.between(o.recurrenceId.time(), o.start.time()));
              emit(uid, o, new Expander.Span(start, start.plus(Duration.between(o.start.time(), o.end))));
            }
          }
        }
      }
    }

    /** The notes' counts, once per event. */
    private void count(IcsEvent e) {
      if (e.cancelled) {
        cancelled++;
      } else if (e.start.date()) {
        allDay++;
      } else if (e.people.isEmpty()) {
        ignored.add(e.summary == null ? (e.uid == null ? "line " + e.line : clean(e.uid)) : clean(e.summary));
      }
      if (e.floating && !e.start.date()) {
        floating++;
      }
    }

    private void emit(String uid, IcsEvent e, Expander.Span span) {
      if (++total > MAX_INSTANCES) {
        throw new Expander.TooMany();
      }
      instances.get(e).add(e.start.date()
          ? new ReadEvent.Instance(span.start().toLocalDate().toString(), span.end().toLocalDate().toString())
          : new ReadEvent.Instance(span.start().toOffsetDateTime().toString(), span.end().toOffsetDateTime().toString()));
      if (e.cancelled || e.start.date()) {
        return;
      }
      // Clipped to the evaluated weeks, so an event of 99999999 weeks costs no more than the weeks themselves.
      Instant s = span.start().toInstant().isBefore(from) ? from : span.start().toInstant();
      Instant end = span.end().toInstant().isAfter(to) ? to : span.end().toInstant();
      if (!end.isAfter(s)) {
        return;
      }
      int week = (int) (ChronoUnit.DAYS.between(team.start(), s.atZone(team.timezone()).toLocalDate()) / 7);
      String title = e.summary == null ? uid : clean(e.summary);
      for (Person p : e.people) {
        attendances.add(new Attendance(p.id(), uid, title, week, s, end));
      }
    }

    private Optional<Person> person(String calAddress) {
      String v = calAddress.strip();
      if (v.regionMatches(true, 0, "mailto:", 0, 7)) {
        v = v.substring(7);
      }
      return Optional.ofNullable(byEmail.get(v.toLowerCase(Locale.ROOT)));
    }
  }
}
