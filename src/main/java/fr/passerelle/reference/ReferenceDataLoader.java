package fr.passerelle.reference;

import fr.passerelle.common.CsvFormatException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Loads reference datasets idempotently: a dataset already recorded in {@code reference_dataset} is skipped;
 * otherwise its rows are validated, copied and recorded in one transaction.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);

    private final AgroalDataSource dataSource;

    public ReferenceDataLoader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Loads each dataset in order; returns how many were loaded now (the others were already there). */
    public int loadAll(List<ReferenceDataset> datasets, ReferenceFiles files) {
        int loaded = 0;
        for (ReferenceDataset dataset : datasets) {
            if (load(dataset, files)) {
                loaded++;
            }
        }
        return loaded;
    }

    public boolean load(ReferenceDataset dataset, ReferenceFiles files) {
        String hash = files.sha256(dataset.resources());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                String recorded = recordedHash(connection, dataset.table());
                if (recorded != null) {
                    if (!recorded.equals(hash)) {
                        LOG.warnf("Reference dataset %s changed since it was loaded; the loaded version is kept "
                                + "(a new version needs a migration)", dataset.table());
                    }
                    connection.rollback();
                    return false;
                }
                long start = System.nanoTime();
                List<Object[]> rows = dataset.reader().read(files, new KnownKeys(connection));
                long count = PgCopy.copy(connection, dataset.table(), dataset.columns(), rows);
                record(connection, dataset.table(), hash, count);
                connection.commit();
                LOG.infof("Loaded reference dataset %s: %d rows in %d ms", dataset.table(), count,
                        (System.nanoTime() - start) / 1_000_000);
                return true;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        } catch (CsvFormatException e) {
            throw new ReferenceDataException("Reference dataset " + dataset.table() + " not loaded: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new ReferenceDataException("Reference dataset " + dataset.table() + " not loaded (files "
                    + dataset.resources() + "): " + e.getMessage(), e);
        }
    }

    private static String recordedHash(Connection connection, String table) throws SQLException {
        // Serialises two instances starting at once on the same database.
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "reference:" + table);
            lock.execute();
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "select sha256 from reference_dataset where name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void record(Connection connection, String table, String hash, long count) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into reference_dataset (name, sha256, row_count, loaded_at) values (?, ?, ?, ?)")) {
            ps.setString(1, table);
            ps.setString(2, hash);
            ps.setLong(3, count);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }
}
