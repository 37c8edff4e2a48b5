package dev.meetpack.ical;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Placement;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.report.LocalTimes;
import dev.meetpack.score.Occurrence;
import dev.meetpack.score.Occurrences;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Writes a schedule as RFC 5545 calendars: one for the team and one per person. Events are
 * written as DTSTART;TZID + RRULE so clients show them in the meeting's zone; the VTIMEZONE blocks
 * are built from the JDK's own zone rules, the same rules the scoring used.
 */
public final class IcsWriter {
  static final String PRODID = "-//meetpack//meetpack 0.1//EN";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.US);

  static {
    // Never fetch time zone updates: our VTIMEZONEs come from the JDK.
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
  }

  private IcsWriter() {}

  /** File name (relative, '/'-separated) to content: schedule.ics and people/ID.ics for everyone with a meeting. */
  public static Map<String, byte[]> write(Team team, Schedule schedule, Instant dtstamp) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("schedule.ics", calendar(team, schedule, dtstamp, team.meetings(), team.name()));
    for (Person p : team.people()) {
      List<Meeting> mine = team.meetings().stream()
          .filter(m -> m.attendees().contains(p.id()) || m.optional().contains(p.id())).toList();
      if (!mine.isEmpty()) {
        files.put("people/" + p.id() + ".ics", calendar(team, schedule, dtstamp, mine, team.name() + " — " + p.name()));
      }
    }
    return files;
  }

  /** The UID of a meeting's series: the same for the same team and meeting id, run after run. */
  public static String uid(Team team, Meeting m) {
    return m.id() + "@" + team.slug() + ".meetpack";
  }

  static byte[] calendar(Team team, Schedule schedule, Instant dtstamp, List<Meeting> meetings, String name) {
    Calendar cal = new Calendar();
    cal.add(new ProdId(PRODID));
    cal.add(new Version(new ParameterList(), Version.VALUE_2_0));
    cal.add(new CalScale(CalScale.VALUE_GREGORIAN));
    cal.add(new XProperty("X-WR-CALNAME", name));
    TreeSet<String> zones = new TreeSet<>();
    meetings.forEach(m -> zones.add(m.zone().getId()));
    ZonedDateTime from = team.start().atStartOfDay(ZoneOffset.UTC);
    ZonedDateTime to = from.plusWeeks(team.weeks() + 1);
    for (String z : zones) {
      cal.add(timezone(ZoneId.of(z), from.toInstant(), to.toInstant()));
    }
    for (Meeting m : meetings) {
      events(team, m, schedule.of(m.id()), dtstamp).forEach(cal::add);
    }
    StringWriter w = new StringWriter();
    try {
      new CalendarOutputter(false).output(cal, w);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    // ical4j folds at 75 characters; RFC 5545 counts octets: unfold, then fold again by octets.
    return fold(w.toString().replace("\r\n ", ""));
  }

  /** Folds every line at 75 octets of UTF-8 without splitting a character; lines end in CRLF. */
  static byte[] fold(String unfolded) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line : unfolded.split("\r\n")) {
      int budget = 75;
      int i = 0;
      while (i < line.length()) {
        int cp = line.codePointAt(i);
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        if (b.length > budget) {
          out.writeBytes(CRLF_SPACE);
          budget = 74;
        }
        out.writeBytes(b);
        budget -= b.length;
        i += Character.charCount(cp);
      }
      out.writeBytes(CRLF);
    }
    return out.toByteArray();
  }

  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] CRLF_SPACE = {'\r', '\n', ' '};

  /**
   * The meeting's series, as one VEVENT, or two when its first start is in a DST gap: java.time
   * (and RFC 5545) move that start later by the gap, but readers repeat DTSTART's local time every
   * week, so the moved start is a one-off event of its own and the series begins at the next one.
   */
  static List<VEvent> events(Team team, Meeting m, Placement pl, Instant dtstamp) {
    List<Occurrence> occ = Occurrences.of(team, m, pl);
    LocalTime nominal = LocalTime.ofSecondOfDay(pl.minute() * 60L);
    Occurrence first = occ.get(0);
    if (occ.size() == 1 || first.start().toLocalTime().equals(nominal)) {
      return List.of(event(team, m, pl, dtstamp, uid(team, m), occ));
    }
    // A dot cannot be in a meeting id, so this UID is never another meeting's.
    String once = m.id() + "." + first.start().toLocalDate() + "@" + team.slug() + ".meetpack";
    return List.of(event(team, m, pl, dtstamp, once, occ.subList(0, 1)),
        event(team, m, pl, dtstamp, uid(team, m), occ.subList(1, occ.size())));
  }

  /** One VEVENT starting at {@code occ}'s first instant; with more than one, a weekly RRULE. */
  private static VEvent event(Team team, Meeting m, Placement pl, Instant dtstamp, String uid, List<Occurrence> occ) {
    Occurrence first = occ.get(0);
    Occurrence last = occ.get(occ.size() - 1);
    ZoneId zone = first.start().getZone();
    VEvent e = new VEvent(false);
    e.add(new Uid(uid));
    e.add(new DtStamp(new ParameterList(), UTC.format(dtstamp.truncatedTo(ChronoUnit.SECONDS))));
    e.add(new Sequence(0));
    ParameterList tz = new ParameterList(List.of(new TzId(zone.getId())));
    e.add(new DtStart<>(tz, LOCAL.format(first.start().toLocalDateTime())));
    e.add(new DtEnd<>(tz, LOCAL.format(first.end().withZoneSameInstant(zone).toLocalDateTime())));
    String rule = "FREQ=WEEKLY;INTERVAL=" + m.period() + ";BYDAY=" + day(pl.day()) + ";WKST=MO";
    if (occ.size() > 1) {
      // UNTIL a day after the last start: the next occurrence is a week or more later, and readers that
      // compare UNTIL with a DST-shifted local start (python-dateutil does) still keep the last one.
      e.add(new RRule<>(team.openEnded() ? rule
          : rule + ";UNTIL=" + UTC.format(last.start().toInstant().plus(java.time.Duration.ofDays(1)))));
    }
    e.add(new Summary(m.title()));
    StringBuilder desc = new StringBuilder();
    desc.append(m.biweekly() ? "Every other week" : "Weekly").append(", ").append(m.duration()).append(" minutes.\n");
    desc.append(team.openEnded() ? "Local times over the first " + team.weeks() + " weeks:\n" : "Local times:\n");
    LocalTimes.lines(team, m, pl, true).forEach(l -> desc.append("- ").append(l).append('\n'));
    desc.append("Planned by meetpack.");
    e.add(new Description(desc.toString()));
    if (m.link() != null) {
      e.add(new Location(m.link()));
      e.add(new Url(URI.create(m.link())));
    }
    Person o = team.organizer() == null ? null : team.person(team.organizer());
    if (o == null || o.email() == null) {
      // RFC 5545 3.8.4.3: ATTENDEEs make a group-scheduled event, which must have an ORGANIZER; making one up
      // would send replies to someone who never sent an invitation. The DESCRIPTION still names everyone.
      return e;
    }
    e.add(new Organizer(new ParameterList(List.of(new Cn(o.name()))), URI.create("mailto:" + o.email())));
    for (String id : m.attendees()) {
      attendee(e, team.person(id), "REQ-PARTICIPANT");
    }
    for (String id : m.optional()) {
      attendee(e, team.person(id), "OPT-PARTICIPANT");
    }
    return e;
  }

  private static void attendee(VEvent e, Person p, String role) {
    if (p.email() != null) {
      e.add(new Attendee(new ParameterList(List.of(new Cn(p.name()), new Role(role))),
          URI.create("mailto:" + p.email())));
    }
  }

  private static String day(DayOfWeek d) {
    return d.name().substring(0, 2);
  }

  /**
   * A VTIMEZONE valid over [from, to): the yearly rules the zone follows today, or a fixed offset
   * when it has none, checked by the tests against the JDK for every occurrence written.
   */
  static VTimeZone timezone(ZoneId zone, Instant from, Instant to) {
    ZoneRules rules = zone.getRules();
    List<Observance> observances = new ArrayList<>();
    List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
    ZoneOffsetTransition lastFixed = rules.previousTransition(from);
    boolean rulesCover = !yearly.isEmpty() && lastFixed != null
        && rules.getTransitions().stream().noneMatch(t -> t.getInstant().isAfter(from))
        && yearly.stream().allMatch(r -> byDay(r) != null);
    if (rulesCover) {
      int year = from.atZone(zone).getYear() - 1;
      List<Observance> list = new ArrayList<>();
      for (ZoneOffsetTransitionRule r : yearly) {
        ZoneOffsetTransition t = r.createTransition(year);
        String rrule = "FREQ=YEARLY;BYMONTH=" + r.getMonth().getValue() + ";BYDAY=" + byDay(r);
        list.add(observance(zone, t.getOffsetBefore(), t.getOffsetAfter(), t.getDateTimeBefore(), t.getInstant(), rrule));
      }
      list.sort((a, b) -> a.getName().compareTo(b.getName()));
      observances.addAll(list);
    } else {
      // Offsets within the horizon: the one in force at its start, then each transition.
      ZoneOffset at = rules.getOffset(from);
      LocalDateTime start = lastFixed == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : lastFixed.getDateTimeBefore();
      observances.add(observance(zone, lastFixed == null ? at : lastFixed.getOffsetBefore(), at, start,
          lastFixed == null ? from : lastFixed.getInstant(), null));
      for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
          t = rules.nextTransition(t.getInstant())) {
        observances.add(observance(zone, t.getOffsetBefore(), t.getOffsetAfter(), t.getDateTimeBefore(), t.getInstant(), null));
      }
    }
    return new VTimeZone(new PropertyList(List.of(new net.fortuna.ical4j.model.property.TzId(zone.getId()))),
        new ComponentList<>(observances));
  }

  /** BYDAY for "the first weekday on or after day N of the month", "-1SU" for the last; null if neither. */
  private static String byDay(ZoneOffsetTransitionRule r) {
    if (r.getDayOfWeek() == null) {
      return null;
    }
    String d = r.getDayOfWeek().name().substring(0, 2);
    int indicator = r.getDayOfMonthIndicator();
    int length = r.getMonth().minLength();
    if (indicator < 0 || indicator + 6 >= length) {
      return "-1" + d;
    }
    if ((indicator - 1) % 7 == 0) {
      return ((indicator - 1) / 7 + 1) + d;
    }
    return null;
  }

  private static Observance observance(ZoneId zone, ZoneOffset before, ZoneOffset after, LocalDateTime start,
      Instant instant, String rrule) {
    PropertyList props = new PropertyList();
    props = props.add(new DtStart<>(new ParameterList(), LOCAL.format(start)));
    props = props.add(new TzOffsetFrom(before));
    props = props.add(new TzOffsetTo(after));
    if (rrule != null) {
      props = props.add(new RRule<>(rrule));
    }
    props = props.add(new TzName(ABBREVIATION.format(instant.atZone(zone))));
    boolean daylight = zone.getRules().isDaylightSavings(instant);
    return daylight ? new Daylight(props) : new Standard(props);
  }
}
