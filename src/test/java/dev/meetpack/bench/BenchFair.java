package dev.meetpack.bench;

/**
 * The benchmark's seed and company teams under {@code objective: fair}.
 * Run: mvn -B -q -Pbench -Dbench.main=dev.meetpack.bench.BenchFair test-compile exec:exec
 */
public final class BenchFair {
  private BenchFair() {}

  public static void main(String[] args) {
    Bench.fair(args.length > 0 ? Integer.parseInt(args[0]) : 3);
  }
}
