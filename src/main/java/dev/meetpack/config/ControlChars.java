package dev.meetpack.config;

import java.util.Locale;

/**
 * The control characters SPEC section 1 bans from config text: U+0000-U+001F but TAB, U+007F-U+009F, U+2028 and
 * U+2029. Raw in an .ics they break the line structure; in a terminal or a CI log they move the cursor, recolour
 * the screen or start a line that forges a located error or a GitHub workflow command.
 */
public final class ControlChars {
  private ControlChars() {}

  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
  }

  /** The index of the first banned character (TAB is allowed), or -1. */
  static int first(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\t' && isControl(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The text with every control character, TAB included, written as an escape: backslash n, r or t, else
   * backslash, u and four hex digits. Every user-facing message goes through it, so that it stays one inert line
   * whatever value it echoes.
   */
  public static String escape(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isControl(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out == null ? s : out.toString();
  }
}
