package dev.upward.testing;

import dev.upward.platform.PostgresServer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the service's database, for asserting effects no API exposes yet. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static long count(String sql, Object... parameters) {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    /** The rows of a query as text, one line per row, for comparing a table before and after. */
    public static String dump(String sql) {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        StringBuilder text = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int c = 1; c <= columns; c++) {
                    text.append(c > 1 ? "|" : "").append(result.getString(c));
                }
                text.append('\n');
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
        return text.toString();
    }
}
