package dev.meetpack.cli;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes the output files as one directory, DIR, and never deletes a file meetpack does not write.
 *
 * <p>What is meetpack's: regular files {@code schedule.ics} and {@code index.html}, a directory {@code people}
 * of regular {@code *.ics} files, and the hidden trees of such files that runs leave beside DIR:
 * {@code .NAME.tmp-*} (being written), {@code .NAME.old-*} (a replaced DIR), {@code .NAME.del-*} (being
 * deleted), or inside it: {@code .NAME.tmp-*} (NAME is DIR's name). A symbolic link is never meetpack's. DIR
 * itself is found with links followed, so "-o link" writes where the link points and "-o ." is the working
 * directory.
 *
 * <ul>
 *   <li>DIR missing: the tree is written into a new sibling {@code .NAME.tmp-R} and renamed to DIR. The move
 *       never replaces anything (and rename(2) cannot replace a non-empty directory), so of two runs racing
 *       into a new DIR one exits 3.
 *   <li>DIR an empty directory (perhaps a mount point): written in place, never renamed away. The tree goes into
 *       {@code DIR/.NAME.tmp-R} and its entries are moved up one by one without replacing anything,
 *       {@code people} first (where a racing run fails) and {@code schedule.ics} last.
 *   <li>DIR with content: replaced only with --force, only if all of it is meetpack's, and never the working
 *       directory, the config's directory or a home directory, nor a directory holding one. The tree goes into
 *       {@code .NAME.tmp-R}; then DIR is renamed to {@code .NAME.old-R} and the tree to DIR. A kill between
 *       the two renames leaves no DIR: the next run first renames the old tree back (the newest if several).
 * </ul>
 *
 * <p>So a kill at any instant of a replacement leaves DIR old and complete, new and complete, or missing with
 * its old tree beside it for the next run to restore. A kill during an in-place write can leave DIR part
 * written, with meetpack's files only, which --force then replaces (a mount point cannot be renamed: there the
 * swap fails with exit 3, and DIR must be emptied by hand). After a successful write, the leftover trees of
 * killed runs are deleted; a leftover holding anything else stays. Deleting removes meetpack's files one by one
 * and directories only when empty, so a file that appears meanwhile survives. Directories are made with a plain
 * mkdir and files with a plain create, so both get the modes the umask gives. Nothing is fsynced: all this holds
 * against a killed process, not against a power failure.
 */
final class OutputDir {
  private OutputDir() {}

  static final class OutputException extends Exception {
    OutputException(String message) {
      super(message);
    }
  }

  /** A directory that --force never replaces, nor any directory holding it; {@code what} names it in the error. */
  record Kept(Path dir, String what) {}

  /** The working directory, the config's directory and the home directories ($HOME and user.home). */
  static List<Kept> kept(Path config, Map<String, String> env) {
    List<Kept> kept = new ArrayList<>();
    kept.add(new Kept(Path.of(""), "the working directory"));
    kept.add(new Kept(config.toAbsolutePath().getParent(), "the config's directory"));
    for (String home : new String[] {env.get("HOME"), System.getProperty("user.home")}) {
      if (home != null && !home.isBlank()) {
        kept.add(new Kept(Path.of(home), "a home directory"));
      }
    }
    return kept;
  }

  /** Refuses early (before the search) what {@link #write} would refuse; restores a DIR a killed run left missing. */
  static void check(Path dir, boolean force, List<Kept> kept) throws OutputException {
    try {
      Path target = locate(dir);
      restore(target);
      if (Files.exists(target, NOFOLLOW_LINKS)) {
        checkReplaceable(dir, target, force, kept);
      }
    } catch (IOException e) {
      throw new OutputException("cannot write " + dir + ": " + describe(e));
    }
  }

  static void write(Path dir, Map<String, byte[]> files, boolean force, List<Kept> kept) throws OutputException {
    Path target = null;
    boolean replacing = false;
    try {
      target = locate(dir);
      restore(target);
      String name = target.getFileName().toString();
      boolean exists = Files.exists(target, NOFOLLOW_LINKS);
      // decided from the one look that was checked: content that appears later must not turn this into a swap
      replacing = exists && checkReplaceable(dir, target, force, kept);
      if (exists && !replacing) {
        inPlace(target, files);
      } else {
        Files.createDirectories(target.getParent());
        Path tmp = writeTree(target.getParent(), name, files);
        try {
          if (replacing) {
            swap(dir, target, tmp);
          } else {
            Files.move(tmp, target);
          }
        } finally {
          deleteQuietly(tmp, name);
        }
      }
    } catch (IOException e) {
      if (!replacing && target != null && hasContent(target)) {
        throw new OutputException(dir + " already exists; use --force to replace it");
      }
      throw new OutputException("cannot write " + dir + ": " + describe(e));
    }
    cleanLeftovers(target);
  }

