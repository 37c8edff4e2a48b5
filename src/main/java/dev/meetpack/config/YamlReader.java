package dev.meetpack.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.meetpack.config.YNode.Entry;
import dev.meetpack.config.YNode.ScalarType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML into a {@link YNode} tree that remembers where every value stands, and refuses what
 * Jackson would otherwise accept silently: aliases (read as plain strings), anchors, merge keys,
 * duplicate keys and further documents.
 */
final class YamlReader {
  static final int MAX_BYTES = 1 << 20;
  static final int MAX_DEPTH = 16;
  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
      .build();

  private final String file;
  private final List<Problem> problems;

  private YamlReader(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The tree, or null after adding at least one problem. */
  static YNode read(String file, byte[] bytes, List<Problem> problems) {
    return new YamlReader(file, problems).read(bytes);
  }

  private YNode read(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return fail(0, 0, Rule.FILE_TOO_LARGE, "file is " + bytes.length + " bytes; config files are limited to 1 MiB");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        int[] lc = lineCol(bytes, i);
        return fail(lc[0], lc[1], Rule.NOT_TEXT, "NUL byte: this is a binary file, not YAML");
      }
    }
    String text;
    try {
      CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      text = dec.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes);
      int[] lc = lineCol(bytes, bad);
      return fail(lc[0], lc[1], Rule.NOT_TEXT, "invalid UTF-8 (byte 0x" + String.format("%02X", bytes[bad] & 0xFF)
          + "); save the file as UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return fail(1, 1, Rule.EMPTY_FILE, "file is empty; expected a mapping with 'team', 'people' and 'meetings'");
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return fail(1, 1, Rule.EMPTY_FILE, "file holds no YAML document; expected a mapping with 'team', 'people' and 'meetings'");
      }
      YNode root = node((YAMLParser) p, 1);
      if (root == null) {
        return null;
      }
      JsonToken next = p.nextToken();
      if (next != null) {
        JsonLocation loc = p.currentTokenLocation();
        return fail(loc.getLineNr(), loc.getColumnNr(), Rule.SECOND_DOCUMENT,
            "a second YAML document ('---') is not allowed; keep one config per file");
      }
      return root;
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports syntax errors with a mark; Jackson wraps them, or raises its own with a location.
      org.yaml.snakeyaml.error.MarkedYAMLException marked = marked(e);
      if (marked != null && marked.getProblemMark() != null) {
        String what = marked.getProblem() == null ? marked.getContext() : marked.getProblem();
        String context = marked.getContext() == null || marked.getProblem() == null ? "" : " (" + marked.getContext() + ")";
        return fail(marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1, Rule.YAML_SYNTAX,
            "invalid YAML: " + what + context);
      }
      JsonLocation loc = e instanceof JsonProcessingException j ? j.getLocation() : null;
      String msg = (e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage()))
          .lines().findFirst().orElse("invalid YAML").trim();
      return fail(loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), Rule.YAML_SYNTAX, "invalid YAML: " + msg);
    }
  }

  private YNode node(YAMLParser p, int depth) throws IOException {
    JsonLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int col = loc.getColumnNr();
    String refused = depth > MAX_DEPTH ? "nesting deeper than " + MAX_DEPTH + " levels; a meetpack config needs at most 4"
        : p.isCurrentAlias() ? "YAML alias '*" + p.getText() + "' is not supported: write the value out in full"
        : p.getObjectId() != null
            ? "YAML anchor '&" + p.getObjectId() + "' is not supported: write each value out in full" : null;
    if (refused != null) {
      p.skipChildren();
      return fail(line, col, depth > MAX_DEPTH ? Rule.TOO_DEEP : Rule.UNSUPPORTED_YAML, refused);
    }
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Entry> entries = new LinkedHashMap<>();
        boolean ok = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          JsonLocation kl = p.currentTokenLocation();
          String key = p.currentName();
          if (p.isCurrentAlias()) {
            fail(kl.getLineNr(), kl.getColumnNr(), Rule.UNSUPPORTED_YAML, "YAML alias '*" + key + "' is not supported: write the key out in full");
            ok = false;
          }
          p.nextToken();
          if ("<<".equals(key)) {
            fail(kl.getLineNr(), kl.getColumnNr(), Rule.UNSUPPORTED_YAML, "YAML merge key '<<' is not supported: write the keys out in full");
            p.skipChildren();
            ok = false;
            continue;
          }
          YNode value = node(p, depth + 1);
          if (value == null) {
            ok = false;
            if (problems.size() > 200) {
              return null;
            }
            continue;
          }
          Entry previous = entries.get(key);
          if (previous != null) {
            fail(kl.getLineNr(), kl.getColumnNr(), Rule.DUPLICATE_KEY, "duplicate key '" + key + "' (first at line " + previous.line() + ")");
            ok = false;
            continue;
          }
          entries.put(key, new Entry(key, kl.getLineNr(), kl.getColumnNr(), value));
        }
        return ok ? new YNode.YMap(line, col, entries) : null;
      }
      case START_ARRAY: {
        List<YNode> items = new ArrayList<>();
        boolean ok = true;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          YNode item = node(p, depth + 1);
          if (item == null) {
            ok = false;
            continue;
          }
          items.add(item);
        }
        return ok ? new YNode.YList(line, col, items) : null;
      }
      case VALUE_STRING:
        return new YNode.YScalar(line, col, ScalarType.STRING, p.getText());
      case VALUE_NUMBER_INT:
        return new YNode.YScalar(line, col, ScalarType.INT, p.getText());
      case VALUE_NUMBER_FLOAT:
        return new YNode.YScalar(line, col, ScalarType.FLOAT, p.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new YNode.YScalar(line, col, ScalarType.BOOL, p.getText());
      case VALUE_NULL:
        return new YNode.YScalar(line, col, ScalarType.NULL, "");
      default:
        return fail(line, col, Rule.YAML_SYNTAX, "unexpected YAML content (" + t + ")");
    }
  }

  private YNode fail(int line, int col, Rule rule, String message) {
    problems.add(new Problem(file, line, col, rule, message));
    return null;
  }

  private static org.yaml.snakeyaml.error.MarkedYAMLException marked(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
        return m;
      }
    }
    return null;
  }

  private static int[] lineCol(byte[] bytes, int index) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < index; i++) {
      if (bytes[i] == '\n') {
        line++;
        col = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        col++;
      }
    }
    return new int[] {line, col};
  }

  private static int firstInvalidUtf8(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
      if (n < 0 || i + n >= b.length + (n == 0 ? 1 : 0) && n > 0) {
        return i;
      }
      for (int k = 1; k <= n; k++) {
        if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += n + 1;
    }
    return Math.max(0, b.length - 1);
  }
}
