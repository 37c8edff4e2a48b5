package dev.meetpack.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading files that someone else wrote (configs, calendar exports) in bounded memory and time. */
public final class InputFiles {
  private InputFiles() {}

  /** A FIFO, a device or anything else that is not a regular file: opening one may block, reading one may never end. */
  public static final class NotRegularFile extends IOException {
    NotRegularFile(Path file) {
      super(file + " is not a regular file");
    }
  }

  /**
   * The file's first {@code max + 1} bytes: more than {@code max} means the file is too large. Only what is read
   * counts, never a size looked up before (the file may grow in between).
   */
  public static byte[] readAtMost(Path file, int max) throws IOException {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new NotRegularFile(file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(max + 1);
    }
  }
}
