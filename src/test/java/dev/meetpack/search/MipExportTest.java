package dev.meetpack.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.model.Team;
import dev.meetpack.score.Scorer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The exported program is a relaxation: every optimal schedule of a random small team satisfies
 * each of its rows, and the program's objective there is at most the schedule's cost (equal where
 * no one has a gap between off-hours calls).
 */
class MipExportTest {
  /** One row or the objective: its terms, comparator and right-hand side. */
  private record Row(String name, List<String> vars, List<Long> coefs, String op, long rhs) {
    long value(Set<String> ones) {
      long v = 0;
      for (int i = 0; i < vars.size(); i++) {
        v += ones.contains(vars.get(i)) ? coefs.get(i) : 0;
      }
      return v;
    }

    boolean holds(Set<String> ones) {
      long v = value(ones);
      return op.equals("=") ? v == rhs : v <= rhs;
    }
  }

  private static Row parse(String line) {
    int colon = line.indexOf(':');
    String[] tokens = line.substring(colon + 1).trim().split("\\s+");
    List<String> vars = new ArrayList<>();
    List<Long> coefs = new ArrayList<>();
    long sign = 1;
    long coef = 1;
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.equals("+") || t.equals("-")) {
        sign = t.equals("-") ? -1 : 1;
      } else if (t.equals("<=") || t.equals("=")) {
        return new Row(line.substring(0, colon).trim(), vars, coefs, t, Long.parseLong(tokens[i + 1]));
      } else if (Character.isDigit(t.charAt(0))) {
        coef = Long.parseLong(t);
      } else {
        vars.add(t);
        coefs.add(sign * coef);
        sign = 1;
        coef = 1;
      }
    }
    return new Row(line.substring(0, colon).trim(), vars, coefs, "", 0);
  }

  @Test
  void everyOptimalScheduleOfSmallTeamsSatisfiesTheProgramAtNoMoreThanItsCost() {
    int feasible = 0;
    int equal = 0;
    int conflicts = 0;
    for (long seed = 1; seed <= 100; seed++) {
      Team team = RandomInstances.small(seed);
      SearchResult r = Solver.solve(team, Solver.Options.UNLIMITED);
      if (r.schedule() == null) {
        continue;
      }
      feasible++;
      SearchModel model = new SearchModel(team);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      MipExport.program(model, new PrintStream(bytes, true, StandardCharsets.UTF_8));
      String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
      Set<String> ones = MipExport.ones(model, r.schedule());
      Set<String> binaries = new HashSet<>();
      Row objective = null;
      String section = "";
      for (String line : lines) {
        if (!line.startsWith(" ")) {
          section = line;
        } else if (section.equals("Minimize")) {
          objective = parse(line);
        } else if (section.equals("Subject To")) {
          Row row = parse(line);
          assertThat(row.holds(ones)).as("seed %d, row %s", seed, line).isTrue();
          conflicts += row.name().startsWith("h") ? 1 : 0;
        } else if (section.equals("Binary")) {
          binaries.add(line.trim());
        }
      }
      assertThat(binaries).as("seed %d", seed).containsAll(ones);
      long cost = Scorer.score(team, r.schedule()).cost();
      assertThat(objective.value(ones)).as("seed %d", seed).isLessThanOrEqualTo(cost);
      equal += objective.value(ones) == cost ? 1 : 0;
    }
    assertThat(feasible).isGreaterThan(40);
    assertThat(equal).isGreaterThan(feasible * 3 / 4);
    assertThat(conflicts).isPositive();
  }
}
