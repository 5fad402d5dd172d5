package fr.passerelle.search;

import fr.passerelle.metier.Filiere;
import fr.passerelle.profile.ProfileKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A counsellor's cohort search. It travels in the body, never in the URL, so that no name lands in an access log.
 * Lists are OR within a filter and AND between filters.
 */
public record ProfileSearchRequest(
        @Size(max = 200) String text,
        @Size(max = 10) List<@NotNull Filiere> wishedFilieres,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "\\d{4}", message = "must be a zone d'emploi code") String> zonesEmploi,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "\\d{4}", message = "must be a bassin d'emploi code") String> bassins,
        Boolean bassinMinier,
        @Size(max = 2) List<@NotNull ProfileKind> kinds,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "\\d{2}", message = "must be a NAF division") String> originSectors,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z_]{2,40}", message = "must be a priority group code") String> priorityGroups,
        @Valid Near near,
        @Min(0) @Max(1000) Integer page,
        // a page is what a person reads
        @Min(1) @Max(100) Integer size) {

    /** Within {@code radiusKm} of a commune or of a session's site. */
    public record Near(@Pattern(regexp = "(59|62)\\d{3}", message = "must be an INSEE code of 59 or 62") String commune,
                       Long sessionId,
                       @NotNull @Min(1) @Max(300) Integer radiusKm) {
    }

    public int pageOrDefault() {
        return page == null ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null ? 20 : size;
    }
}
