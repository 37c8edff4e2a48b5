package dev.meetpack.score;

import java.util.List;

/** Per-person figures in config order and the total cost (SPEC section 3). */
public record ScoreResult(List<PersonFigures> people, long cost, int weeks) {
  public ScoreResult {
    people = List.copyOf(people);
  }

  public PersonFigures of(String personId) {
    return people.stream().filter(p -> p.personId().equals(personId)).findFirst().orElseThrow();
  }
}
