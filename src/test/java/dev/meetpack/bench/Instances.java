package dev.meetpack.bench;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Person;
import dev.meetpack.model.Team;
import dev.meetpack.model.Weights;
import dev.meetpack.model.Window;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;

/** Deterministic (seeded) teams of the three benchmark shapes. */
public final class Instances {
  private Instances() {}

  static final LocalDate START = LocalDate.of(2026, 11, 30);

  /** The three shapes by name, in the benchmark's order. */
  static final Map<String, LongFunction<Team>> SHAPES = shapes();

  private static Map<String, LongFunction<Team>> shapes() {
    Map<String, LongFunction<Team>> m = new LinkedHashMap<>();
    m.put("seed", Instances::seed);
    m.put("company", Instances::company);
    m.put("organisation", Instances::organisation);
    return Collections.unmodifiableMap(m);
  }

  record Region(String zone, Window work, Window available) {}

  static final Region SEOUL = new Region("Asia/Seoul", new Window(540, 1080), new Window(480, 1320));
  static final Region NEW_YORK = new Region("America/New_York", new Window(540, 1080), new Window(420, 1380));
  static final Region LOS_ANGELES = new Region("America/Los_Angeles", new Window(540, 1080), new Window(420, 1260));
  static final Region LONDON = new Region("Europe/London", new Window(540, 1050), new Window(450, 1290));
  static final Region KOLKATA = new Region("Asia/Kolkata", new Window(570, 1110), new Window(480, 1350));
  static final Region BERLIN = new Region("Europe/Berlin", new Window(540, 1050), new Window(450, 1290));

  /** ≈20 people, 15 meetings, 15-minute slots, weekly and biweekly: the seed's shape. */
  public static Team seed(long seed) {
    return generate("seed-" + seed, seed, new Region[] {SEOUL, NEW_YORK, LOS_ANGELES}, new int[] {8, 7, 5}, 15, 3,
        EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
  }

  /** 50 people, half in Seoul, 40 meetings of which 10 biweekly, 3 allowed days. */
  public static Team company(long seed) {
    return generate("company-" + seed, seed, new Region[] {SEOUL, NEW_YORK, LOS_ANGELES}, new int[] {25, 15, 10}, 40,
        10, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
  }

  /** 500 people in 6 zones, 300 meetings, 5 days. */
  public static Team organisation(long seed) {
    return generate("organisation-" + seed, seed, new Region[] {SEOUL, NEW_YORK, LOS_ANGELES, LONDON, KOLKATA, BERLIN},
        new int[] {100, 100, 80, 80, 80, 60}, 300, 75, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  static Team generate(String name, long seed, Region[] regions, int[] counts, int meetings, int biweekly,
      EnumSet<DayOfWeek> days) {
    Random r = new Random(seed);
    List<Person> people = new ArrayList<>();
    List<List<String>> byRegion = new ArrayList<>();
    for (int g = 0; g < regions.length; g++) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < counts[g]; i++) {
        String id = regions[g].zone().substring(regions[g].zone().indexOf('/') + 1).toLowerCase().replace('_', '-')
            + "-" + i;
        ids.add(id);
        people.add(new Person(id, null, id + "@example.com", ZoneId.of(regions[g].zone()), regions[g].work(),
            regions[g].available(), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null));
      }
      byRegion.add(ids);
    }
    List<Meeting> out = new ArrayList<>();
    for (int m = 0; m < meetings; m++) {
      boolean isBiweekly = m < biweekly;
      // Biweekly meetings are same-region stakeholder reviews inside working hours; the rest mix regions.
      int home = r.nextInt(regions.length);
      int other = isBiweekly || r.nextInt(3) == 0 ? home : (home + 1 + r.nextInt(regions.length - 1)) % regions.length;
      if (!feasiblePair(regions[home], regions[other])) {
        other = home;
      }
      List<String> att = new ArrayList<>();
      int size = 2 + r.nextInt(r.nextInt(4) == 0 ? 5 : 2);
      while (att.size() < size) {
        List<String> pool = byRegion.get(att.size() % 2 == 0 ? home : other);
        String id = pool.get(Math.min(pool.size() - 1, (int) Math.abs(r.nextGaussian() * pool.size() / 3)));
        if (!att.contains(id)) {
          att.add(id);
        } else if (pool.size() <= att.size()) {
          break;
        }
      }
      if (att.size() < 2) {
        continue;
      }
      int duration = new int[] {30, 30, 45, 60, 60, 90}[r.nextInt(6)];
      out.add(new Meeting("m" + m, null, att, List.of(), duration, isBiweekly ? 2 : 1, days, isBiweekly,
          ZoneId.of(regions[home].zone()), null, null, null, null));
    }
    return new Team(name, ZoneId.of("America/New_York"), START, 2, 15, Weights.DEFAULT, people, out, null);
  }

  /** Whether two regions' available windows overlap at all (Seoul and Los Angeles do, barely). */
  private static boolean feasiblePair(Region a, Region b) {
    return !(a == LOS_ANGELES && b == KOLKATA || a == KOLKATA && b == LOS_ANGELES);
  }

  /** The same team over {@code weeks} evaluated weeks. */
  public static Team withWeeks(Team t, int weeks) {
    return new Team(t.name(), t.timezone(), t.start(), weeks, t.slot(), t.weights(), t.people(), t.meetings(),
        t.organizer());
  }
}
