package fr.passerelle.web.conseiller;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as a counsellor in Lille reads them. */
final class Dates {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE);

    private Dates() {
    }

    static String day(Instant instant) {
        return instant == null ? "—" : DAY.format(instant.atZone(PARIS));
    }

    static String minute(Instant instant) {
        return instant == null ? "—" : MINUTE.format(instant.atZone(PARIS));
    }
}
