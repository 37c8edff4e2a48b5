package dev.meetpack.config;

import dev.meetpack.config.YNode.Entry;
import dev.meetpack.config.YNode.ScalarType;
import dev.meetpack.config.YNode.YList;
import dev.meetpack.config.YNode.YMap;
import dev.meetpack.config.YNode.YScalar;
import dev.meetpack.io.InputFiles;
import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Team;
import dev.meetpack.model.Times;
import dev.meetpack.model.Weights;
import dev.meetpack.model.Window;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads a config file (SPEC section 1) into a {@link Team}, reporting every problem with its line and
 * column instead of stopping at the first.
 */
public final class ConfigLoader {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  /** What calendar clients open safely; javascript:, data: or file: in a LOCATION/URL is an attack. Same as the schema. */
  private static final Pattern LINK = Pattern.compile(
      "^(?:[hH][tT][tT][pP][sS]?://[^\\s/?#]+[^\\s]*|[mM][aA][iI][lL][tT][oO]:[^\\s]+|[tT][eE][lL]:[^\\s]+)$");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
  private static final Set<Integer> SLOTS = Set.of(5, 10, 15, 20, 30, 60);
  private static final Set<String> TOP = keys("team", "timezone", "horizon", "slot", "days", "defaults", "weights",
      "people", "groups", "meetings", "organizer", "objective");
  private static final Set<String> HORIZON = keys("start", "weeks", "until");
  private static final Set<String> DEFAULTS = keys("work", "available", "workdays");
  private static final Set<String> WEIGHTS = keys("offHoursDay", "offHoursMinute", "meetingDay", "move");
  private static final Set<String> PERSON = keys("id", "name", "email", "zone", "work", "available", "workdays",
      "maxOffHoursDaysPerWeek");
  private static final Set<String> MEETING = keys("id", "title", "attendees", "optional", "duration", "every", "days",
      "within", "zone", "at", "week", "link", "rotate");
  static final Window DEFAULT_WORK = new Window(9 * 60, 17 * 60);
  static final Window DEFAULT_AVAILABLE = new Window(7 * 60, 22 * 60);
  static final int MAX_WEEKS = 104;
  /** Weeks evaluated for an open-ended series: a year, so that every DST regime is seen. */
  static final int OPEN_ENDED_WEEKS = 52;

  private final String file;
  private final Clock clock;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, int[]> where = new HashMap<>();

