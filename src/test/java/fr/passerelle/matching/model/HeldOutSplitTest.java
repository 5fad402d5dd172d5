package fr.passerelle.matching.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HeldOutSplitTest {

    private static final RomeData DATA = RomeData.load();

    @Test
    void about_a_fifth_of_the_shipped_origins_are_held_out_the_same_way_each_run() {
        List<String> heldOut = HeldOutSplit.heldOut(DATA);
        int origins = HeldOutSplit.origins(DATA).size();

        assertThat(origins).isEqualTo(1584 - 317);
        assertThat(heldOut.size()).isBetween(origins * 15 / 100, origins * 25 / 100);
        assertThat(HeldOutSplit.heldOut(RomeData.load())).isEqualTo(heldOut);
    }

    @Test
    void no_training_passerelle_comes_from_a_held_out_fiche() {
        Set<String> heldOut = new HashSet<>(HeldOutSplit.heldOut(DATA));

        assertThat(HeldOutSplit.trainingPasserelles(DATA)).noneMatch(p -> heldOut.contains(p.origin()));
        assertThat(HeldOutSplit.training(DATA)).doesNotContainAnyElementsOf(heldOut);
    }
}
