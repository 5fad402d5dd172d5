package fr.passerelle.profile;

import fr.passerelle.metier.Filiere;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A profile as a counsellor sees it. */
public record ProfileView(long id, ProfileKind kind, String firstName, String lastName, String email, String sex,
                          LocalDate birthDate, String originNafDivision, String employer, String currentRomeCode,
                          String homeCommuneInsee, int mobilityRadiusKm, LocalDate availableFrom,
                          LocalDate jobseekerSince, Filiere wishedFiliere, LocalDate consentDate,
                          List<ProfileRequest.SkillLevel> skills, List<String> priorityGroups, int version) {

    static ProfileView of(Profile p) {
        return new ProfileView(p.id, p.kind, p.firstName, p.lastName, p.email, p.sex, p.birthDate,
                p.originNafDivision, p.employer, p.currentRomeCode, p.homeCommuneInsee, p.mobilityRadiusKm,
                p.availableFrom, p.jobseekerSince, p.wishedFiliere, p.consentDate,
                p.skills.stream().sorted(Comparator.comparingInt(s -> s.skillCode))
                        .map(s -> new ProfileRequest.SkillLevel(s.skillCode, (int) s.level)).toList(),
                p.priorityGroups.stream().sorted().toList(), p.version);
    }
}
