package fr.passerelle.plan;

import java.math.BigDecimal;
import java.util.List;

/** A planning instance in the shared format (shared/formats/planning-instance.md), as the application writes it. */
public record InstanceDocument(String name, String currency, List<Line> budgetLines, List<Session> sessions,
                               List<Candidate> candidates) {

    public record Line(String id, String label, BigDecimal amountEur) {
    }

    public record Session(String id, String label, String romeCode, String filiere, String communeInsee, double lat,
                          double lon, String start, int capacity, int minCohort, BigDecimal costPerTraineeEur,
                          String budgetLine) {
    }

    public record Candidate(String id, String status, BigDecimal priority, List<Option> options) {
    }

    public record Option(String session, BigDecimal score) {
    }

    /** Ids in instances built from the database: P + profile id, S + session id. */
    public static String candidateId(long profileId) {
        return "P" + profileId;
    }

    public static String sessionId(long sessionId) {
        return "S" + sessionId;
    }

    public static Long profileIdOf(String candidateId) {
        return parse(candidateId, 'P');
    }

    public static Long sessionIdOf(String sessionId) {
        return parse(sessionId, 'S');
    }

    private static Long parse(String id, char prefix) {
        if (id == null || id.length() < 2 || id.charAt(0) != prefix) {
            return null;
        }
        try {
            return Long.parseLong(id.substring(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
