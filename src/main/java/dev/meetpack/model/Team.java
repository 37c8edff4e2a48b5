package dev.meetpack.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded, validated config: the team, its meetings and the planning horizon. {@code weeks} is the
 * number of weeks evaluated; {@code openEnded} says the series have no end (the calendars write no
 * UNTIL), in which case those weeks are a sample of the series rather than all of it. {@code objective}
 * says what the search minimises (SPEC sections 3 and 3a). {@code commitments} is what people already
 * have (SPEC 2a: busy time, one-off events, days off); {@code baseline} the schedule being re-planned
 * from (SPEC 5 {@code --baseline}); both are {@code NONE} when absent.
 */
public record Team(
    String name,
    ZoneId timezone,
    LocalDate start,
    int weeks,
    boolean openEnded,
    int slot,
    Weights weights,
    List<Person> people,
    List<Meeting> meetings,
    String organizer,
    Objective objective,
    Commitments commitments,
    Baseline baseline) {

  /** total: the least total cost; fair: the least largest burden first, then the least total (SPEC 3a). */
  public enum Objective { TOTAL, FAIR }

  public Team {
    Objects.requireNonNull(name, "team");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(commitments, "commitments");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(timezone, "timezone");
    if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("horizon start must be a Monday: " + start);
    }
    if (weeks < 1) {
      throw new IllegalArgumentException("weeks must be at least 1");
    }
    if (slot <= 0 || Window.DAY % slot != 0) {
      throw new IllegalArgumentException("slot must divide the day: " + slot);
    }
    people = List.copyOf(people);
    meetings = List.copyOf(meetings);
  }

  /** Nothing booked already, no baseline. */
  public Team(String name, ZoneId timezone, LocalDate start, int weeks, boolean openEnded, int slot, Weights weights,
      List<Person> people, List<Meeting> meetings, String organizer, Objective objective) {
    this(name, timezone, start, weeks, openEnded, slot, weights, people, meetings, organizer, objective,
        Commitments.NONE, Baseline.NONE);
  }

  /** The total objective. */
  public Team(String name, ZoneId timezone, LocalDate start, int weeks, boolean openEnded, int slot, Weights weights,
      List<Person> people, List<Meeting> meetings, String organizer) {
    this(name, timezone, start, weeks, openEnded, slot, weights, people, meetings, organizer, Objective.TOTAL);
  }

  /** A horizon that ends after {@code weeks}. */
  public Team(String name, ZoneId timezone, LocalDate start, int weeks, int slot, Weights weights, List<Person> people,
      List<Meeting> meetings, String organizer) {
    this(name, timezone, start, weeks, false, slot, weights, people, meetings, organizer);
  }

  /** This team with other meetings (everything else kept: commitments, baseline, objective). */
  public Team withMeetings(List<Meeting> other) {
    return new Team(name, timezone, start, weeks, openEnded, slot, weights, people, other, organizer, objective,
        commitments, baseline);
  }

  /** This team evaluated over {@code n} weeks from {@code from} (a Monday), everything else kept. */
  public Team withHorizon(LocalDate from, int n) {
    return new Team(name, timezone, from, n, openEnded, slot, weights, people, meetings, organizer, objective,
        commitments, baseline);
  }

  public Team withCommitments(Commitments c) {
    return new Team(name, timezone, start, weeks, openEnded, slot, weights, people, meetings, organizer, objective,
        c, baseline);
  }

  public Team withBaseline(Baseline b) {
    return new Team(name, timezone, start, weeks, openEnded, slot, weights, people, meetings, organizer, objective,
        commitments, b);
  }

  /** 2 if any meeting is biweekly, else 1. */
  public int cycle() {
    return meetings.stream().anyMatch(Meeting::biweekly) ? 2 : 1;
  }

  public Map<String, Person> peopleById() {
    Map<String, Person> m = new LinkedHashMap<>();
    people.forEach(p -> m.put(p.id(), p));
    return m;
  }

  public Person person(String id) {
    return people.stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no person " + id));
  }

  /**
   * The team's part of every UID: the name folded to lower-case ASCII letters, digits and hyphens,
   * then, unless that is the name itself, a dot and 8 hex digits of the SHA-256 of the name (NFC).
   * The hash keeps names that fold alike apart ("Équipe Été", "equipe ete", "데이터 과학팀", "東京チーム");
   * a name that is its own slug has no dot, so it cannot meet a hashed one.
   */
  public String slug() {
    String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
    String ascii = Normalizer.normalize(nfc, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (!ascii.isEmpty() && ascii.equals(nfc)) {
      return ascii;
    }
    String hash = HexFormat.of().formatHex(sha256(nfc.getBytes(StandardCharsets.UTF_8)), 0, 4);
    return ascii.isEmpty() ? hash : ascii + "." + hash;
  }

  private static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