  /**
   * DIR's real place. Links are followed by hand so that a link whose target an interrupted swap left missing
   * still leads to the target (where the old tree waits); a missing DIR is its real parent plus its name.
   */
  private static Path locate(Path dir) throws IOException {
    Path p = dir.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops == 40) {
        throw new FileSystemException(dir.toString(), null, "too many levels of symbolic links");
      }
      p = p.resolveSibling(Files.readSymbolicLink(p));
    }
    return real(p);
  }

  private static Path real(Path p) throws IOException {
    if (Files.exists(p)) {
      return p.toRealPath();
    }
    return p.getParent() == null ? p : real(p.getParent()).resolve(p.getFileName()).normalize();
  }

  /** Throws unless the existing DIR may be written: empty (false), or replaced with --force (true). */
  private static boolean checkReplaceable(Path dir, Path target, boolean force, List<Kept> kept)
      throws IOException, OutputException {
    if (!Files.isDirectory(target, NOFOLLOW_LINKS)) {
      throw new OutputException(dir + " exists and is not a directory");
    }
    if (list(target).isEmpty()) {
      return false;
    }
    if (!force) {
      throw new OutputException(dir + " already exists; use --force to replace it");
    }
    for (Kept k : kept) {
      Path real;
      try {
        real = k.dir().toRealPath();
      } catch (IOException e) {
        continue;
      }
      if (real.startsWith(target)) {
        throw new OutputException("not replacing " + dir + ": it " + (real.equals(target) ? "is " : "holds ")
            + k.what());
      }
    }
    refuseForeign(dir, target, target);
    return true;
  }

  /** Throws naming the first entry of tree (which stands for DIR) that is not meetpack's. */
  private static void refuseForeign(Path dir, Path target, Path tree) throws IOException, OutputException {
    Path foreign = walk(tree, target.getFileName().toString(), false, false);
    if (foreign != null) {
      throw new OutputException("not replacing " + dir + ": " + dir.resolve(tree.relativize(foreign))
          + (Files.isSymbolicLink(foreign) ? " is a symbolic link" : " is not a file meetpack writes"));
    }
  }

  /**
   * Walks a tree meetpack may have written and returns its first entry that is not meetpack's, or null. With
   * delete it removes meetpack's files as it goes, and each directory once emptied.
   */
  private static Path walk(Path tree, String name, boolean people, boolean delete) throws IOException {
    Path foreign = null;
    List<Path> entries;
    try {
      entries = list(tree);
    } catch (NoSuchFileException gone) {
      // A racing run deleting the same leftover got here first: nothing of it is left to judge.
      return null;
    }
    for (Path e : entries) {
      String n = e.getFileName().toString();
      Path inner = e;
      if (Files.isRegularFile(e, NOFOLLOW_LINKS)) {
        if (people ? n.endsWith(".ics") : n.equals("schedule.ics") || n.equals("index.html")) {
          inner = null;
          if (delete) {
            Files.deleteIfExists(e);
          }
        }
      } else if (!people && Files.isDirectory(e, NOFOLLOW_LINKS)
          && (n.equals("people") || n.startsWith("." + name + ".tmp-"))) {
        inner = walk(e, name, n.equals("people"), delete);
      }
      if (inner == e && !Files.exists(e, NOFOLLOW_LINKS)) {
        inner = null; // deleted by a racing run since the listing: not a foreign file
      }
      if (foreign == null) {
        foreign = inner;
      }
    }
    if (delete && foreign == null) {
      Files.deleteIfExists(tree);
    }
    return foreign;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  /** A new name .NAME.KIND-R beside or inside DIR; R is random, so two runs never draw the same one. */
  private static Path hidden(Path in, String name, String kind) {
    return in.resolve("." + name + "." + kind + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
  }

  /** Whether DIR, which we found missing or empty, now holds something: then a racing run wrote it first. */
  private static boolean hasContent(Path target) {
    try {
      return Files.isDirectory(target, NOFOLLOW_LINKS) && !list(target).isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static Path writeTree(Path parent, String name, Map<String, byte[]> files) throws IOException {
    Path tmp = Files.createDirectory(hidden(parent, name, "tmp"));
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path file = tmp.resolve(f.getKey());
        // one level (people/), and never createDirectories: it would bring back a tmp another run cleaned away
        if (!Files.isDirectory(file.getParent())) {
          Files.createDirectory(file.getParent());
        }
        Files.write(file, f.getValue(), StandardOpenOption.CREATE_NEW);
      }
      return tmp;
    } catch (IOException e) {
      deleteQuietly(tmp, name);
      throw e;
    }
  }

  private static void swap(Path dir, Path target, Path tmp) throws IOException, OutputException {
    Path old = hidden(target.getParent(), target.getFileName().toString(), "old");
    Files.move(target, old);
    try {
      refuseForeign(dir, target, old);
      Files.move(tmp, target);
    } catch (IOException | OutputException e) {
      try {
        Files.move(old, target);
      } catch (IOException again) {
        // DIR was taken meanwhile: the old tree stays beside it, as a leftover
      }
      throw e;
    }
    retire(old, target);
  }

  private static void inPlace(Path target, Map<String, byte[]> files) throws IOException {
    String name = target.getFileName().toString();
    Path tmp = writeTree(target, name, files);
    Map<Path, Object> moved = new LinkedHashMap<>();
    try {
      List<Path> entries = new ArrayList<>(list(tmp));
      entries.sort(Comparator.comparing((Path e) -> !Files.isDirectory(e))
          .thenComparing(e -> e.endsWith("schedule.ics")));
      for (Path e : entries) {
        Object key = Files.readAttributes(e, BasicFileAttributes.class, NOFOLLOW_LINKS).fileKey();
        Files.move(e, target.resolve(e.getFileName()));
        moved.put(target.resolve(e.getFileName()), key);
      }
    } catch (IOException e) {
      moved.forEach((entry, key) -> takeBack(entry, key, name));
      throw e;
    } finally {
      deleteQuietly(tmp, name);
    }
  }

  /** Deletes an entry an in-place write moved into DIR, unless a racing run has put its own there since. */
  private static void takeBack(Path entry, Object key, String name) {
    try {
      BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, NOFOLLOW_LINKS);
      if (!Objects.equals(a.fileKey(), key)) {
        return;
      }
      if (a.isDirectory()) {
        deleteQuietly(entry, name);
      } else {
        Files.delete(entry);
      }
    } catch (IOException e) {
      // gone already
    }
  }

  /**
   * When DIR is missing and a killed swap left its old tree beside it, renames that tree back. An .old-* tree is
   * never written to or deleted from (see {@link #retire}), so its modification time is that of its run.
   */
  private static void restore(Path target) throws IOException {
    Path parent = target.getParent();
    if (parent == null || Files.exists(target, NOFOLLOW_LINKS) || !Files.isDirectory(parent)) {
      return;
    }
    Path newest = null;
    for (Path e : leftovers(target, ".old-")) {
      if (newest == null || Files.getLastModifiedTime(e).compareTo(Files.getLastModifiedTime(newest)) > 0) {
        newest = e;
      }
    }
    if (newest != null) {
      Files.move(newest, target);
    }
  }

  /** The .NAME.tmp-*, .NAME.old-* or .NAME.del-* (kind ".tmp-" ...) beside DIR that hold only meetpack's files. */
  private static List<Path> leftovers(Path target, String kind) throws IOException {
    String name = target.getFileName().toString();
    List<Path> found = new ArrayList<>();
    for (Path e : list(target.getParent())) {
      if (e.getFileName().toString().startsWith("." + name + kind) && Files.isDirectory(e, NOFOLLOW_LINKS)
          && walk(e, name, false, false) == null) {
        found.add(e);
      }
    }
    return found;
  }

  /** Deletes the leftover trees of killed runs. */
  private static void cleanLeftovers(Path target) {
    List<Path> found = new ArrayList<>();
    try {
      for (String kind : new String[] {".tmp-", ".old-", ".del-"}) {
        found.addAll(leftovers(target, kind));
      }
    } catch (IOException e) {
      return;
    }
    for (Path e : found) {
      retire(e, target);
    }
  }

  /**
   * Deletes a tree beside DIR, first renamed to .NAME.del-R: so a half-deleted tree never looks like an old DIR
   * to restore, and a run still writing into a tmp fails (its next file or its final rename finds nothing)
   * rather than publishing a half tree.
   */
  private static void retire(Path tree, Path target) {
    String name = target.getFileName().toString();
    Path doomed = hidden(target.getParent(), name, "del");
    try {
      Files.move(tree, doomed);
    } catch (IOException gone) {
      return;
    }
    deleteQuietly(doomed, name);
  }

  private static void deleteQuietly(Path tree, String name) {
    try {
      if (Files.isDirectory(tree, NOFOLLOW_LINKS)) {
        walk(tree, name, false, true);
      }
    } catch (IOException e) {
      // what could not go stays, hidden and named after DIR; a later run deletes it if it is meetpack's
    }
  }

  static String describe(IOException e) {
    String type = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
    return e.getMessage() == null ? type : type.toLowerCase(Locale.ROOT) + " " + e.getMessage();
  }
}
