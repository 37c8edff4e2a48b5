package dev.meetpack.cli;

import picocli.CommandLine.Command;

@Command(name = "meetpack", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Plans a distributed team's recurring meetings: packs them onto as few days and evenings as "
        + "possible with an exact search, writes iCalendar files and reports what each person loses.",
    subcommands = {ScheduleCommand.class, ReportCommand.class, ValidateCommand.class},
    footer = {"", ExitCode.HELP, "", "See README.md for the config format and examples."})
public final class MeetpackCommand implements Runnable {
  final Main.Env env;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  MeetpackCommand(Main.Env env) {
    this.env = env;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: schedule, report or validate");
  }
}
