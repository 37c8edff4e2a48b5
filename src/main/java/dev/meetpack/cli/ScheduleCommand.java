package dev.meetpack.cli;

import dev.meetpack.config.ConfigLoader;
import dev.meetpack.ical.IcsWriter;
import dev.meetpack.model.Team;
import dev.meetpack.page.WeekPage;
import dev.meetpack.report.ReportData;
import dev.meetpack.report.Reports;
import dev.meetpack.score.Constraints;
import dev.meetpack.score.Occurrences;
import dev.meetpack.score.Scorer;
import dev.meetpack.search.Fair;
import dev.meetpack.search.Progress;
import dev.meetpack.search.SearchResult;
import dev.meetpack.search.Solver;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schedule", mixinStandardHelpOptions = true,
    description = {"Searches for the cheapest schedule of every meeting, writes DIR/schedule.ics, "
        + "DIR/people/<id>.ics and the week page DIR/index.html, and prints the per-person report and the "
        + "search result.",
        "Progress (elapsed, best cost, bound) is shown on stderr when it is a terminal."},
    footer = {"", ExitCode.HELP})
final class ScheduleCommand implements Callable<Integer> {
  enum Format { TEXT, JSON, MARKDOWN }

  @ParentCommand
  MeetpackCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CONFIG", description = "The team config (YAML).")
  Path config;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
      description = "Output directory (default: ${DEFAULT-VALUE}). An empty one is written into; one with "
          + "content is replaced as a whole, only with --force.")
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: text, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  Options.TimeLimit timeLimit;

  @Option(names = "--force", description = "Replace DIR if it holds nothing but what meetpack writes "
      + "(schedule.ics, people/*.ics, index.html) and is not the working, the config's or a home directory.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Main.Env env = parent.env;
    Long epoch;
    try {
      epoch = sourceDateEpoch(env);
    } catch (NumberFormatException e) {
      err.println("meetpack: SOURCE_DATE_EPOCH must be a whole number of seconds, got '"
          + env.variables().get("SOURCE_DATE_EPOCH") + "'");
      return ExitCode.USAGE;
    }
    ConfigLoader.Loaded loaded = Configs.load(config, env.clock(), err);
    if (!loaded.ok()) {
      return ExitCode.INVALID;
    }
    Team team = loaded.team();
    List<OutputDir.Kept> kept = OutputDir.kept(config, env.variables());
    try {
      OutputDir.check(output, force, kept);
    } catch (OutputDir.OutputException e) {
      err.println("meetpack: " + e.getMessage());
      return ExitCode.OUTPUT;
    }
    ProgressLine progress = env.interactive() ? new ProgressLine(err) : null;
    Solver.Options options = new Solver.Options(timeLimit.value, progress);
    Fair.Result fair = team.objective() == Team.Objective.FAIR ? Fair.solve(team, options) : null;
    SearchResult result = fair != null ? fair.search() : Solver.solve(team, options);
    if (progress != null) {
      progress.clear();
    }
    if (result.schedule() == null) {
      ReportData data = new ReportData(team, null, List.of(), Scorer.score(team, List.of()), result, List.of());
      if (format == Format.JSON) {
        out.print(Reports.render(data, Reports.Format.JSON));
      } else {
        out.println(team.name() + ": " + Reports.status(result));
      }
      return result.status() == SearchResult.Status.UNKNOWN ? ExitCode.TIME_LIMIT : ExitCode.INVALID;
    }
    List<String> broken = Constraints.violations(team, result.schedule());
    if (!broken.isEmpty()) {
      throw new IllegalStateException("search returned an infeasible schedule: " + broken);
    }
    // SOURCE_DATE_EPOCH when set; otherwise midnight UTC of the horizon start, so runs repeat byte for byte.
    Instant dtstamp = epoch != null ? Instant.ofEpochSecond(epoch) : team.start().atStartOfDay(ZoneOffset.UTC).toInstant();
    Map<String, byte[]> calendars = IcsWriter.write(team, result.schedule(), dtstamp);
    var attendances = Occurrences.attendances(team, result.schedule());
    ReportData data = new ReportData(team, result.schedule(), attendances, Scorer.score(team, attendances), result,
        List.of("wrote " + calendars.size() + " calendar files to " + output), null, fair);
    Map<String, byte[]> files = new LinkedHashMap<>(calendars);
    files.put("index.html", WeekPage.render(data).getBytes(StandardCharsets.UTF_8));
    try {
      OutputDir.write(output, files, force, kept);
    } catch (OutputDir.OutputException e) {
      err.println("meetpack: " + e.getMessage());
      return ExitCode.OUTPUT;
    }
    out.print(Reports.render(data, Reports.Format.valueOf(format.name())));
    return ExitCode.OK;
  }

  private static Long sourceDateEpoch(Main.Env env) {
    String epoch = env.variables().get("SOURCE_DATE_EPOCH");
    return epoch == null || epoch.isBlank() ? null : Long.parseLong(epoch.trim());
  }

  /** One self-overwriting stderr line: elapsed, best cost, bound, nodes. */
  static final class ProgressLine implements Progress.Listener {
    private final PrintWriter err;

    ProgressLine(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void onProgress(Progress p) {
      err.print(String.format(Locale.ROOT, "\r\033[Ksearching %5.1f s  best %s  bound %d  nodes %,d",
          p.elapsedNanos() / 1e9, p.best() < 0 ? "-" : String.valueOf(p.best()), p.bound(), p.nodes()));
      err.flush();
    }

    void clear() {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
