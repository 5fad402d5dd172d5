package fr.passerelle.reference;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Keys of tables already loaded, so that a dataset names the line of a dangling reference instead of an SQL error. */
public class KnownKeys {

    private final Connection connection;
    private final Map<String, Set<String>> cache = new HashMap<>();

    KnownKeys(Connection connection) {
        this.connection = connection;
    }

    public Set<String> of(String table, String column) {
        return cache.computeIfAbsent(table + "." + column, k -> {
            Set<String> keys = new HashSet<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("select " + column + " from " + table)) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read keys of " + table, e);
            }
            return keys;
        });
    }
}
