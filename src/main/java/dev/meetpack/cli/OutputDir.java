package dev.meetpack.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a set of files as one directory, all or nothing: into a temporary sibling first, then
 * moved into place, so a failure never leaves a half-written output directory.
 */
final class OutputDir {
  private OutputDir() {}

  static final class OutputException extends Exception {
    OutputException(String message) {
      super(message);
    }
  }

  /** Refuses early (before any work) to replace an existing, non-empty directory without --force. */
  static void check(Path dir, boolean force) throws OutputException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new OutputException(dir + " exists and is not a directory");
    }
    if (!force && Files.isDirectory(dir) && !isEmpty(dir)) {
      throw new OutputException(dir + " already exists; use --force to replace it");
    }
  }

  static void write(Path dir, Map<String, byte[]> files, boolean force) throws OutputException {
    check(dir, force);
    Path target = dir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Path tmp = null;
    try {
      Files.createDirectories(parent);
      tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path file = tmp.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, f.getValue());
      }
      if (Files.exists(target)) {
        Path old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old-");
        Files.delete(old);
        move(target, old);
        move(tmp, target);
        deleteTree(old);
      } else {
        move(tmp, target);
      }
      tmp = null;
    } catch (IOException e) {
      throw new OutputException("cannot write " + dir + ": " + describe(e));
    } finally {
      if (tmp != null) {
        try {
          deleteTree(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary directory is hidden and named after the target
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmpty(Path dir) throws OutputException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    } catch (IOException e) {
      throw new OutputException("cannot read " + dir + ": " + describe(e));
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static String describe(IOException e) {
    String type = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
    return e.getMessage() == null ? type : type.toLowerCase(java.util.Locale.ROOT) + " " + e.getMessage();
  }
}