  private ConfigLoader(String file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  private static Set<String> keys(String... k) {
    return new LinkedHashSet<>(List.of(k));
  }

  /** The result of loading: a team when there were no problems, and where each meeting and person was written. */
  public record Loaded(String file, Team team, List<Problem> problems, Map<String, int[]> where) {
    public Loaded {
      problems = problems.stream().sorted().toList();
      where = Map.copyOf(where);
    }

    public boolean ok() {
      return problems.isEmpty();
    }

    /** Line and column of "meeting:ID", "meeting:ID:at", "person:ID" or "horizon", or 1:1. */
    public int[] at(String key) {
      return where.getOrDefault(key, new int[] {1, 1});
    }
  }

  public static Loaded load(Path path, Clock clock) {
    String file = path.toString();
    ConfigLoader l = new ConfigLoader(file, clock);
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        return l.done(null, 0, 0, Rule.UNREADABLE_FILE, "is a directory, not a config file");
      }
      bytes = InputFiles.readAtMost(path, YamlReader.MAX_BYTES);
      if (bytes.length > YamlReader.MAX_BYTES) {
        return l.done(null, 0, 0, Rule.FILE_TOO_LARGE, "file is larger than 1 MiB; config files are limited to 1 MiB");
      }
    } catch (InputFiles.NotRegularFile e) {
      return l.done(null, 0, 0, Rule.UNREADABLE_FILE, "not a regular file");
    } catch (NoSuchFileException e) {
      return l.done(null, 0, 0, Rule.UNREADABLE_FILE, "no such file");
    } catch (AccessDeniedException e) {
      return l.done(null, 0, 0, Rule.UNREADABLE_FILE, "permission denied");
    } catch (IOException e) {
      return l.done(null, 0, 0, Rule.UNREADABLE_FILE, "cannot read: " + e.getMessage());
    }
    return load(file, bytes, clock);
  }

  public static Loaded load(String file, byte[] bytes, Clock clock) {
    ConfigLoader l = new ConfigLoader(file, clock);
    YNode root = YamlReader.read(file, bytes, l.problems);
    Team team = root == null ? null : l.team(root);
    return new Loaded(file, l.problems.isEmpty() ? team : null, l.problems, l.where);
  }

  private Loaded done(Team team, int line, int col, Rule rule, String message) {
    problems.add(new Problem(file, line, col, rule, message));
    return new Loaded(file, team, problems, where);
  }

  // ---- problems ---------------------------------------------------------------------------

  private void error(YNode at, Rule rule, String message) {
    problems.add(new Problem(file, at.line(), at.col(), rule, message));
  }

  private void error(Entry at, Rule rule, String message) {
    problems.add(new Problem(file, at.line(), at.col(), rule, message));
  }

  /** The map's entries after reporting unknown keys; null (after an error) if the node is not a map. */
  private Map<String, Entry> fields(YNode node, String what, Set<String> allowed) {
    if (!(node instanceof YMap map)) {
      error(node, Rule.BAD_TYPE, what + " must be a mapping, got " + node.kind());
      return null;
    }
    for (Entry e : map.entries().values()) {
      if (!allowed.contains(e.key())) {
        error(e, Rule.UNKNOWN_KEY, "unknown key '" + e.key() + "' in " + what + Suggest.didYouMean(Suggest.closest(e.key(), allowed)));
      }
    }
    return map.entries();
  }

  private YNode value(Map<String, Entry> f, String key) {
    Entry e = f.get(key);
    return e == null || (e.value() instanceof YScalar s && s.type() == ScalarType.NULL) ? null : e.value();
  }

  private String string(YNode n, String what) {
    if (n instanceof YScalar s && s.type() == ScalarType.STRING) {
      int bad = ControlChars.first(s.text());
      if (bad >= 0) {
        String code = String.format(Locale.ROOT, "U+%04X", (int) s.text().charAt(bad));
        error(n, Rule.CONTROL_CHARACTER, what + " contains a control character (" + code + " at position " + (bad + 1) + "); remove it");
        return null;
      }
      return s.text();
    }
    String hint = n instanceof YScalar s && s.type() == ScalarType.INT && s.text().length() >= 3
        ? " (a time is written HH:MM, e.g. \"20:00\"; meetpack never reads a number as a time)" : "";
    error(n, Rule.BAD_TYPE, what + " must be a string, got " + n.kind() + hint);
    return null;
  }

  private Integer integer(YNode n, String what, int min, int max) {
    BigInteger v = decimal(n, what);
    if (v == null) {
      return null;
    }
    if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
      error(n, Rule.OUT_OF_RANGE, what + " must be between " + min + " and " + max + ", got " + v);
      return null;
    }
    return v.intValue();
  }

  /**
   * The value of an integer scalar written in plain decimal, or null after an error. YAML 1.1 (SnakeYAML, so
   * Jackson) also types 0x1E, 0b11, 017 (octal) and 1_000 as integers, which nobody means in a config.
   */
  private BigInteger decimal(YNode n, String what) {
    if (!(n instanceof YScalar s) || s.type() != ScalarType.INT) {
      error(n, Rule.BAD_TYPE, what + " must be an integer, got " + n.kind());
      return null;
    }
    if (!DECIMAL.matcher(s.text()).matches()) {
      BigInteger yaml = yaml11Integer(s.text());
      error(n, Rule.BAD_TYPE, what + " must be a plain decimal integer, got " + s.text()
          + (yaml == null ? "" : " (YAML would read it as " + yaml + ")"));
      return null;
    }
    return new BigInteger(s.text().startsWith("+") ? s.text().substring(1) : s.text());
  }

  private static BigInteger yaml11Integer(String text) {
    String t = text.replace("_", "");
    boolean negative = t.startsWith("-");
    if (negative || t.startsWith("+")) {
      t = t.substring(1);
    }
    int radix = 10;
    if (t.startsWith("0x") || t.startsWith("0b")) {
      radix = t.charAt(1) == 'x' ? 16 : 2;
      t = t.substring(2);
    } else if (t.length() > 1 && t.startsWith("0")) {
      radix = 8;
    }
    try {
      BigInteger v = new BigInteger(t, radix);
      return negative ? v.negate() : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private List<YNode> list(YNode n, String what) {
    if (n instanceof YList l) {
      return l.items();
    }
    error(n, Rule.BAD_TYPE, what + " must be a list, got " + n.kind());
    return null;
  }

  /** The items of a required top-level list; empty (after an error) when missing or not a list. */
  private List<YNode> requiredList(YNode n, YNode root, String key) {
    if (n == null) {
      error(root, Rule.MISSING_KEY, "missing required key '" + key + "'");
      return List.of();
    }
    List<YNode> items = list(n, key);
    return items == null ? List.of() : items;
  }

  private ZoneId zone(YNode n, String what) {
    String s = string(n, what);
    if (s == null) {
      return null;
    }
    try {
      ZoneId z = ZoneId.of(s.trim());
      if (ZoneId.getAvailableZoneIds().contains(z.getId())) {
        return z;
      }
    } catch (DateTimeException e) {
      // reported below
    }
    String suggestion = Suggest.zone(s);
    error(n, Rule.BAD_ZONE, what + " '" + s + "' is not an IANA time zone id" + Suggest.didYouMean(suggestion)
        + (suggestion == null ? " (use a Region/City id such as America/New_York)" : ""));
    return null;
  }

  private Window window(YNode n, String what) {
    String s = string(n, what);
    if (s == null) {
      return null;
    }
    try {
      return Window.parse(s);
    } catch (IllegalArgumentException e) {
      error(n, Rule.BAD_WINDOW, what + ": " + e.getMessage());
      return null;
    }
  }

  private EnumSet<DayOfWeek> days(YNode n, String what) {
    List<YNode> items = list(n, what);
    if (items == null) {
      return null;
    }
    EnumSet<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
    boolean ok = true;
    for (YNode item : items) {
      String s = string(item, what + " entry");
      if (s == null) {
        ok = false;
        continue;
      }
      try {
        out.add(Times.parseDay(s));
      } catch (IllegalArgumentException e) {
        List<String> names = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
          names.add(d.name().substring(0, 3));
          names.add(d.name());
        }
        error(item, Rule.BAD_WEEKDAY, what + ": " + e.getMessage() + Suggest.didYouMean(Suggest.closest(s.toUpperCase(), names)));
        ok = false;
      }
    }
    if (ok && out.isEmpty()) {
      error(n, Rule.BAD_WEEKDAY, what + " must name at least one weekday");
      return null;
    }
    return ok ? out : null;
  }

  private String id(YNode n, String what) {
    String s = string(n, what);
    if (s != null && !ID.matcher(s).matches()) {
      error(n, Rule.BAD_ID, what + " '" + s + "' must match [a-z0-9][a-z0-9-]* (lower case, digits, dashes)");
      return null;
    }
    return s;
  }

  private void remember(String key, YNode n) {
    where.put(key, new int[] {n.line(), n.col()});
  }

  // ---- the document -----------------------------------------------------------------------

  private Team team(YNode root) {
    Map<String, Entry> top = fields(root, "the config", TOP);
    if (top == null) {
      return null;
    }
    String name = null;
    if (value(top, "team") == null) {
      error(root, Rule.MISSING_KEY, "missing required key 'team'");
    } else {
      name = string(value(top, "team"), "team");
    }
    ZoneId timezone = null;
    if (value(top, "timezone") == null) {
      error(root, Rule.MISSING_KEY, "missing required key 'timezone' (the planning zone, e.g. America/New_York)");
    } else {
      timezone = zone(value(top, "timezone"), "timezone");
    }
    int slot = 15;
    if (value(top, "slot") != null) {
      Integer s = integer(value(top, "slot"), "slot", 1, 60);
      if (s != null && !SLOTS.contains(s)) {
        error(value(top, "slot"), Rule.BAD_SLOT, "slot must be 5, 10, 15, 20, 30 or 60 minutes, got " + s);
      } else if (s != null) {
        slot = s;
      }
    }
    EnumSet<DayOfWeek> days = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    if (value(top, "days") != null) {
      EnumSet<DayOfWeek> d = days(value(top, "days"), "days");
      days = d == null ? days : d;
    }
    Weights weights = weights(value(top, "weights"));
    Team.Objective objective = Team.Objective.TOTAL;
    if (value(top, "objective") != null) {
      String o = string(value(top, "objective"), "objective");
      if ("fair".equals(o)) {
        objective = Team.Objective.FAIR;
      } else if (o != null && !"total".equals(o)) {
        error(value(top, "objective"), Rule.BAD_CHOICE, "objective must be 'total' or 'fair', got '" + o + "'"
            + Suggest.didYouMean(Suggest.closest(o, List.of("total", "fair"))));
      }
    }

    // Person defaults.
    Window work = DEFAULT_WORK;
    Window available = DEFAULT_AVAILABLE;
    EnumSet<DayOfWeek> workdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    YNode defaults = value(top, "defaults");
    if (defaults != null) {
      Map<String, Entry> f = fields(defaults, "defaults", DEFAULTS);
      if (f != null) {
        if (value(f, "work") != null) {
          Window w = window(value(f, "work"), "defaults.work");
          work = w == null ? work : w;
        }
        if (value(f, "available") != null) {
          Window a = window(value(f, "available"), "defaults.available");
          available = a == null ? available : a;
        }
        if (value(f, "workdays") != null) {
          EnumSet<DayOfWeek> d = days(value(f, "workdays"), "defaults.workdays");
          workdays = d == null ? workdays : d;
        }
        if (!available.contains(work.start(), work.end())) {
          error(defaults, Rule.WORK_OUTSIDE_AVAILABLE, "defaults.work " + work + " must lie inside defaults.available " + available);
        }
      }
    }

    List<Person> people = people(value(top, "people"), root, work, available, workdays);
    Map<String, List<String>> groups = groups(value(top, "groups"), people);
    List<Meeting> meetings = meetings(value(top, "meetings"), root, groups, days, timezone, slot);

    boolean biweekly = meetings.stream().anyMatch(Meeting::biweekly);
    LocalDate start = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    int weeks = OPEN_ENDED_WEEKS;
    boolean openEnded = true;
    YNode horizon = value(top, "horizon");
    if (horizon != null) {
      remember("horizon", horizon);
      Map<String, Entry> f = fields(horizon, "horizon", HORIZON);
      if (f != null) {
        YNode s = value(f, "start");
        if (s != null) {
          LocalDate d = date(s, "horizon.start", true);
          start = d == null ? start : d;
        }
        YNode w = value(f, "weeks");
        YNode u = value(f, "until");
        Integer n = null;
        if (w != null && u != null) {
          error(u, Rule.HORIZON_END, "horizon has both weeks and until: give one of them");
        } else if (w != null) {
          n = integer(w, "horizon.weeks", 1, MAX_WEEKS);
          if (n != null && biweekly && n < 2) {
            error(w, Rule.HORIZON_TOO_SHORT, "horizon.weeks must be at least 2 when a meeting is biweekly (both phases must be seen)");
            n = null;
          }
        } else if (u != null) {
          n = untilWeeks(u, start, biweekly);
        }
        if (n != null) {
          weeks = n;
          openEnded = false;
        }
      }
    }

    String organizer = null;
    if (value(top, "organizer") != null) {
      organizer = string(value(top, "organizer"), "organizer");
      if (organizer != null && !peopleIds.contains(organizer)) {
        error(value(top, "organizer"), Rule.UNKNOWN_NAME, "organizer '" + organizer + "' is not a person"
            + Suggest.didYouMean(Suggest.closest(organizer, peopleIds)));
      }
    }
    if (!problems.isEmpty() || name == null || timezone == null) {
      return null;
    }
    return new Team(name, timezone, start, weeks, openEnded, slot, weights, people, meetings, organizer, objective);
  }

  /** The number of weeks up to and including the one that holds horizon.until, or null after an error. */
  private Integer untilWeeks(YNode u, LocalDate start, boolean biweekly) {
    LocalDate until = date(u, "horizon.until", false);
    if (until == null) {
      return null;
    }
    if (!until.isAfter(start)) {
      error(u, Rule.HORIZON_END, "horizon.until " + until + " must be after horizon.start " + start);
      return null;
    }
    long n = ChronoUnit.DAYS.between(start, until) / 7 + 1;
    if (n > MAX_WEEKS) {
      error(u, Rule.HORIZON_END, "horizon.until " + until + " is in week " + (n - 1) + "; at most " + MAX_WEEKS
          + " weeks are evaluated: until " + start.plusWeeks(MAX_WEEKS).minusDays(1) + " at the latest");
      return null;
    }
    if (biweekly && n < 2) {
      error(u, Rule.HORIZON_TOO_SHORT, "horizon.until " + until + " ends the horizon in week 0; a biweekly meeting needs both phases: until "
          + start.plusWeeks(1) + " or later");
      return null;
    }
    return (int) n;
  }

  private LocalDate date(YNode n, String what, boolean monday) {
    String s = string(n, what);
    if (s == null) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(s.trim());
      if (monday && d.getDayOfWeek() != DayOfWeek.MONDAY) {
        error(n, Rule.NOT_MONDAY, "horizon.start " + d + " is a " + Times.shortDay(d.getDayOfWeek()) + "; it must be a Monday: "
            + d.with(TemporalAdjusters.previous(DayOfWeek.MONDAY)) + " or "
            + d.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      error(n, Rule.BAD_DATE, what + " must be a date YYYY-MM-DD, got \"" + s + "\"");
      return null;
    }
  }

  private Weights weights(YNode n) {
    if (n == null) {
      return Weights.DEFAULT;
    }
    Map<String, Entry> f = fields(n, "weights", WEIGHTS);
    if (f == null) {
      return Weights.DEFAULT;
    }
    int[] v = {Weights.DEFAULT.offHoursDay(), Weights.DEFAULT.offHoursMinute(), Weights.DEFAULT.meetingDay(),
        Weights.DEFAULT.move()};
    String[] names = {"offHoursDay", "offHoursMinute", "meetingDay", "move"};
    for (int i = 0; i < names.length; i++) {
      YNode x = value(f, names[i]);
      if (x != null) {
        Integer k = integer(x, "weights." + names[i], 0, 1_000_000);
        v[i] = k == null ? v[i] : k;
      }
    }
    return new Weights(v[0], v[1], v[2], v[3]);
  }

  private List<Person> people(YNode n, YNode root, Window work, Window available, EnumSet<DayOfWeek> workdays) {
    List<Person> out = new ArrayList<>();
    List<YNode> items = requiredList(n, root, "people");
    Set<String> seen = new LinkedHashSet<>();
    for (YNode item : items) {
      Map<String, Entry> f = fields(item, "a person", PERSON);
      if (f == null) {
        continue;
      }
      String id = value(f, "id") == null ? null : id(value(f, "id"), "person id");
      if (value(f, "id") == null) {
        error(item, Rule.MISSING_KEY, "person is missing required key 'id'");
      }
      String what = "person '" + (id == null ? "?" : id) + "'";
      if (id != null && !seen.add(id)) {
        error(value(f, "id"), Rule.DUPLICATE_ID, "duplicate person id '" + id + "'");
        id = null;
      }
      String name = value(f, "name") == null ? null : string(value(f, "name"), what + " name");
      String email = null;
      if (value(f, "email") != null) {
        email = string(value(f, "email"), what + " email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
          error(value(f, "email"), Rule.BAD_EMAIL, what + " email '" + email + "' is not an e-mail address");
          email = null;
        }
      }
      ZoneId zone = null;
      if (value(f, "zone") == null) {
        error(item, Rule.MISSING_KEY, what + " is missing required key 'zone' (an IANA id such as Asia/Seoul)");
      } else {
        zone = zone(value(f, "zone"), what + " zone");
      }
      Window w = value(f, "work") == null ? work : window(value(f, "work"), what + " work");
      Window a = value(f, "available") == null ? available : window(value(f, "available"), what + " available");
      EnumSet<DayOfWeek> wd = value(f, "workdays") == null ? workdays : days(value(f, "workdays"), what + " workdays");
      Integer cap = value(f, "maxOffHoursDaysPerWeek") == null ? null
          : integer(value(f, "maxOffHoursDaysPerWeek"), what + " maxOffHoursDaysPerWeek", 0, 7);
      if (w != null && a != null && !a.contains(w.start(), w.end())) {
        YNode at = value(f, "work") != null ? value(f, "work") : value(f, "available") != null ? value(f, "available") : item;
        error(at, Rule.WORK_OUTSIDE_AVAILABLE, what + " work " + w + " must lie inside available " + a);
        continue;
      }
      // An id with other errors stays in `seen`, so meetings naming it are not reported twice.
      if (id != null && zone != null && w != null && a != null && wd != null) {
        remember("person:" + id, item);
        out.add(new Person(id, name, email, zone, w, a, wd, cap));
      }
    }
    peopleIds = seen;
    return out;
  }

  /** Every person id written in the file, including those of people with other errors. */
  private Set<String> peopleIds = Set.of();

  private Map<String, List<String>> groups(YNode n, List<Person> people) {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    Map<String, YNode> rawAt = new HashMap<>();
    if (n == null) {
      return raw;
    }
    if (!(n instanceof YMap map)) {
      error(n, Rule.BAD_TYPE, "groups must be a mapping of group name to a list of names, got " + n.kind());
      return raw;
    }
    for (Entry e : map.entries().values()) {
      if (!ID.matcher(e.key()).matches()) {
        error(e, Rule.BAD_ID, "group name '" + e.key() + "' must match [a-z0-9][a-z0-9-]*");
        continue;
      }
      if (peopleIds.contains(e.key())) {
        error(e, Rule.DUPLICATE_ID, "group '" + e.key() + "' has the same name as a person");
        continue;
      }
      List<YNode> items = list(e.value(), "group '" + e.key() + "'");
      if (items == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (YNode item : items) {
        String s = string(item, "group '" + e.key() + "' member");
        if (s != null) {
          names.add(s);
          rawAt.put(e.key() + "\u0000" + s, item);
        }
      }
      raw.put(e.key(), names);
    }
    // Members must be people or groups; groups must not nest in a cycle.
    for (Map.Entry<String, List<String>> g : raw.entrySet()) {
      for (String member : g.getValue()) {
        if (!peopleIds.contains(member) && !raw.containsKey(member)) {
          error(rawAt.get(g.getKey() + "\u0000" + member), Rule.UNKNOWN_NAME, "group '" + g.getKey() + "' names nobody called '" + member + "'"
              + Suggest.didYouMean(Suggest.closest(member, names(raw))));
        }
      }
    }
    reportCycles(raw, map);
    return raw;
  }

  private List<String> names(Map<String, List<String>> groups) {
    List<String> all = new ArrayList<>(peopleIds);
    all.addAll(groups.keySet());
    return all;
  }

  /**
   * Reports each cycle a depth-first walk closes, at the group where it closes. The walk keeps its own stack:
   * a valid config may chain thousands of groups, deeper than the thread's stack.
   */
  private void reportCycles(Map<String, List<String>> groups, YMap map) {
    Set<String> done = new HashSet<>();
    Map<String, Integer> onPath = new HashMap<>();
    for (String root : groups.keySet()) {
      if (done.contains(root)) {
        continue;
      }
      List<String> path = new ArrayList<>(List.of(root));
      onPath.put(root, 0);
      Deque<Iterator<String>> members = new ArrayDeque<>();
      members.push(new LinkedHashSet<>(groups.get(root)).iterator());
      while (!members.isEmpty()) {
        Iterator<String> it = members.peek();
        if (!it.hasNext()) {
          members.pop();
          String g = path.remove(path.size() - 1);
          onPath.remove(g);
          done.add(g);
          continue;
        }
        String m = it.next();
        if (!groups.containsKey(m) || done.contains(m)) {
          continue;
        }
        Integer at = onPath.get(m);
        if (at != null) {
          error(map.entries().get(m), Rule.GROUP_CYCLE, "groups nest in a cycle: " + cycle(path.subList(at, path.size())));
          continue;
        }
        onPath.put(m, path.size());
        path.add(m);
        members.push(new LinkedHashSet<>(groups.get(m)).iterator());
      }
    }
  }

  /** "a -> b -> a", shortened in the middle when long. */
  private static String cycle(List<String> groups) {
    String first = groups.get(0);
    if (groups.size() <= 8) {
      return String.join(" -> ", groups) + " -> " + first;
    }
    return String.join(" -> ", groups.subList(0, 4)) + " -> ... -> " + groups.get(groups.size() - 1) + " -> " + first
        + " (" + groups.size() + " groups)";
  }

  /** Person ids in first-mention order; unknown names are reported at {@code at}. */
  private List<String> expand(YNode n, String what, Map<String, List<String>> groups) {
    List<YNode> items = list(n, what);
    Set<String> out = new LinkedHashSet<>();
    if (items == null) {
      return null;
    }
    for (YNode item : items) {
      String s = string(item, what + " entry");
      if (s == null) {
        continue;
      }
      if (peopleIds.contains(s)) {
        out.add(s);
      } else if (groups.containsKey(s)) {
        expandGroup(s, groups, out);
      } else {
        error(item, Rule.UNKNOWN_NAME, what + " names nobody called '" + s + "'" + Suggest.didYouMean(Suggest.closest(s, names(groups))));
      }
    }
    return new ArrayList<>(out);
  }

  /** Adds the people of group g in first-mention order, with its own stack for the same reason as reportCycles. */
  private void expandGroup(String g, Map<String, List<String>> groups, Set<String> out) {
    Set<String> seen = new HashSet<>(Set.of(g));
    Deque<Iterator<String>> members = new ArrayDeque<>();
    members.push(groups.get(g).iterator());
    while (!members.isEmpty()) {
      Iterator<String> it = members.peek();
      if (!it.hasNext()) {
        members.pop();
      } else {
        String m = it.next();
        if (peopleIds.contains(m)) {
          out.add(m);
        } else if (groups.containsKey(m) && seen.add(m)) {
          members.push(groups.get(m).iterator());
        }
      }
    }
  }

  private List<Meeting> meetings(YNode n, YNode root, Map<String, List<String>> groups,
      EnumSet<DayOfWeek> defaultDays, ZoneId timezone, int slot) {
    List<Meeting> out = new ArrayList<>();
    List<YNode> items = requiredList(n, root, "meetings");
    Set<String> seen = new LinkedHashSet<>();
    for (YNode item : items) {
      Map<String, Entry> f = fields(item, "a meeting", MEETING);
      if (f == null) {
        continue;
      }
      int before = problems.size();
      String id = value(f, "id") == null ? null : id(value(f, "id"), "meeting id");
      if (value(f, "id") == null) {
        error(item, Rule.MISSING_KEY, "meeting is missing required key 'id'");
      }
      String what = "meeting '" + (id == null ? "?" : id) + "'";
      if (id != null && !seen.add(id)) {
        error(value(f, "id"), Rule.DUPLICATE_ID, "duplicate meeting id '" + id + "'");
      }
      String title = value(f, "title") == null ? null : string(value(f, "title"), what + " title");
      List<String> attendees = null;
      if (value(f, "attendees") == null) {
        error(item, Rule.MISSING_KEY, what + " is missing required key 'attendees'");
      } else {
        attendees = expand(value(f, "attendees"), what + " attendees", groups);
        if (attendees != null && attendees.size() < 2 && problems.size() == before) {
          error(value(f, "attendees"), Rule.TOO_FEW_ATTENDEES, what + " needs at least 2 required attendees after expanding groups, has "
              + attendees.size());
        }
      }
      List<String> optional = value(f, "optional") == null ? List.of()
          : expand(value(f, "optional"), what + " optional", groups);
      if (optional != null && attendees != null) {
        final List<String> req = attendees;
        optional = optional.stream().filter(p -> !req.contains(p)).toList();
      }
      Integer duration = null;
      if (value(f, "duration") == null) {
        error(item, Rule.MISSING_KEY, what + " is missing required key 'duration' (e.g. 45m, 1h, 1h30m)");
      } else {
        duration = duration(value(f, "duration"), what);
      }
      int period = 1;
      if (value(f, "every") != null) {
        String every = string(value(f, "every"), what + " every");
        if ("biweekly".equals(every)) {
          period = 2;
        } else if (every != null && !"weekly".equals(every)) {
          error(value(f, "every"), Rule.BAD_CHOICE, what + " every must be 'weekly' or 'biweekly', got '" + every + "'"
              + Suggest.didYouMean(Suggest.closest(every, List.of("weekly", "biweekly"))));
        }
      }
      EnumSet<DayOfWeek> days = value(f, "days") == null ? defaultDays : days(value(f, "days"), what + " days");
      boolean withinWork = false;
      if (value(f, "within") != null) {
        String within = string(value(f, "within"), what + " within");
        if ("work".equals(within)) {
          withinWork = true;
        } else if (within != null && !"available".equals(within)) {
          error(value(f, "within"), Rule.BAD_CHOICE, what + " within must be 'available' or 'work', got '" + within + "'"
              + Suggest.didYouMean(Suggest.closest(within, List.of("available", "work"))));
        }
      }
      ZoneId zone = value(f, "zone") == null ? timezone : zone(value(f, "zone"), what + " zone");
      DayOfWeek pinDay = null;
      Integer pinMinute = null;
      YNode at = value(f, "at");
      if (at != null) {
        String s = string(at, what + " at");
        if (s != null) {
          String[] parts = s.trim().split("\\s+");
          try {
            if (parts.length != 2) {
              throw new IllegalArgumentException("expected \"DAY HH:MM\" such as \"TUE 20:00\", got \"" + s + "\"");
            }
            pinDay = Times.parseDay(parts[0]);
            pinMinute = Times.parseMinute(parts[1], false);
          } catch (IllegalArgumentException e) {
            error(at, Rule.BAD_PIN, what + " at: " + e.getMessage());
            pinDay = null;
            pinMinute = null;
          }
        }
      }
      boolean rotate = false;
      YNode rot = value(f, "rotate");
      if (rot instanceof YScalar b && b.type() == ScalarType.BOOL) {
        rotate = Boolean.parseBoolean(b.text().toLowerCase(Locale.ROOT));
      } else if (rot != null) {
        error(rot, Rule.BAD_TYPE, what + " rotate must be true or false, got " + rot.kind());
      }
      if (rotate && period == 2) {
        error(rot, Rule.BAD_ROTATE, what + " rotate alternates a weekly meeting between two placements; this meeting is biweekly");
      }
      Integer phase = null;
      if (value(f, "week") != null) {
        phase = integer(value(f, "week"), what + " week", 0, 1);
        if (phase != null && rotate && period == 1) {
          error(value(f, "week"), Rule.BAD_ROTATE, what + " rotate places the even and the odd weeks apart, so it takes no week pin");
          phase = null;
        } else if (phase != null && period != 2) {
          error(value(f, "week"), Rule.WEEK_ON_WEEKLY, what + " week pins the phase of a biweekly meeting; this meeting is weekly");
          phase = null;
        }
      }
      String link = value(f, "link") == null ? null : string(value(f, "link"), what + " link");
      if (link != null && !LINK.matcher(link).matches()) {
        error(value(f, "link"), Rule.BAD_LINK, what + " link '" + link
            + "' must be an http, https, mailto or tel URI such as https://meet.example.com/x");
      } else if (link != null) {
        try {
          new URI(link); // what the calendar writer parses for URL
        } catch (URISyntaxException e) {
          error(value(f, "link"), Rule.BAD_LINK, what + " link '" + link + "' is not a valid URI: " + e.getReason()
              + " at character " + (e.getIndex() + 1));
        }
      }
      if (pinMinute != null && pinMinute % slot != 0) {
        error(at, Rule.PIN_OFF_GRID, what + " at: " + Times.hhmm(pinMinute) + " is off the " + slot + "-minute slot grid");
      }
      if (id != null && pinMinute != null && days != null && !days.contains(pinDay)) {
        error(at, Rule.PIN_NOT_IN_DAYS, what + " is pinned to " + Times.shortDay(pinDay) + ", which is not among its days");
      }
      if (id != null) {
        remember("meeting:" + id, item);
        if (at != null) {
          remember("meeting:" + id + ":at", at);
        }
      }
      if (problems.size() == before && attendees != null && optional != null && duration != null && days != null
          && zone != null && rotate) {
        // Two biweekly meetings of opposite phase: the search, the calendars (two series, two UIDs)
        // and the reports then need nothing of their own. A dot is in no config id, so these ids
        // are never another meeting's.
        for (int ph = 0; ph < 2; ph++) {
          String half = id + (ph == 0 ? ".even" : ".odd");
          remember("meeting:" + half, item);
          if (at != null) {
            remember("meeting:" + half + ":at", at);
          }
          out.add(new Meeting(half, title == null ? id : title, attendees, optional, duration, 2, days, withinWork,
              zone, pinDay, pinMinute, ph, link));
        }
      } else if (problems.size() == before && attendees != null && optional != null && duration != null
          && days != null && zone != null) {
        out.add(new Meeting(id, title, attendees, optional, duration, period, days, withinWork, zone, pinDay,
            pinMinute, phase, link));
      }
    }
    return out;
  }

  private Integer duration(YNode n, String what) {
    BigInteger minutes;
    if (n instanceof YScalar s && s.type() == ScalarType.INT) {
      minutes = decimal(n, what + " duration");
    } else {
      String s = string(n, what + " duration");
      if (s == null) {
        return null;
      }
      try {
        minutes = BigInteger.valueOf(Times.parseDuration(s));
      } catch (IllegalArgumentException e) {
        error(n, Rule.BAD_DURATION, what + " duration: " + e.getMessage());
        return null;
      }
    }
    if (minutes == null) {
      return null;
    }
    if (minutes.compareTo(BigInteger.valueOf(5)) < 0 || minutes.compareTo(BigInteger.valueOf(480)) > 0
        || minutes.intValue() % 5 != 0) {
      error(n, Rule.BAD_DURATION, what + " duration must be 5m to 8h in steps of 5 minutes, got " + minutes + " minutes");
      return null;
    }
    return minutes.intValue();
  }
}
