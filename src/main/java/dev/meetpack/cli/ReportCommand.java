package dev.meetpack.cli;

import dev.meetpack.config.ConfigLoader;
import dev.meetpack.ical.IcsReader;
import dev.meetpack.model.Meeting;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.page.WeekPage;
import dev.meetpack.report.ReportData;
import dev.meetpack.report.Reports;
import dev.meetpack.score.Attendance;
import dev.meetpack.score.Constraints;
import dev.meetpack.score.Occurrences;
import dev.meetpack.score.ReadEvent;
import dev.meetpack.score.Scorer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Scores an existing schedule without searching: the config's pins (every meeting must be "
        + "pinned), or the events of an .ics file from any calendar, matched to people by e-mail.",
        "Prints, per person: meetings, meeting days, evenings and early mornings with their hours per week, "
            + "the latest local end and the earliest local start."},
    footer = {"", ExitCode.HELP})
final class ReportCommand implements Callable<Integer> {
  @ParentCommand
  MeetpackCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CONFIG", description = "The team config (YAML): people, zones, hours, horizon.")
  Path config;

  @Option(names = "--ics", paramLabel = "FILE",
      description = "Score this calendar file (e.g. a Google Calendar export or meetpack's own schedule.ics).")
  Path ics;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json, markdown, csv or html (the week page; default: ${DEFAULT-VALUE}).")
  Reports.Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConfigLoader.Loaded loaded = Configs.load(config, parent.env.clock(), err);
    if (!loaded.ok()) {
      return ExitCode.INVALID;
    }
    Team team = loaded.team();
    List<String> notes = new ArrayList<>();
    List<Attendance> attendances;
    List<ReadEvent> events = null;
    Schedule schedule = null;
    if (ics == null) {
      schedule = Schedule.ofPins(team);
      if (schedule == null) {
        for (Meeting m : team.meetings()) {
          if (!m.pinned()) {
            int[] at = loaded.at("meeting:" + m.id());
            err.println(config + ":" + at[0] + ":" + at[1] + ": error: meeting '" + m.id()
                + "' has no pin ('at'); report without --ics scores a fully pinned config");
          }
        }
        return ExitCode.INVALID;
      }
      for (String v : Constraints.violations(team, schedule)) {
        notes.add("breaks a hard constraint: " + v);
      }
      attendances = Occurrences.attendances(team, schedule);
    } else {
      IcsReader.Result read = IcsReader.read(ics, team);
      if (read.error() != null) {
        err.println(read.error());
        return ExitCode.INVALID;
      }
      attendances = read.attendances();
      events = read.events();
      notes.addAll(read.notes());
    }
    ReportData data = new ReportData(team, schedule, attendances, Scorer.score(team, attendances), null, notes,
        events);
    out.print(format == Reports.Format.HTML ? WeekPage.render(data) : Reports.render(data, format));
    return ExitCode.OK;
  }
}
