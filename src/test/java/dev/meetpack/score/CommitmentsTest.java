package dev.meetpack.score;

import static dev.meetpack.Fixtures.person;
import static dev.meetpack.Fixtures.pinned;
import static dev.meetpack.Fixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.model.Commitments;
import dev.meetpack.model.Person;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC 2a in the scorer and the checker: days off are missed or cancel, busy time is H7, one-offs are conflicts. */
class CommitmentsTest {
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
  static final Person A = person("a", "America/New_York", "09:00-17:00", "07:00-22:00");
  static final Person B = person("b", "America/New_York", "09:00-17:00", "07:00-22:00");
  /** Tuesday 10:00 New York for a and b, two weeks. */
  static final Team TEAM = team(MONDAY, 2, 15, List.of(A, B),
      List.of(pinned("m", 60, List.of("a", "b"), DayOfWeek.TUESDAY, "10:00")));

  static Instant ny(String local) {
    return LocalDateTime.parse(local).atZone(A.zone()).toInstant();
  }

  static Commitments.Event event(String from, String to, String summary) {
    return new Commitments.Event(ny(from), ny(to), summary, "cal.ics:7");
  }

  @Test
  void dayOff_ofOneOfTwo_cancelsThatWeekOnly() {
    Team t = TEAM.withCommitments(new Commitments(Map.of(), Map.of(),
        Map.of("b", Map.of(LocalDate.of(2026, 12, 8), "Vacation"))));
    Schedule s = Schedule.ofPins(t);
    List<Attendance> att = Occurrences.attendances(t, s);
    assertThat(att).extracting(Attendance::week).containsExactly(0, 0);
    List<Occurrences.Absence> abs = Occurrences.absences(t, s);
    assertThat(abs).hasSize(1);
    assertThat(abs.get(0).cancelled()).isTrue();
    assertThat(abs.get(0).missed()).isEqualTo(Map.of("b", "Vacation"));
    assertThat(Scorer.score(t, s).cost()).isEqualTo(Scorer.score(TEAM, s).cost() / 2);
  }

  @Test
  void dayOff_isTheLocalDateTheOccurrenceStartsOn() {
    // Not Tuesday in New York (Monday's day off) and not a date b is off: nothing missed.
    Team t = TEAM.withCommitments(new Commitments(Map.of(), Map.of(),
        Map.of("b", Map.of(LocalDate.of(2026, 11, 30), "Holiday"))));
    assertThat(Occurrences.absences(t, Schedule.ofPins(t))).isEmpty();
    assertThat(Occurrences.attendances(t, Schedule.ofPins(t))).hasSize(4);
  }

  @Test
  void busy_overlapIsH7WithTheEventNamed_backToBackIsFine() {
    Team busy = TEAM.withCommitments(new Commitments(
        Map.of("a", List.of(event("2026-12-08T10:30", "2026-12-08T11:30", "Vendor call"))), Map.of(), Map.of()));
    assertThat(Constraints.violations(busy, Schedule.ofPins(busy)))
        .containsExactly("m: in week 1 (2026-12-08) a is busy Tue 10:30-11:30 (Vendor call, cal.ics:7)");
    Team adjacent = TEAM.withCommitments(new Commitments(
        Map.of("a", List.of(event("2026-12-08T11:00", "2026-12-08T12:00", "Vendor call"))), Map.of(), Map.of()));
    assertThat(Constraints.violations(adjacent, Schedule.ofPins(adjacent))).isEmpty();
  }

  @Test
  void busy_ofSomeoneOnADayOff_doesNotConstrain() {
    Team t = TEAM.withCommitments(new Commitments(
        Map.of("a", List.of(event("2026-12-08T10:30", "2026-12-08T11:30", "Vendor call"))), Map.of(),
        Map.of("a", Map.of(LocalDate.of(2026, 12, 8), "Vacation"))));
    assertThat(Constraints.violations(t, Schedule.ofPins(t))).isEmpty();
  }

  @Test
  void oneOff_isAConflictNotAViolation() {
    Team t = TEAM.withCommitments(new Commitments(Map.of(),
        Map.of("b", List.of(event("2026-12-01T09:30", "2026-12-01T10:15", "Dentist"))), Map.of()));
    assertThat(Constraints.violations(t, Schedule.ofPins(t))).isEmpty();
    List<Occurrences.Conflict> c = Occurrences.conflicts(t, Schedule.ofPins(t));
    assertThat(c).extracting(Occurrences.Conflict::personId, Occurrences.Conflict::week).containsExactly(
        org.assertj.core.groups.Tuple.tuple("b", 0));
    assertThat(c.get(0).event().summary()).isEqualTo("Dentist");
  }
}
