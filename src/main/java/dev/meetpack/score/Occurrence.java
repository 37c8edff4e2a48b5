package dev.meetpack.score;

import java.time.ZonedDateTime;

/** One occurrence of a meeting in horizon week {@code week}: absolute time [start, end), in the meeting's anchor zone. */
public record Occurrence(String meetingId, int week, ZonedDateTime start, ZonedDateTime end) {}
