package dev.meetpack.ical;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The instances of one event that overlap [from, to), bounded however the event is written.
 * ical4j's {@link Recur} generates the candidates, lazily; what it would do one step at a time
 * from DTSTART is done here first: a rule without COUNT starts one period before {@code from} (an
 * hourly rule from 1970 is not stepped through), and a COUNT that only counts fixed steps becomes an
 * UNTIL. A rule that still needs more than {@link #MAX_STEPS} candidates before it reaches the
 * window is skipped, and so is every rule once the file has used {@link #FILE_STEPS}.
 */
final class Expander {
  static final int MAX_STEPS = 100_000;
  static final int FILE_STEPS = 2_000_000;

  private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

  private final Instant from;
  private final Instant to;
  private long stepsLeft = FILE_STEPS;
  /** What the last {@link #instances} call left out, for a note. */
  final List<String> problems = new ArrayList<>();

  /** More instances in the evaluated weeks than SPEC section 5 allows. */
  static final class TooMany extends RuntimeException {
    TooMany() {
      super(null, null, false, false);
    }
  }

  /** One instance: where it starts and ends. */
  record Span(ZonedDateTime start, ZonedDateTime end) {}

  /** Instances that overlap [from, to) are kept. */
  Expander(Instant from, Instant to) {
    this.from = from;
    this.to = to;
  }

  /** Starts of DTSTART, RRULEs and RDATEs minus EXDATEs, each with its end; sorted, no duplicates. */
  List<Span> instances(IcsEvent e) throws IcsEvent.Skip {
    problems.clear();
    Duration length = Duration.between(e.start.time(), e.end);
    Map<Instant, Span> out = new TreeMap<>();
    add(out, new Span(e.start.time(), e.end));
    // An overridden instance (RECURRENCE-ID) is that one instance, whatever RRULE it repeats.
    for (String rule : e.recurrenceId == null ? e.rrules : List.<String>of()) {
      try {
        for (ZonedDateTime s : rule(rule, e, length)) {
          add(out, new Span(s, end(e, s, length)));
        }
      } catch (DateTimeException | IllegalArgumentException | ArithmeticException x) {
        // As python-icalendar reads it: the event keeps its DTSTART (and RDATEs).
        problems.add("RRULE '" + rule + "' cannot be expanded (" + x.getMessage() + "); only its DTSTART is read");
      }
    }
    for (IcsEvent.Extra r : e.recurrenceId == null ? e.rdates : List.<IcsEvent.Extra>of()) {
      ZonedDateTime s = r.start().time();
      if (r.start().date() && !e.start.date()) {
        // A date in the RDATE of a timed event: DTSTART's local time on that date.
        s = ZonedDateTime.of(s.toLocalDate(), e.start.time().toLocalTime(), e.start.time().getZone());
      }
      add(out, new Span(s, r.end() != null ? r.end() : end(e, s, length)));
    }
    // EXDATEs name instances by instant whatever zone they are written in; a date EXDATE, by local date.
    Set<Instant> instants = new HashSet<>();
    Set<LocalDate> dates = new HashSet<>();
    for (IcsEvent.When x : e.exdates) {
      if (x.date()) {
        dates.add(x.time().toLocalDate());
      } else {
        instants.add(x.time().toInstant());
      }
    }
    ZoneId zone = e.start.time().getZone();
    out.values().removeIf(span -> instants.contains(span.start().toInstant())
        || !dates.isEmpty() && dates.contains(span.start().withZoneSameInstant(zone).toLocalDate()));
    return new ArrayList<>(out.values());
  }

  /** All-day instances keep their number of days; timed ones their exact length. */
  private static ZonedDateTime end(IcsEvent e, ZonedDateTime start, Duration length) {
    if (e.start.date()) {
      return start.plusDays(ChronoUnit.DAYS.between(e.start.time().toLocalDate(), e.end.toLocalDate()));
    }
    return start.plus(length);
  }

  private void add(Map<Instant, Span> out, Span s) {
    // An instance overlaps [from, to); a zero-length one counts when it starts inside.
    boolean overlaps = s.start().toInstant().isBefore(to)
        && (s.end().toInstant().isAfter(from) || !s.start().toInstant().isBefore(from));
    if (overlaps) {
      out.putIfAbsent(s.start().toInstant(), s);
    }
  }

  private List<ZonedDateTime> rule(String rule, IcsEvent e, Duration length) throws IcsEvent.Skip {
    Map<String, String> parts = parts(rule);
    String countText = parts.remove("COUNT");
    String untilText = parts.remove("UNTIL");
    Recur<ZonedDateTime> recur = new Recur<>(parts.entrySet().stream().map(p -> p.getKey() + "=" + p.getValue())
        .collect(Collectors.joining(";")));
    ZonedDateTime dtstart = e.start.time();
    Instant until = to;
    if (untilText != null) {
      until = min(until, untilInstant(untilText, e));
    }
    Long count = countText == null ? null : Long.parseLong(countText.strip());
    ChronoUnit unit = fixedUnit(recur.getFrequency());
    long interval = Math.max(1, recur.getInterval());
    boolean onlySteps = parts.keySet().stream().noneMatch(k -> k.startsWith("BY"));
    if (count != null && unit != null && onlySteps) {
      // Without BY parts the instances are exactly DTSTART + i * INTERVAL units, i < COUNT.
      until = min(until, count <= 0 ? dtstart.toInstant().minusSeconds(1)
          : dtstart.plus(Math.multiplyExact(count - 1, interval), unit).toInstant());
      count = null;
    }
    ZonedDateTime seed = dtstart;
    Instant lower = from.minus(length);
    if (count == null && unit != null && seed.toInstant().isBefore(lower)) {
      long periods = unit.between(seed, lower.atZone(seed.getZone())) / interval - 1;
      if (periods > 0) {
        seed = seed.plus(Math.multiplyExact(periods, interval), unit);
      }
    }
    List<ZonedDateTime> out = new ArrayList<>();
    if (!seed.toInstant().isBefore(until.plusSeconds(1))) {
      return out;
    }
    ZonedDateTime periodEnd = min(until, to).atZone(seed.getZone());
    // Through tryAdvance: ical4j 4.4's spliterator loses candidates when read through iterator()
    // (FREQ=WEEKLY;BYDAY=FR,SA gives none), and may advance without handing one over.
    Spliterator<ZonedDateTime> candidates = recur.getDatesAsStream(seed, seed, periodEnd, -1).spliterator();
    List<ZonedDateTime> next = new ArrayList<>(1);
    long emitted = 0;
    int steps = 0;
    while (candidates.tryAdvance(next::add)) {
      if (next.isEmpty()) {
        continue;
      }
      ZonedDateTime s = next.remove(0);
      if (s.toInstant().isBefore(lower) && (++steps > MAX_STEPS || --stepsLeft < 0)) {
        throw new IcsEvent.Skip("its RRULE '" + rule + "' repeats more than "
            + (steps > MAX_STEPS ? String.format(Locale.ROOT, "%,d times", MAX_STEPS) : "the file's budget of "
            + String.format(Locale.ROOT, "%,d steps", FILE_STEPS)) + " before the evaluated weeks");
      }
      if (count != null && emitted++ >= count || s.toInstant().isAfter(until) || !s.toInstant().isBefore(to)) {
        break;
      }
      if (!s.toInstant().isBefore(lower)) {
        out.add(s);
        if (out.size() > IcsReader.MAX_INSTANCES) {
          throw new TooMany();
        }
      }
    }
    return out;
  }

  /** The parts of an RRULE by name, in their order. */
  private static Map<String, String> parts(String rule) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : rule.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        parts.put(part.substring(0, eq).strip().toUpperCase(Locale.ROOT), part.substring(eq + 1).strip());
      }
    }
    return parts;
  }

  private static Instant untilInstant(String text, IcsEvent e) {
    String v = text.strip();
    ZoneId zone = e.start.time().getZone();
    if (v.length() == 8) {
      // A date UNTIL includes that whole local date.
      return LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE).plusDays(1).atStartOfDay(zone).toInstant()
          .minusSeconds(1);
    }
    boolean utc = v.endsWith("Z");
    LocalDateTime t = LocalDateTime.parse(utc ? v.substring(0, v.length() - 1) : v, UNTIL);
    return (utc ? t.atZone(ZoneOffset.UTC) : t.atZone(zone)).toInstant();
  }

  private static ChronoUnit fixedUnit(Frequency f) {
    return switch (f) {
      case SECONDLY -> ChronoUnit.SECONDS;
      case MINUTELY -> ChronoUnit.MINUTES;
      case HOURLY -> ChronoUnit.HOURS;
      case DAILY -> ChronoUnit.DAYS;
      case WEEKLY -> ChronoUnit.WEEKS;
      default -> null;
    };
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
