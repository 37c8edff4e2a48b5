package dev.meetpack.page;

/**
 * A tiny HTML writer whose only job is that text and attribute values from a config can never become
 * markup: every value goes through {@link #escape}. Tag and attribute names are constants of this package.
 */
final class Html {
  private final StringBuilder out = new StringBuilder();

  /** {@code attrs} alternate name and value; a null value leaves the attribute out. */
  Html open(String tag, String... attrs) {
    out.append('<').append(tag);
    for (int i = 0; i < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        out.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
      }
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** An element holding only text. */
  Html el(String tag, String text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  /** Markup written by this package itself (the style sheet, the doctype); never config values. */
  Html markup(String markup) {
    out.append(markup);
    return this;
  }

  Html nl() {
    out.append('\n');
    return this;
  }

  /** Quotes are escaped in text too, so one function serves text and double- or single-quoted attributes. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
