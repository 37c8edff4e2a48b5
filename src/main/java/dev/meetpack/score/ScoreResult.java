package dev.meetpack.score;

import java.util.List;

/** Per-person figures in config order and the total cost (SPEC section 3). */
public record ScoreResult(List<PersonFigures> people, long cost, int weeks) {
  public ScoreResult {
    people = List.copyOf(people);
  }

  /** The largest burden of anyone (SPEC 3a), as a horizon total. */
  public long largestBurden(dev.meetpack.model.Weights w) {
    return people.stream().mapToLong(p -> p.burden(w)).max().orElse(0);
  }

  public PersonFigures of(String personId) {
    return people.stream().filter(p -> p.personId().equals(personId)).findFirst().orElseThrow();
  }
}
