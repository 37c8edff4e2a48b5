package dev.meetpack.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.junit.jupiter.api.Test;

/** The holiday calendars of samples/holidays, read by meetpack's own reader, against the official dates. */
class HolidayCalendarsTest {
  static final Path KR = Path.of("samples/holidays/kr.ics");
  static final Path US = Path.of("samples/holidays/us.ics");

  /** Date to summary, as read; every event checked to be one whole day. */
  static Map<LocalDate, String> days(Path file) throws Exception {
    IcsText.Parsed parsed = IcsText.parse(file, IcsText.read(file));
    Map<LocalDate, String> out = new TreeMap<>();
    for (IcsText.Event v : parsed.events()) {
      // Holidays have no attendees and no TZID: the zone they are read in must not matter.
      IcsEvent e = IcsEvent.read(v, a -> Optional.empty(), z -> null, ZoneOffset.UTC);
      assertThat(e.start.date()).as("line %d is all-day", e.line).isTrue();
      assertThat(e.end).as("line %d lasts one day", e.line).isEqualTo(e.start.time().plusDays(1));
      assertThat(e.rrules).isEmpty();
      assertThat(e.rdates).isEmpty();
      assertThat(out.put(e.start.time().toLocalDate(), e.summary)).as("one event a day, line %d", e.line).isNull();
    }
    return out;
  }

  static List<LocalDate> dates(Map<LocalDate, String> days, int year) {
    return days.keySet().stream().filter(d -> d.getYear() == year).toList();
  }

  static List<LocalDate> on(int year, String... monthDays) {
    List<LocalDate> out = new ArrayList<>();
    for (String md : monthDays) {
      out.add(LocalDate.parse(year + "-" + md));
    }
    return out;
  }

  @Test
  void korea2026_officialDates() throws Exception {
    assertThat(dates(days(KR), 2026)).containsExactlyElementsOf(on(2026, "01-01", "02-16", "02-17", "02-18",
        "03-01", "03-02", "05-05", "05-24", "05-25", "06-03", "06-06", "07-17", "08-15", "08-17", "09-24",
        "09-25", "09-26", "10-03", "10-05", "10-09", "12-25"));
  }

  @Test
  void korea2027_officialDates_seollalByKoreanNotChineseNewMoon() throws Exception {
    // The new moon of February 2027 is at 00:56 KST on the 7th but 23:56 in China on the 6th.
    assertThat(dates(days(KR), 2027)).containsExactlyElementsOf(on(2027, "01-01", "02-06", "02-07", "02-08",
        "02-09", "03-01", "05-05", "05-13", "06-06", "07-17", "07-19", "08-15", "08-16", "09-14", "09-15",
        "09-16", "10-03", "10-04", "10-09", "10-11", "12-25", "12-27"));
    assertThat(days(KR).get(LocalDate.of(2027, 2, 7))).isEqualTo("Seollal (Korean New Year)");
    assertThat(days(KR).get(LocalDate.of(2027, 9, 15))).isEqualTo("Chuseok");
  }

  @Test
  void korea_substituteHolidays_theWeekdaysAfterTheOnesOnAWeekend() throws Exception {
    List<LocalDate> substitutes = days(KR).entrySet().stream().filter(e -> e.getValue().startsWith("Substitute"))
        .map(Map.Entry::getKey).toList();
    // Chuseok 2026 (Thu-Sat) and 2027 (Tue-Thu) touch no Sunday, so they have none; Memorial Day never has one.
    assertThat(substitutes).containsExactlyElementsOf(List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 25),
        LocalDate.of(2026, 8, 17), LocalDate.of(2026, 10, 5), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 7, 19),
        LocalDate.of(2027, 8, 16), LocalDate.of(2027, 10, 4), LocalDate.of(2027, 10, 11), LocalDate.of(2027, 12, 27)));
    substitutes.forEach(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }

  @Test
  void us_federalHolidaysOnTheirObservedDates() throws Exception {
    Map<LocalDate, String> us = days(US);
    assertThat(dates(us, 2026)).containsExactlyElementsOf(on(2026, "01-01", "01-19", "02-16", "05-25", "06-19",
        "07-03", "09-07", "10-12", "11-11", "11-26", "12-25"));
    // New Year's Day 2028 is a Saturday: observed on Friday, Dec 31, 2027.
    assertThat(dates(us, 2027)).containsExactlyElementsOf(on(2027, "01-01", "01-18", "02-15", "05-31", "06-18",
        "07-05", "09-06", "10-11", "11-11", "11-25", "12-24", "12-31"));
    us.keySet().forEach(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    assertThat(us.get(LocalDate.of(2026, 11, 26))).isEqualTo("Thanksgiving Day");
  }

  @Test
  void bothFiles_uniqueUids_crlfLinesOfAtMost75Octets() throws IOException {
    for (Path file : List.of(KR, US)) {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThat(text).endsWith("\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
      List<String> lines = List.of(text.split("\r\n"));
      lines.forEach(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).as(l).isLessThanOrEqualTo(75));
      List<String> uids = IcsText.unfold(text).stream().map(IcsText.Line::text).filter(l -> l.startsWith("UID:"))
          .toList();
      assertThat(uids).hasSize((int) lines.stream().filter(l -> l.equals("BEGIN:VEVENT")).count())
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void korea_descriptionsHoldTheKoreanName() throws IOException {
    List<String> descriptions = IcsText.unfold(Files.readString(KR)).stream().map(IcsText.Line::text)
        .filter(l -> l.startsWith("DESCRIPTION:")).toList();
    assertThat(descriptions).hasSize(43).allMatch(l -> l.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3));
    assertThat(descriptions).contains("DESCRIPTION:추석 (음력 8월 15일)", "DESCRIPTION:대체공휴일 (설날이 일요일)");
  }

  @Test
  void bothFiles_validRfc5545_forStrictIcal4j() throws Exception {
    // IcsReader turns ical4j's relaxed modes on for the whole JVM; this check wants them off.
    List<String> keys = List.of(CompatibilityHints.KEY_RELAXED_PARSING, CompatibilityHints.KEY_RELAXED_UNFOLDING,
        CompatibilityHints.KEY_RELAXED_VALIDATION, CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY);
    List<Boolean> before = keys.stream().map(CompatibilityHints::isHintEnabled).toList();
    keys.forEach(k -> CompatibilityHints.setHintEnabled(k, false));
    try {
      for (Path file : List.of(KR, US)) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          Calendar c = new CalendarBuilder().build(r);
          assertThat(c.validate().getEntries()).as(file.toString()).isEmpty();
          assertThat(c.getComponents(Component.VEVENT)).hasSize(file.equals(KR) ? 43 : 23);
        }
      }
    } finally {
      for (int i = 0; i < keys.size(); i++) {
        CompatibilityHints.setHintEnabled(keys.get(i), before.get(i));
      }
    }
  }
}
