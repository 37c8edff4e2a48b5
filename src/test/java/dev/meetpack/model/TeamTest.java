package dev.meetpack.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meetpack.Fixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamTest {
  static String slug(String name) {
    return new Team(name, ZoneId.of("UTC"), LocalDate.of(2026, 11, 30), 1, 15, Weights.DEFAULT, List.of(), List.of(),
        null).slug();
  }

  @Test
  void slug_ofANameThatIsItsOwnSlug_isTheName() {
    assertThat(slug("storyline-leads")).isEqualTo("storyline-leads");
  }

  @Test
  void slug_ofOtherNames_isAReadablePartAndAHash() {
    assertThat(slug("Équipe Été")).matches("equipe-ete\\.[0-9a-f]{8}");
    assertThat(slug("Storyline data science")).matches("storyline-data-science\\.[0-9a-f]{8}");
    assertThat(slug("데이터 과학팀")).matches("[0-9a-f]{8}");
    assertThat(slug("東京チーム")).matches("[0-9a-f]{8}");
  }

  @Test
  void slug_isStableAndTheSameForEveryUnicodeFormOfTheName() {
    assertThat(slug("Équipe Été")).isEqualTo(slug("E\u0301quipe E\u0301te\u0301")).isEqualTo("equipe-ete.e19d2e7b");
  }

  @Test
  void slug_ofNamesThatDiffer_differ() {
    List<String> names = List.of("데이터 과학팀", "東京チーム", "Équipe Été", "Equipe Ete", "equipe ete", "equipe-ete",
        "Equipe-Ete", "quipe t", "team", "Team", "", " ", "-", "東京", "大阪チーム");
    Set<String> slugs = new HashSet<>();
    names.forEach(n -> slugs.add(slug(n)));
    assertThat(slugs).hasSize(names.size());
    // And a seeded sample of short names over a small alphabet that folds together a lot.
    Random r = new Random(25);
    Set<String> seen = new HashSet<>();
    Set<String> sample = new HashSet<>();
    String alphabet = "aAéÉ -_1한글東";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + r.nextInt(6); k > 0; k--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      if (seen.add(b.toString())) {
        sample.add(slug(b.toString()));
      }
    }
    assertThat(sample).hasSize(seen.size());
  }

  @Test
  void slug_isUidSafe() {
    for (String n : List.of("데이터 과학팀", "Équipe Été", "a\u0000b", "x@y;z")) {
      assertThat(slug(n)).matches("[a-z0-9.-]+");
    }
    assertThat(Fixtures.team(LocalDate.of(2026, 11, 30), 1, 15, List.of(), List.of()).openEnded()).isFalse();
  }
}
