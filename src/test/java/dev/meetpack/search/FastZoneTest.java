package dev.meetpack.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.model.Team;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FastZoneTest {
  static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant TO = Instant.parse("2028-01-01T00:00:00Z");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"America/New_York", "Asia/Seoul", "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham",
      "America/Santiago", "Africa/Casablanca", "Asia/Kathmandu", "America/St_Johns", "Europe/Dublin"})
  void fastZone_agreesWithJavaTime_everyQuarterHourAroundTransitions(String id) {
    ZoneId zone = ZoneId.of(id);
    assertThat(FastZone.supported(zone, FROM, TO)).isTrue();
    FastZone fast = new FastZone(zone, FROM, TO);
    Random r = new Random(id.hashCode());
    List<Instant> probes = new java.util.ArrayList<>();
    for (var t = zone.getRules().nextTransition(FROM); t != null && t.getInstant().isBefore(TO);
        t = zone.getRules().nextTransition(t.getInstant())) {
      for (int m = -180; m <= 180; m += 15) {
        probes.add(t.getInstant().plusSeconds(60L * m));
      }
    }
    for (int i = 0; i < 2000; i++) {
      probes.add(FROM.plusSeconds(60L * r.nextInt(2 * 365 * 1440)));
    }
    for (Instant utc : probes) {
      long minute = utc.getEpochSecond() / 60;
      assertThat(fast.offsetAt(minute) * 60).as("offset at " + utc).isEqualTo(zone.getRules().getOffset(utc).getTotalSeconds());
      // Local wall times near transitions, including ones in gaps and overlaps.
      LocalDateTime local = LocalDateTime.ofEpochSecond(utc.getEpochSecond(), 0, java.time.ZoneOffset.UTC);
      long expected = ZonedDateTime.of(local, zone).toEpochSecond() / 60;
      assertThat(fast.toUtc(local.toEpochSecond(java.time.ZoneOffset.UTC) / 60)).as("local " + local).isEqualTo(expected);
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void searchModel_fastAndJavaTimeViews_buildTheSameClasses(long seed) {
    Team team = RandomInstances.small(seed);
    SearchModel fast = new SearchModel(team, true, true);
    SearchModel slow = new SearchModel(team, false, true);
    for (int m = 0; m < team.meetings().size(); m++) {
      assertThat(describe(fast.classes[m])).isEqualTo(describe(slow.classes[m]));
    }
  }

  private static List<String> describe(SearchModel.Klass[] classes) {
    return java.util.Arrays.stream(classes).map(k -> java.util.Arrays.toString(k.date) + java.util.Arrays.toString(k.person)
        + java.util.Arrays.toString(k.morningStart) + java.util.Arrays.toString(k.morningEnd)
        + java.util.Arrays.toString(k.eveningStart) + java.util.Arrays.toString(k.eveningEnd)
        + java.util.Arrays.stream(k.cands).map(c -> c.placement + java.util.Arrays.toString(c.start) + java.util.Arrays.toString(c.end))
            .toList()).toList();
  }
}
