package dev.meetpack.config;

/** One validation error at a 1-based line and column of a file (0 when the file as a whole is at fault). */
public record Problem(String file, int line, int col, String message) implements Comparable<Problem> {
  /** File and message are escaped here, once, so that no rendering (text, json, github) can print a raw one. */
  public Problem {
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
