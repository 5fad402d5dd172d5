package fr.passerelle.profile;

import fr.passerelle.common.ApiExceptionMappers;
import fr.passerelle.common.CsvFormatException;
import fr.passerelle.common.CsvReader;
import fr.passerelle.common.CsvRecord;
import fr.passerelle.common.FieldError;
import fr.passerelle.metier.Filiere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * All-or-nothing CSV import of profiles: every line is parsed and checked first; one bad line rejects the file
 * with its line number, and nothing is written.
 */
@ApplicationScoped
public class ProfileCsvImport {

    /** A counsellor's batch, not a regional load (the demo generator does that): bounded to keep one transaction small. */
    public static final int MAX_LINES = 10_000;
    static final int MAX_REPORTED_ERRORS = 100;
    public static final List<String> COLUMNS = List.of("kind", "first_name", "last_name", "email", "sex", "birth_date",
            "origin_naf_division", "employer", "current_rome_code", "home_commune_insee", "mobility_radius_km",
            "available_from", "jobseeker_since", "wished_filiere", "consent_date", "skills", "priority_groups");

    public record Result(int imported, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Validator validator;
    private final ProfileRules rules;
    private final ProfileService service;

    public ProfileCsvImport(Validator validator, ProfileRules rules, ProfileService service) {
        this.validator = validator;
        this.rules = rules;
        this.service = service;
    }

    @Transactional
    public Result importCsv(String csv) {
        List<FieldError> errors = new ArrayList<>();
        List<ProfileRequest> requests = new ArrayList<>();
        ProfileRules.References refs = rules.references();
        try {
            checkHeader(csv);
            new CsvReader(new StringReader(csv), "profiles.csv").forEachRecord(record -> {
                if (requests.size() >= MAX_LINES) {
                    throw record.error(null, "more than " + MAX_LINES + " profiles: split the file");
                }
                List<FieldError> lineErrors = new ArrayList<>();
                ProfileRequest request = parse(record, lineErrors);
                if (request != null) {
                    for (ConstraintViolation<ProfileRequest> v : validator.validate(request)) {
                        lineErrors.add(FieldError.of(ApiExceptionMappers.fieldName(v.getPropertyPath()), v.getMessage()));
                    }
                    lineErrors.addAll(rules.check(request, refs));
                }
                lineErrors.forEach(e -> {
                    if (errors.size() < MAX_REPORTED_ERRORS) {
                        errors.add(new FieldError(record.line(), column(e.field()), e.reason()));
                    }
                });
                requests.add(request);
            });
        } catch (CsvFormatException e) {
            errors.add(new FieldError(e.line(), e.field(), e.reason()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (errors.isEmpty() && requests.isEmpty()) {
            errors.add(new FieldError(1, null, "no profile in the file"));
        }
        if (!errors.isEmpty()) {
            return new Result(0, errors);
        }
        service.persistAll(requests);
        return new Result(requests.size(), List.of());
    }

    private static void checkHeader(String csv) {
        int end = csv.indexOf('\n');
        String header = (end < 0 ? csv : csv.substring(0, end)).replace("\r", "").replace("\uFEFF", "");
        List<String> columns = Arrays.stream(header.split(",", -1)).map(String::trim).toList();
        if (!columns.equals(COLUMNS)) {
            throw new CsvFormatException("profiles.csv", 1, null, "the header must be: " + String.join(",", COLUMNS));
        }
    }

    /** Field by field, so that every bad value of the line is reported, not only the first. */
    private static ProfileRequest parse(CsvRecord r, List<FieldError> errors) {
        ProfileKind kind = enumValue(r, "kind", ProfileKind.class, errors);
        Filiere filiere = enumValue(r, "wished_filiere", Filiere.class, errors);
        Integer radius = integer(r, "mobility_radius_km", errors);
        LocalDate birth = date(r, "birth_date", errors);
        LocalDate available = date(r, "available_from", errors);
        LocalDate since = date(r, "jobseeker_since", errors);
        LocalDate consent = date(r, "consent_date", errors);
        List<ProfileRequest.SkillLevel> skills = new ArrayList<>();
        for (String item : split(r.raw("skills"))) {
            String[] parts = item.split(":");
            try {
                skills.add(new ProfileRequest.SkillLevel(Integer.parseInt(parts[0].trim()),
                        parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 1));
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("skills", "'" + item + "' is not code:level (e.g. 100007:2)"));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new ProfileRequest(kind, r.raw("first_name"), r.raw("last_name"), r.optionalText("email"),
                r.optionalText("sex"), birth, r.optionalText("origin_naf_division"), r.optionalText("employer"),
                r.optionalText("current_rome_code"), r.optionalText("home_commune_insee"), radius, available, since,
                filiere, consent, skills, split(r.raw("priority_groups")));
    }

    /** The CSV column of a request field: homeCommuneInsee -> home_commune_insee, skills[2].code -> skills. */
    static String column(String field) {
        if (field == null) {
            return null;
        }
        String head = field.split("[.\\[]")[0];
        return head.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> split(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split("\\|")).map(String::trim).toList();
    }

    private static <E extends Enum<E>> E enumValue(CsvRecord r, String column, Class<E> type, List<FieldError> errors) {
        String v = r.raw(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(column, "'" + v + "' is not one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static Integer integer(CsvRecord r, String column, List<FieldError> errors) {
        String v = r.raw(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(column, "'" + v + "' is not an integer"));
            return null;
        }
    }

    private static LocalDate date(CsvRecord r, String column, List<FieldError> errors) {
        String v = r.raw(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(column, "'" + v + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
