package dev.meetpack.search;

import dev.meetpack.bench.Instances;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.model.Weights;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a benchmark instance as a mixed-integer program in CPLEX LP format, so that a general
 * solver (README, "Against a general MIP solver") can be run on the same team. The program is a
 * relaxation of meetpack's problem, so any bound a solver proves on it is a bound on the team:
 * one binary per class (SearchModel), one per (person, date) meeting day and off-hours day; the
 * off-hours minutes are the parts' lengths (a span also counts the gaps between them); no-overlap
 * is written only for pairs of classes that share someone and have no two start times apart.
 *
 * <pre>
 * java -cp target/classes:target/test-classes dev.meetpack.search.MipExport organisation-1 &gt; org1.lp
 * java -cp target/classes:target/test-classes dev.meetpack.search.MipExport organisation-1 --start &gt; org1.start
 * </pre>
 *
 * With {@code --start} it writes instead meetpack's schedule after a 30 s search, as a CBC
 * MIP start ({@code cbc org1.lp mips org1.start solve}).
 */
public final class MipExport {
  private MipExport() {}

  public static void main(String[] args) {
    String name = args.length == 0 ? "" : args[0];
    Team team = name.matches("(seed|company|organisation)-\\d{1,9}") ? instance(name) : null;
    if (team == null || args.length > 2 || args.length == 2 && !args[1].equals("--start")) {
      System.err.println("usage: MipExport seed-N|company-N|organisation-N [--start]");
      System.exit(2);
    }
    SearchModel model = new SearchModel(team);
    if (args.length == 2) {
      start(model, System.out);
    } else {
      program(model, System.out);
    }
  }

  private static Team instance(String name) {
    int dash = name.lastIndexOf('-');
    long seed = Long.parseLong(name.substring(dash + 1));
    return switch (name.substring(0, dash)) {
      case "seed" -> Instances.seed(seed);
      case "company" -> Instances.company(seed);
      default -> Instances.organisation(seed);
    };
  }

  private static String x(int m, int c) {
    return "x" + m + "_" + c;
  }

  /** The (person, date) cell's name, with prefix y (meeting day) or z (off-hours day). */
  private static String cell(String prefix, int person, int date) {
    return prefix + person + "_" + date;
  }

  static void program(SearchModel model, PrintStream out) {
    Weights w = model.team.weights();
    StringBuilder objective = new StringBuilder();
    StringBuilder rows = new StringBuilder();
    Set<String> cells = new TreeSet<>();
    // Per person and week, their off-hours-day cells (for the caps).
    Map<String, Set<String>> offWeek = new TreeMap<>();
    for (int m = 0; m < model.meetings; m++) {
      rows.append(" one").append(m).append(':');
      Map<String, Set<Integer>> onCell = new TreeMap<>();
      for (int c = 0; c < model.classes[m].length; c++) {
        SearchModel.Klass k = model.classes[m][c];
        rows.append(" + ").append(x(m, c));
        long minutes = 0;
        for (int i = 0; i < k.size(); i++) {
          if (k.morningStart[i] != SearchModel.NONE) {
            minutes += k.morningEnd[i] - k.morningStart[i];
          }
          if (k.eveningStart[i] != SearchModel.NONE) {
            minutes += k.eveningEnd[i] - k.eveningStart[i];
          }
          onCell.computeIfAbsent(cell("y", k.person[i], k.date[i]), key -> new TreeSet<>()).add(c);
          if (k.offHours(i)) {
            String z = cell("z", k.person[i], k.date[i]);
            onCell.computeIfAbsent(z, key -> new TreeSet<>()).add(c);
            offWeek.computeIfAbsent(k.person[i] + "_" + k.week[i], key -> new TreeSet<>()).add(z);
          }
        }
        if (minutes > 0) {
          objective.append(" + ").append(minutes * w.offHoursMinute()).append(' ').append(x(m, c));
        }
      }
      rows.append(" = 1\n");
      // A meeting day (off-hours day) is paid wherever the meeting's class puts someone (off hours).
      int r = 0;
      for (Map.Entry<String, Set<Integer>> e : onCell.entrySet()) {
        cells.add(e.getKey());
        rows.append(" c").append(m).append('_').append(r++).append(':');
        for (int c : e.getValue()) {
          rows.append(" + ").append(x(m, c));
        }
        rows.append(" - ").append(e.getKey()).append(" <= 0\n");
      }
    }
    for (Map.Entry<String, Set<String>> e : offWeek.entrySet()) {
      int cap = model.cap[Integer.parseInt(e.getKey().substring(0, e.getKey().indexOf('_')))];
      if (cap != SearchModel.NONE) {
        rows.append(" cap").append(e.getKey()).append(':');
        e.getValue().forEach(z -> rows.append(" + ").append(z));
        rows.append(" <= ").append(cap).append('\n');
      }
    }
    int pairs = 0;
    for (int m = 0; m < model.meetings; m++) {
      for (int n : model.neighbours[m]) {
        for (int c = 0; n > m && c < model.classes[m].length; c++) {
          for (int d = 0; d < model.classes[n].length; d++) {
            if (!Solver.classesFit(model.classes[m][c], model.classes[n][d])) {
              rows.append(" h").append(pairs++).append(": ").append(x(m, c)).append(" + ").append(x(n, d))
                  .append(" <= 1\n");
            }
          }
        }
      }
    }
    for (String c : cells) {
      long weight = c.startsWith("y") ? w.meetingDay() : w.offHoursDay();
      objective.append(" + ").append(weight).append(' ').append(c);
    }
    out.println("Minimize");
    out.println(" cost:" + objective);
    out.println("Subject To");
    out.print(rows);
    out.println("Binary");
    for (int m = 0; m < model.meetings; m++) {
      for (int c = 0; c < model.classes[m].length; c++) {
        out.println(" " + x(m, c));
      }
    }
    cells.forEach(c -> out.println(" " + c));
    out.println("End");
  }

  /** meetpack's schedule after 30 s, as the variables set to one, in CBC's solution format. */
  static void start(SearchModel model, PrintStream out) {
    SearchResult r = Solver.solve(model.team, new Solver.Options(Duration.ofSeconds(30), null));
    out.println("Stopped on time - objective value " + r.cost());
    int i = 0;
    for (String v : ones(model, r.schedule())) {
      out.println(i++ + " " + v + " 1 0");
    }
  }

  /** The program's variables that are one for this schedule (the others are zero). */
  static Set<String> ones(SearchModel model, Schedule schedule) {
    Set<String> ones = new TreeSet<>();
    for (int m = 0; m < model.meetings; m++) {
      SearchModel.Cand cand = model.cand(m, schedule.of(model.team.meetings().get(m).id()));
      ones.add(x(m, cand.klass));
      SearchModel.Klass k = model.classes[m][cand.klass];
      for (int i = 0; i < k.size(); i++) {
        ones.add(cell("y", k.person[i], k.date[i]));
        if (k.offHours(i)) {
          ones.add(cell("z", k.person[i], k.date[i]));
        }
      }
    }
    return ones;
  }
}
