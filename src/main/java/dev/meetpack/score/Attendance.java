package dev.meetpack.score;

import java.time.Instant;

/** A person's required presence at one occurrence: what scoring sees, whether planned or read from a calendar. */
public record Attendance(String personId, String meetingId, String title, int week, Instant start, Instant end) {}
