package dev.meetpack.search;

/** A snapshot of a running search; {@code best} is -1 until a schedule is found. */
public record Progress(long elapsedNanos, long nodes, long best, long bound) {

  /** Receives snapshots about every 100 ms of search. */
  @FunctionalInterface
  public interface Listener {
    void onProgress(Progress progress);
  }
}
