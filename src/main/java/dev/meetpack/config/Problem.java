package dev.meetpack.config;

import java.util.Objects;

/**
 * One validation error at a 1-based line and column of a file (0 when the file as a whole is at fault), of the
 * kind {@code rule}. File and message are escaped here, once, so that no rendering (text, json, github, sarif)
 * can print a raw control character.
 */
public record Problem(String file, int line, int col, Rule rule, String message) implements Comparable<Problem> {
  public Problem {
    Objects.requireNonNull(rule, "rule");
    file = ControlChars.escape(file);
    message = ControlChars.escape(message);
  }

  @Override
  public int compareTo(Problem o) {
    int c = Integer.compare(line, o.line);
    if (c == 0) {
      c = Integer.compare(col, o.col);
    }
    return c == 0 ? message.compareTo(o.message) : c;
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + col + ": error: " + message;
  }
}
