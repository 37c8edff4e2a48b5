package dev.meetpack.cli;

import dev.meetpack.config.ControlChars;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Entry point: {@code main} only exits with what {@link #run} returns. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err, new Env(Clock.systemUTC(), System.getenv(), Terminal.stderrIsTerminal()));
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** What commands read from the outside world, injected so tests control it. */
  public record Env(Clock clock, Map<String, String> variables, boolean interactive) {}

  public static int run(String[] args, PrintWriter out, PrintWriter err, Env env) {
    PrintWriter messages = new MessageWriter(err);
    try {
      CommandLine cli = new CommandLine(new MeetpackCommand(env));
      cli.setOut(out);
      cli.setErr(messages);
      cli.setCaseInsensitiveEnumValuesAllowed(true);
      cli.setParameterExceptionHandler((ex, line) -> {
        CommandLine c = ex.getCommandLine();
        c.getErr().println(ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) {
          c.usage(c.getErr());
        }
        return ExitCode.USAGE;
      });
      cli.setExecutionExceptionHandler((ex, line, parse) -> internalError(ex, messages));
      return cli.execute(args);
    } catch (Throwable e) {
      // picocli hands only Exceptions to the handler above; an Error (StackOverflowError, OutOfMemoryError)
      // unwinds to here, where its stack is gone and one line can be printed.
      return internalError(e, messages);
    }
  }

  private static int internalError(Throwable e, PrintWriter err) {
    err.println("meetpack: internal error: " + e + " (please report this)");
    return ExitCode.INTERNAL;
  }

  /**
   * stderr for messages: every println escapes control characters, so no message, whatever value it echoes, can
   * start a second line (a forged located error, or a GitHub workflow command in a CI log) or drive the terminal.
   * print is left alone for the progress line's own escapes and picocli's usage text.
   */
  static final class MessageWriter extends PrintWriter {
    MessageWriter(PrintWriter err) {
      super(err, true);
    }

    @Override
    public void println(String x) {
      super.println(ControlChars.escape(String.valueOf(x)));
    }

    @Override
    public void println(Object x) {
      println(String.valueOf(x));
    }
  }
}
