package dev.meetpack.search;

import dev.meetpack.model.Meeting;
import dev.meetpack.model.Schedule;
import dev.meetpack.model.Team;
import dev.meetpack.score.PersonFigures;
import dev.meetpack.score.ScoreResult;
import dev.meetpack.score.Scorer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Large-neighbourhood improvement: frees the meetings around one person (chosen with a probability
 * that grows with what that person pays), holds every other meeting to its class in the schedule
 * (its start time may still move within the class), and searches that small team exactly for
 * something cheaper. When a size has gone {@code patience}
 * tries without a gain, neighbourhoods grow by 4 meetings (see SIZE). Seeded and node-limited,
 * so the same team gives the same result; only the deadline can cut it short.
 */
final class Neighbourhoods {
  private Neighbourhoods() {}

  /**
   * Neighbourhoods start at this many meetings and grow by 4 whenever one size stops paying, up to
   * MAX_SIZE or half the team's meetings, whichever is less.
   */
  static final int SIZE = 8;
  static final int MAX_SIZE = 24;

  record Improved(Schedule schedule, long cost, int improvements, long foundAt) {}

  /** Receives the current cost about every 100 ms. */
  @FunctionalInterface
  interface Report {
    void cost(long cost);
  }

  static Improved improve(SearchModel model, Schedule start, long deadline, long nodeLimit, Report report) {
    Team team = model.team;
    Random random = new Random(0x6d65657470L ^ team.meetings().size() * 31L ^ team.people().size());
    Schedule current = start;
    ScoreResult scored = Scorer.score(team, current);
    List<PersonFigures> figures = scored.people();
    long cost = scored.cost();
    int improvements = 0;
    long foundAt = -1;
    int failures = 0;
    int patience = Math.max(20, team.meetings().size());
    long nextReport = System.nanoTime();
    int size = SIZE;
    int maxSize = Math.max(SIZE, Math.min(MAX_SIZE, team.meetings().size() / 2));
    while (deadline == Solver.NO_DEADLINE || System.nanoTime() - deadline < 0) {
      if (failures >= patience) {
        if (size >= maxSize) {
          break;
        }
        size += 4;
        failures = 0;
      }
      Set<String> free = neighbourhood(team, figures, random, size);
      Schedule better = Solver.improveOn(model.heldExcept(current, free), current, cost, deadline, nodeLimit);
      if (better != null) {
        current = better;
        scored = Scorer.score(team, current);
        figures = scored.people();
        cost = scored.cost();
        improvements++;
        foundAt = System.nanoTime();
        failures = 0;
      } else {
        failures++;
      }
      if (report != null && System.nanoTime() - nextReport >= 0) {
        nextReport = System.nanoTime() + 100_000_000L;
        report.cost(cost);
      }
    }
    return new Improved(current, cost, improvements, foundAt);
  }

  /** Up to {@code size} meetings: those of a costly person first, then those of the people they meet. */
  private static Set<String> neighbourhood(Team team, List<PersonFigures> figures, Random random, int size) {
    long total = figures.stream().mapToLong(PersonFigures::cost).sum();
    long pick = total == 0 ? 0 : Math.floorMod(random.nextLong(), total);
    String center = figures.get(0).personId();
    for (PersonFigures f : figures) {
      if (pick < f.cost()) {
        center = f.personId();
        break;
      }
      pick -= f.cost();
    }
    Set<String> free = new LinkedHashSet<>();
    List<String> people = new ArrayList<>(List.of(center));
    for (int i = 0; i < people.size() && free.size() < size; i++) {
      String p = people.get(i);
      List<Meeting> mine = new ArrayList<>(team.meetings().stream().filter(m -> m.attendees().contains(p)).toList());
      java.util.Collections.shuffle(mine, random);
      for (Meeting m : mine) {
        if (free.size() < size && free.add(m.id())) {
          m.attendees().stream().filter(a -> !people.contains(a)).forEach(people::add);
        }
      }
    }
    return free;
  }
}
