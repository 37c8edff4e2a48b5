package dev.meetpack.report;

import java.util.Locale;

/** A minimal streaming JSON writer with two-space indentation: deterministic, no library needed. */
public final class Json {
  private final StringBuilder out = new StringBuilder();
  private int depth;
  private boolean first = true;

  public Json begin() {
    return open('{');
  }

  /** A top-level array. */
  public Json beginArray() {
    return open('[');
  }

  public Json end() {
    return close('}');
  }

  public Json array(String key) {
    key(key);
    return open('[');
  }

  public Json object(String key) {
    key(key);
    return open('{');
  }

  public Json beginItem() {
    comma();
    return open('{');
  }

  public Json endArray() {
    return close(']');
  }

  public Json field(String key, String value) {
    key(key);
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    return this;
  }

  public Json field(String key, long value) {
    key(key);
    out.append(value);
    return this;
  }

  public Json field(String key, double value) {
    key(key);
    out.append(String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", ".0"));
    return this;
  }

  public Json field(String key, boolean value) {
    key(key);
    out.append(value);
    return this;
  }

  public Json item(String value) {
    comma();
    string(value);
    return this;
  }

  private Json open(char c) {
    out.append(c);
    depth++;
    first = true;
    return this;
  }

  private Json close(char c) {
    depth--;
    if (!first) {
      newline();
    }
    out.append(c);
    first = false;
    return this;
  }

  private void key(String key) {
    comma();
    string(key);
    out.append(": ");
  }

  private void comma() {
    if (!first) {
      out.append(',');
    }
    first = false;
    newline();
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(Math.max(0, depth)));
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out + "\n";
  }
}
