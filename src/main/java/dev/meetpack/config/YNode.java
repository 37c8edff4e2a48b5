package dev.meetpack.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML node with the 1-based line and column where it starts: what the loader validates. */
sealed interface YNode {
  int line();

  int col();

  /** What a user would call this node's type, for messages. */
  String kind();

  record Entry(String key, int line, int col, YNode value) {}

  record YMap(int line, int col, Map<String, Entry> entries) implements YNode {
    public YMap {
      entries = new LinkedHashMap<>(entries);
    }

    public String kind() {
      return "a mapping";
    }
  }

  record YList(int line, int col, List<YNode> items) implements YNode {
    public YList {
      items = List.copyOf(items);
    }

    public String kind() {
      return "a list";
    }
  }

  enum ScalarType { STRING, INT, FLOAT, BOOL, NULL }

  record YScalar(int line, int col, ScalarType type, String text) implements YNode {
    public String kind() {
      return switch (type) {
        case STRING -> "a string";
        case INT -> "an integer";
        case FLOAT -> "a number";
        case BOOL -> "a boolean";
        case NULL -> "null";
      };
    }
  }
}
