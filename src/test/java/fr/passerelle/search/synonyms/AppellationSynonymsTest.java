package fr.passerelle.search.synonyms;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AppellationSynonymsTest {

    @Test
    void the_committed_file_is_what_the_generator_gives_from_the_shipped_appellations() throws IOException {
        String committed = Files.readString(Path.of("search-index/synonyms-appellations.txt"), StandardCharsets.UTF_8);
        assertThat(committed).isEqualTo(String.join("\n", AppellationSynonyms.generate()) + "\n");
    }

    @Test
    void gender_pairs_are_the_words_that_differ_between_the_two_halves() {
        assertThat(AppellationSynonyms.genderPairs("Directeur administratif et financier / Directrice administrative et financière -DAF-"))
                .containsExactly("directeur, directrice", "administratif, administrative", "financier, financiere");
        assertThat(AppellationSynonyms.genderPairs("Chef / Cheffe d'équipe en déménagement")).containsExactly("chef, cheffe");
        assertThat(AppellationSynonyms.genderPairs("Aide agricole en arboriculture")).isEmpty();
        assertThat(AppellationSynonyms.genderPairs("Bio-informaticien / Bioinformaticienne")).isEmpty();
    }

    @Test
    void acronyms_are_kept_only_when_the_initials_spell_them() {
        assertThat(AppellationSynonyms.acronyms("Soudeur / Soudeuse Tungsten Inert Gas -TIG-"))
                .containsExactly("tig, tungsten inert gas");
        assertThat(AppellationSynonyms.acronyms("Directeur / Directrice de Grande Surface de Bricolage -GSB-"))
                .containsExactly("gsb, grande surface bricolage");
        assertThat(AppellationSynonyms.acronyms("Combattant / Combattante toutes armes -TTA-")).isEmpty();
    }
}
