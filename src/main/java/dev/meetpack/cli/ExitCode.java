package dev.meetpack.cli;

/** The exit statuses of SPEC section 5, in one place. */
public final class ExitCode {
  private ExitCode() {}

  public static final int OK = 0;
  /** Invalid config, or no feasible schedule exists. */
  public static final int INVALID = 1;
  public static final int USAGE = 2;
  public static final int OUTPUT = 3;
  /** The time limit was reached before any feasible schedule was found. */
  public static final int TIME_LIMIT = 4;
  /** A bug in meetpack: reported in one line, never as a stack trace. */
  public static final int INTERNAL = 70;

  static final String HELP = """
      Exit status:
        0  success
        1  invalid config, or no feasible schedule exists
        2  command-line usage error
        3  output could not be written
        4  time limit reached before any feasible schedule was found
        70 internal error (a bug: please report it)""";
}
