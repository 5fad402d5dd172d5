package fr.passerelle.reference;

import java.util.List;

/**
 * One table of reference data, read from one or more shipped CSV files. Loaded in one transaction: the rows are
 * all read and validated first, then copied; a bad line fails the whole dataset with file, line and field.
 */
public record ReferenceDataset(String table, List<String> columns, List<String> resources, RowsReader reader) {

    @FunctionalInterface
    public interface RowsReader {
        List<Object[]> read(ReferenceFiles files, KnownKeys keys) throws Exception;
    }

    public static ReferenceDataset of(String table, List<String> columns, List<String> resources, RowsReader reader) {
        return new ReferenceDataset(table, columns, resources, reader);
    }
}
