package fr.passerelle.demo;

import fr.passerelle.metier.Filiere;
import fr.passerelle.profile.ProfileKind;

import java.time.LocalDate;
import java.util.List;

/** One synthetic person: no real personal data (generated names, e-mails on example.org). */
public record DemoPerson(ProfileKind kind, String firstName, String lastName, String email, String sex,
                         LocalDate birthDate, String originNafDivision, String employer, String currentRomeCode,
                         String homeCommuneInsee, int mobilityRadiusKm, LocalDate availableFrom,
                         LocalDate jobseekerSince, Filiere wishedFiliere, LocalDate consentDate,
                         List<int[]> skills, List<String> priorityGroups) {
}
