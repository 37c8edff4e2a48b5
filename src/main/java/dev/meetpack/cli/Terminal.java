package dev.meetpack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, so progress is shown to people and kept out of pipes and logs. */
final class Terminal {
  private Terminal() {}

  static boolean stderrIsTerminal() {
    if (System.getenv("CI") != null) {
      return false;
    }
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.exists(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // fall through
    }
    return System.console() != null;
  }
}
