package fr.passerelle.matching.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production model (all shipped passerelles, stored weights) on the shipped ROME files. */
class MetierRankerTest {

    private static MetierRanker ranker;

    @BeforeAll
    static void load() {
        ranker = MetierRanker.load();
    }

    private static Set<Integer> coreOf(String rome) {
        return new HashSet<>(ranker.data().coreItems(ranker.data().fiche(rome).index()));
    }

    @Test
    void ranks_all_1584_fiches_with_scores_in_0_1_best_first() {
        List<MetierMatch> all = ranker.rank(coreOf("H2913"), 5000, null);

        assertThat(all).hasSize(1584);
        assertThat(all).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).score()).isLessThanOrEqualTo(all.get(i - 1).score());
        }
    }

    @Test
    void covered_and_missing_are_the_fiche_items_core_first() {
        // J1106 has 23 skill items, 8 of them "cœur de métier" (hand-checked in unix_coherence_item):
        // 477075 is core, 118239 is not, 999999999 is no ROME item.
        List<MetierMatch> only = ranker.rank(Set.of(118239, 477075, 999999999), 10, "J1106"::equals);

        assertThat(only).hasSize(1);
        MetierMatch m = only.get(0);
        assertThat(m.romeCode()).isEqualTo("J1106");
        assertThat(m.coveredSkills()).extracting(SkillRef::code).containsExactly(477075, 118239);
        assertThat(m.coveredSkills()).extracting(SkillRef::core).containsExactly(true, false);
        assertThat(m.coveredSkills().get(0).label()).isEqualTo("Gestion de projets médicaux");
        assertThat(m.missingSkills()).hasSize(21);
        assertThat(m.missingSkills().subList(0, 7)).extracting(SkillRef::code)
                .containsExactly(477078, 477085, 477086, 482389, 482391, 482392, 482394);
        assertThat(m.missingSkills().subList(7, 21)).noneMatch(SkillRef::core);
    }

    @Test
    void the_origin_is_left_out_when_the_scope_says_so() {
        Set<Integer> skills = coreOf("H2913");
        assertThat(ranker.rank(skills, 1584, null)).extracting(MetierMatch::romeCode).contains("H2913");

        List<MetierMatch> without = ranker.rank(skills, 1584, code -> !code.equals("H2913"));

        assertThat(without).hasSize(1583).extracting(MetierMatch::romeCode).doesNotContain("H2913");
    }

    @Test
    void limit_and_scope_bound_the_answer() {
        Set<String> scope = Set.of("H2913", "K2111", "A1101");

        assertThat(ranker.rank(coreOf("H2913"), 10, null)).hasSize(10);
        assertThat(ranker.rank(coreOf("H2913"), 10, scope::contains)).hasSize(3)
                .extracting(MetierMatch::romeCode).containsExactlyInAnyOrderElementsOf(scope);
        assertThat(ranker.rank(coreOf("H2913"), 0, null)).isEmpty();
    }

    @Test
    void an_empty_or_unknown_skill_set_gives_an_empty_answer() {
        assertThat(ranker.rank(Set.of(), 10, null)).isEmpty();
        assertThat(ranker.rank(null, 10, null)).isEmpty();
        assertThat(ranker.rank(Set.of(-1, 0, 999999999), 10, null)).isEmpty();
    }

    @Test
    void unknown_codes_are_ignored() {
        Set<Integer> skills = coreOf("H2913");
        Set<Integer> noisy = new HashSet<>(skills);
        noisy.add(999999999);
        noisy.add(-5);

        assertThat(ranker.rank(noisy, 20, null)).isEqualTo(ranker.rank(skills, 20, null));
    }

    @Test
    void transition_flag_follows_the_rome() {
        // K2304 is "Emploi Vert" in unix_referentiel_code_rome (hand-checked)
        assertThat(ranker.rank(coreOf("H2913"), 1, "K2304"::equals).get(0).transition()).isTrue();
        assertThat(ranker.rank(coreOf("H2913"), 1, "K2111"::equals).get(0).transition()).isFalse();
    }
}
