package dev.meetpack.cli;

import dev.meetpack.config.ConfigLoader;
import dev.meetpack.config.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/** Loading a config for a command, with its problems printed as FILE:LINE:COL lines. */
final class Configs {
  private Configs() {}

  static ConfigLoader.Loaded load(Path path, Clock clock, PrintWriter err) {
    ConfigLoader.Loaded loaded = ConfigLoader.load(path, clock);
    for (Problem p : loaded.problems()) {
      err.println(p);
    }
    return loaded;
  }
}
