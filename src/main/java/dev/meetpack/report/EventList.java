package dev.meetpack.report;

import dev.meetpack.score.ReadEvent;
import java.util.List;

/** The events {@code report --ics} read, matched and skipped: the same listing in every format. */
final class EventList {
  private EventList() {}

  private static String heading(List<ReadEvent> events) {
    long matched = events.stream().filter(e -> e.skipped() == null && !e.people().isEmpty()).count();
    long skipped = events.stream().filter(e -> e.skipped() != null).count();
    return events.size() + " event(s) read: " + matched + " matched to the team's people, " + skipped + " skipped";
  }

  private static String title(ReadEvent e) {
    return e.summary() != null ? e.summary() : e.uid() != null ? e.uid() : "(no summary)";
  }

  private static String what(ReadEvent e) {
    if (e.skipped() != null) {
      return "skipped: " + e.skipped();
    }
    String n = e.instances().size() + (e.allDay() ? " all-day" : "") + " instance(s) in the evaluated weeks";
    return e.people().isEmpty() ? n + ", none of the team's people" : n + ", " + String.join(", ", e.people());
  }

  static void text(StringBuilder out, List<ReadEvent> events) {
    out.append('\n').append(heading(events)).append('\n');
    for (ReadEvent e : events) {
      out.append("  line ").append(e.line()).append("  ").append(title(e)).append(": ").append(what(e)).append('\n');
    }
  }

  static void markdown(StringBuilder out, List<ReadEvent> events) {
    out.append('\n').append(heading(events)).append("\n\n| line | event | read |\n|---|---|---|\n");
    for (ReadEvent e : events) {
      out.append("| ").append(e.line()).append(" | ").append(title(e).replace("|", "\\|")).append(" | ")
          .append(what(e).replace("|", "\\|")).append(" |\n");
    }
  }

  /** A second table after a blank line, so the people table above stays as it was. */
  static void csv(StringBuilder out, List<ReadEvent> events) {
    out.append("\nline,uid,summary,all_day,instances,people,skipped\n");
    for (ReadEvent e : events) {
      out.append(String.join(",", String.valueOf(e.line()), cell(e.uid()), cell(e.summary()),
          String.valueOf(e.allDay()), String.valueOf(e.instances().size()), cell(String.join(" ", e.people())),
          cell(e.skipped()))).append('\n');
    }
  }

  private static String cell(String s) {
    if (s == null) {
      return "";
    }
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  static void json(Json j, List<ReadEvent> events) {
    j.array("events");
    for (ReadEvent e : events) {
      j.beginItem().field("line", e.line()).field("uid", e.uid()).field("summary", e.summary())
          .field("allDay", e.allDay()).field("skipped", e.skipped());
      j.array("matched");
      e.people().forEach(j::item);
      j.endArray();
      j.array("instances");
      for (ReadEvent.Instance i : e.instances()) {
        j.beginItem().field("start", i.start()).field("end", i.end()).end();
      }
      j.endArray().end();
    }
    j.endArray();
  }
}
