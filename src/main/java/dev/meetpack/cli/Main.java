package dev.meetpack.cli;

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
    CommandLine cli = new CommandLine(new MeetpackCommand(env));
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((ex, line, parse) -> {
      line.getErr().println("meetpack: internal error: " + ex + " (please report this)");
      return ExitCode.INTERNAL;
    });
    return cli.execute(args);
  }
}
