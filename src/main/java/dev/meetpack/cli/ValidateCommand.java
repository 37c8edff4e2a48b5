package dev.meetpack.cli;

import dev.meetpack.config.ConfigLoader;
import dev.meetpack.config.Problem;
import dev.meetpack.config.Rule;
import dev.meetpack.report.Json;
import dev.meetpack.search.SearchResult;
import dev.meetpack.search.Solver;
import dev.meetpack.validate.Checks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks config files without writing anything and reports every problem in each, one per line "
        + "as FILE:LINE:COL: error: message, with a suggestion where one exists.",
        "Beyond syntax it checks meaning: meetings whose attendees share no slot, pins outside someone's hours or "
            + "overlapping each other, caps that pins already break, pins that daylight saving moves out of hours."},
    footer = {"", ExitCode.HELP})
final class ValidateCommand implements Callable<Integer> {
  enum Format { TEXT, JSON, GITHUB, SARIF }

  @ParentCommand
  MeetpackCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "CONFIG", description = "Config files to check.")
  List<Path> configs;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json, github (GitHub Actions annotations) or sarif (SARIF 2.1.0 for code scanning; "
          + "default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--solve", description = "Also prove that a feasible schedule exists (runs the search).")
  boolean solve;

  @Mixin
  Options.TimeLimit timeLimit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Problem> all = new ArrayList<>();
    for (Path config : configs) {
      ConfigLoader.Loaded loaded = ConfigLoader.load(config, parent.env.clock());
      List<Problem> problems = new ArrayList<>(loaded.problems());
      if (loaded.ok()) {
        problems.addAll(Checks.check(loaded));
        if (solve && problems.isEmpty()) {
          SearchResult r = Solver.solve(loaded.team(), new Solver.Options(timeLimit.value, null));
          if (r.status() == SearchResult.Status.INFEASIBLE) {
            r.reasons().forEach(reason -> problems.add(new Problem(loaded.file(), 1, 1, Rule.INFEASIBLE,
                "no feasible schedule: " + reason)));
          } else if (r.status() == SearchResult.Status.UNKNOWN) {
            problems.add(new Problem(loaded.file(), 1, 1, Rule.SOLVE_TIME_LIMIT,
                "no feasible schedule found within " + timeLimit.value.toMillis() + " ms (try a larger --time-limit)"));
          }
        }
      }
      all.addAll(problems.stream().sorted().toList());
    }
    switch (format) {
      case TEXT -> all.forEach(out::println);
      case GITHUB -> all.forEach(p -> out.println("::error file=" + property(p.file()) + ",line=" + p.line() + ",col="
          + p.col() + "::" + data(p.message())));
      case JSON -> out.print(json(all));
      case SARIF -> out.print(SarifLog.of(all, Path.of(""), VersionProvider.version()));
    }
    if (format == Format.TEXT && all.isEmpty()) {
      out.println(configs.size() == 1 ? configs.get(0) + ": ok" : configs.size() + " files: ok");
    }
    return all.isEmpty() ? ExitCode.OK : ExitCode.INVALID;
  }

  /** GitHub workflow-command escaping for the message. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** GitHub workflow-command escaping for a property value. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  private static String json(List<Problem> problems) {
    Json j = new Json().beginArray();
    for (Problem p : problems) {
      j.beginItem().field("file", p.file()).field("line", p.line()).field("col", p.col())
          .field("message", p.message()).end();
    }
    return j.endArray().toString();
  }
}
