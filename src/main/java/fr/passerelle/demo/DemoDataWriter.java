package fr.passerelle.demo;

import fr.passerelle.reference.PgCopy;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Writes a generated offer and population with COPY, in one transaction: a failed run leaves nothing behind. */
@ApplicationScoped
public class DemoDataWriter {

    private static final Logger LOG = Logger.getLogger(DemoDataWriter.class);
    static final int CHUNK = 10_000;

    private final AgroalDataSource dataSource;

    public DemoDataWriter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void write(DemoOffer offer, Iterator<DemoPerson> people, int count) {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                writeOffer(c, offer);
                long written = 0;
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                while (people.hasNext()) {
                    List<DemoPerson> chunk = new ArrayList<>(CHUNK);
                    while (people.hasNext() && chunk.size() < CHUNK) {
                        chunk.add(people.next());
                    }
                    writePeople(c, chunk, now);
                    written += chunk.size();
                    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
                    LOG.infof("Demo population: %,d / %,d profiles (%d %%) in %d s", written, count,
                            written * 100 / Math.max(1, count), seconds);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo population not written", e);
        }
    }

    private void writeOffer(Connection c, DemoOffer offer) throws SQLException {
        long[] orgIds = reserve(c, "training_organisation_id_seq", offer.organisations().size());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < orgIds.length; i++) {
            var o = offer.organisations().get(i);
            rows.add(new Object[]{orgIds[i], o.name(), o.siret()});
        }
        PgCopy.copy(c, "training_organisation", List.of("id", "name", "siret"), rows);

        long[] siteIds = reserve(c, "training_site_id_seq", offer.sites().size());
        rows.clear();
        for (int i = 0; i < siteIds.length; i++) {
            var s = offer.sites().get(i);
            rows.add(new Object[]{siteIds[i], orgIds[s.organisation()], s.name(), s.communeInsee()});
        }
        PgCopy.copy(c, "training_site", List.of("id", "organisation_id", "name", "commune_insee"), rows);

        long[] programmeIds = reserve(c, "training_programme_id_seq", offer.programmes().size());
        rows.clear();
        List<Object[]> skills = new ArrayList<>();
        for (int i = 0; i < programmeIds.length; i++) {
            var p = offer.programmes().get(i);
            rows.add(new Object[]{programmeIds[i], orgIds[p.organisation()], p.title(), p.targetRomeCode(), p.hours(),
                    p.rncpCode(), p.prerequisites()});
            for (int skill : p.skills()) {
                skills.add(new Object[]{programmeIds[i], skill});
            }
        }
        PgCopy.copy(c, "training_programme", List.of("id", "organisation_id", "title", "target_rome_code", "hours",
                "rncp_code", "prerequisites"), rows);
        PgCopy.copy(c, "programme_skill", List.of("programme_id", "skill_code"), skills);

        rows.clear();
        for (var s : offer.sessions()) {
            rows.add(new Object[]{programmeIds[s.programme()], siteIds[s.site()], s.start(), s.end(), s.capacity(),
                    s.minCohort(), s.costPerTraineeEur(), s.budgetLineCode()});
        }
        PgCopy.copy(c, "training_session", List.of("programme_id", "site_id", "start_date", "end_date", "capacity",
                "min_cohort", "cost_per_trainee_eur", "budget_line_code"), rows);
    }

    private void writePeople(Connection c, List<DemoPerson> chunk, OffsetDateTime now) throws SQLException {
        long[] ids = reserve(c, "profile_seq", chunk.size());
        List<Object[]> profiles = new ArrayList<>(chunk.size());
        List<Object[]> skills = new ArrayList<>(chunk.size() * 16);
        List<Object[]> groups = new ArrayList<>(chunk.size() * 2);
        for (int i = 0; i < ids.length; i++) {
            DemoPerson p = chunk.get(i);
            profiles.add(new Object[]{ids[i], p.kind().name(), p.firstName(), p.lastName(), p.email(), p.sex(),
                    p.birthDate(), p.originNafDivision(), p.employer(), p.currentRomeCode(), p.homeCommuneInsee(),
                    p.mobilityRadiusKm(), p.availableFrom(), p.jobseekerSince(),
                    p.wishedFiliere() == null ? null : p.wishedFiliere().name(), p.consentDate(), now, now});
            for (int[] s : p.skills()) {
                skills.add(new Object[]{ids[i], s[0], s[1]});
            }
            for (String g : p.priorityGroups()) {
                groups.add(new Object[]{ids[i], g});
            }
        }
        PgCopy.copy(c, "profile", List.of("id", "kind", "first_name", "last_name", "email", "sex", "birth_date",
                "origin_naf_division", "employer", "current_rome_code", "home_commune_insee", "mobility_radius_km",
                "available_from", "jobseeker_since", "wished_filiere", "consent_date", "created_at", "updated_at"), profiles);
        PgCopy.copy(c, "profile_skill", List.of("profile_id", "skill_code", "level"), skills);
        PgCopy.copy(c, "profile_priority_group", List.of("profile_id", "group_code"), groups);
    }

    /** Ids from the same sequences Hibernate uses, so that later inserts never collide with generated rows. */
    private static long[] reserve(Connection c, String sequence, int n) throws SQLException {
        long[] ids = new long[n];
        try (PreparedStatement ps = c.prepareStatement("select nextval(?) from generate_series(1, ?)")) {
            ps.setString(1, sequence);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }
}
