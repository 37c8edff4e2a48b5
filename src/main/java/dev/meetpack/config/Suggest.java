package dev.meetpack.config;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** "did you mean" suggestions for misspelt keys, ids, weekdays and zone ids. */
final class Suggest {
  private Suggest() {}

  private static final Map<String, String> ZONE_ALIASES = Map.ofEntries(
      Map.entry("KST", "Asia/Seoul"), Map.entry("JST", "Asia/Tokyo"), Map.entry("IST", "Asia/Kolkata"),
      Map.entry("ET", "America/New_York"), Map.entry("EDT", "America/New_York"),
      Map.entry("CT", "America/Chicago"), Map.entry("CDT", "America/Chicago"), Map.entry("CST", "America/Chicago"),
      Map.entry("PT", "America/Los_Angeles"), Map.entry("PST", "America/Los_Angeles"),
      Map.entry("PDT", "America/Los_Angeles"), Map.entry("MT", "America/Denver"),
      Map.entry("BST", "Europe/London"), Map.entry("CET", "Europe/Berlin"), Map.entry("CEST", "Europe/Berlin"));

  /** The closest candidate within a small edit distance, or null. */
  static String closest(String input, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String in = input.toLowerCase(Locale.ROOT);
    int allowed = Math.max(1, Math.min(3, input.length() / 3));
    for (String c : new TreeSet<>(candidates)) {
      // The distance is at least the difference in length: skipping far ones keeps a huge value from costing
      // length x length work per candidate.
      if (Math.abs(in.length() - c.length()) > allowed) {
        continue;
      }
      int d = distance(in, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return bestDistance <= allowed && bestDistance < input.length() ? best : null;
  }

  /** A zone id for a near miss: case, spaces, abbreviations, or just the city. */
  static String zone(String input) {
    String alias = ZONE_ALIASES.get(input.trim().toUpperCase(Locale.ROOT));
    if (alias != null) {
      return alias;
    }
    String norm = input.trim().replace(' ', '_');
    String city = "/" + norm.toLowerCase(Locale.ROOT);
    for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      if (id.equalsIgnoreCase(norm) || id.toLowerCase(Locale.ROOT).endsWith(city)) {
        return id;
      }
    }
    return closest(norm, ZoneId.getAvailableZoneIds());
  }

  static String didYouMean(String suggestion) {
    return suggestion == null ? "" : " (did you mean '" + suggestion + "'?)";
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
