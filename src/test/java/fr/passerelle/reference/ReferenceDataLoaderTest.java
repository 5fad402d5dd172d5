package fr.passerelle.reference;

import io.quarkus.test.security.TestSecurity;
import fr.passerelle.budget.BudgetReferenceData;
import fr.passerelle.common.CsvFormatException;
import fr.passerelle.territory.TerritoryReferenceData;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class ReferenceDataLoaderTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReferenceDataLoader loader;

    /** Expected counts are the data rows of the shipped files (see src/main/resources/reference/README.md). */
    @ParameterizedTest(name = "{0} holds {1} rows")
    @CsvSource({
            "departement, 2",
            "zone_emploi, 14",
            "bassin_emploi, 15",
            "commune, 1538",
            "grand_domaine, 14",
            "domaine_professionnel, 110",
            "metier, 1584",
            "appellation, 13120",
            // 18,317 compétences + 15,354 savoirs + 179 work contexts
            "skill, 33850",
            "metier_skill, 104219",
            "passerelle, 11917",
            "target_metier, 34",
            "naf_division, 88",
            "naf_subclass, 732",
            "rome_naf_hiring, 5071",
            "demand_signal, 1449",
            // 15,439 rows, 13,796 distinct (commune, ROME) pairs: repeated pairs are summed
            "job_offer_count, 13796",
            "jobseekers_by_sector, 274",
            // distinct RNCP codes: 74 codes appear twice in the source
            "rncp_certification, 17369",
            "rncp_rome, 45165",
            "budget_line, 18",
            "priority_group, 11"})
    void each_table_holds_the_rows_of_its_files(String table, long expected) throws Exception {
        assertThat(count("select count(*) from " + table)).isEqualTo(expected);
        assertThat(count("select row_count from reference_dataset where name = '" + table + "'")).isEqualTo(expected);
    }

    @Test
    void the_bassin_minier_flags_the_330_communes_of_the_mission_bassin_minier_perimeter() throws Exception {
        assertThat(count("select count(*) from commune where bassin_minier")).isEqualTo(330);
        assertThat(count("select count(*) from commune where bassin_minier_core")).isEqualTo(227);
    }

    @Test
    void loading_again_changes_nothing() throws Exception {
        long before = count("select count(*) from metier_skill");
        assertThat(loader.loadAll(ReferenceCatalog.all(97_639_506L), ReferenceFiles.shipped())).isZero();
        assertThat(count("select count(*) from metier_skill")).isEqualTo(before);
    }

    @Test
    @DisplayName("a malformed file fails with its name, line and field")
    void a_malformed_file_names_its_line_and_field() {
        ReferenceFiles bad = new ReferenceFiles("reference-bad/");
        ReferenceDataset communes = TerritoryReferenceData.communes();
        assertThatThrownBy(() -> loader.load(ReferenceDataset.of("probe_commune", communes.columns(),
                communes.resources(), communes.reader()), bad))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("geo/communes_59_62.csv, line 4, field latitude");
    }

    @Test
    void a_budget_split_that_does_not_sum_to_the_envelope_is_refused() {
        assertThatThrownBy(() -> BudgetReferenceData.budgetLines(1_000L).reader()
                .read(ReferenceFiles.shipped(), null))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("not to the envelope of 1000 €");
    }

    @Test
    @DisplayName("a dataset failing in the middle of its copy keeps nothing and is not recorded")
    void a_failed_dataset_keeps_nothing() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("create table if not exists probe_rollback (id integer primary key)");
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(new Object[]{i});
        }
        rows.add(new Object[]{500}); // duplicate key: the COPY fails after 1,000 good rows
        ReferenceDataset dataset = ReferenceDataset.of("probe_rollback", List.of("id"), List.of("geo/departements.csv"),
                (files, keys) -> rows);
        assertThatThrownBy(() -> loader.load(dataset, ReferenceFiles.shipped())).isInstanceOf(ReferenceDataException.class);
        assertThat(count("select count(*) from probe_rollback")).isZero();
        assertThat(count("select count(*) from reference_dataset where name = 'probe_rollback'")).isZero();
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
