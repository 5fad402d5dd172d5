package fr.passerelle.profile;

import fr.passerelle.metier.Filiere;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** What a client sends to create or replace a profile; rules that need the database are in {@link ProfileRules}. */
public record ProfileRequest(
        @NotNull ProfileKind kind,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "[FMX]", message = "must be F, M or X") String sex,
        @Past LocalDate birthDate,
        @Pattern(regexp = "\\d{2}", message = "must be a 2-digit NAF division") String originNafDivision,
        @Size(max = 200) String employer,
        @Pattern(regexp = "[A-N]\\d{4}", message = "must be a ROME code: a letter A-N and 4 digits") String currentRomeCode,
        @NotNull @Pattern(regexp = "(59|62)\\d{3}", message = "must be the INSEE code of a commune of Nord (59) or Pas-de-Calais (62)")
        String homeCommuneInsee,
        // 300 km covers the whole territory from any commune: beyond is a typo
        @NotNull @Min(0) @Max(300) Integer mobilityRadiusKm,
        @NotNull LocalDate availableFrom,
        @PastOrPresent LocalDate jobseekerSince,
        Filiere wishedFiliere,
        @PastOrPresent LocalDate consentDate,
        @Size(max = 200) List<@Valid @NotNull SkillLevel> skills,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z_]{2,40}", message = "must be a priority group code") String> priorityGroups) {

    public record SkillLevel(@NotNull Integer code,
                             @NotNull @Min(1) @Max(3) Integer level) {
    }

    public List<SkillLevel> skillsOrEmpty() {
        return skills == null ? List.of() : skills;
    }

    public List<String> priorityGroupsOrEmpty() {
        return priorityGroups == null ? List.of() : priorityGroups;
    }
}
