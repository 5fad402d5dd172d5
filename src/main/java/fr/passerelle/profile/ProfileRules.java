package fr.passerelle.profile;

import fr.passerelle.common.FieldError;
import fr.passerelle.sector.NafReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a profile that need reference data or more than one field. */
@ApplicationScoped
public class ProfileRules {

    private final EntityManager em;
    private final Clock clock;

    public ProfileRules(EntityManager em) {
        this.em = em;
        this.clock = Clock.systemDefaultZone();
    }

    /** Reference codes, read once per call so that a CSV import checks thousands of lines with a few queries. */
    public record References(Set<String> communes, Set<String> metiers, Set<Integer> skills, Set<String> groups) {
        public boolean any() {
            return !communes.isEmpty();
        }
    }

    public References references() {
        return new References(
                new HashSet<>(em.createQuery("select c.inseeCode from Commune c", String.class).getResultList()),
                new HashSet<>(em.createQuery("select m.romeCode from Metier m", String.class).getResultList()),
                new HashSet<>(em.createQuery("select s.codeOgr from Skill s", Integer.class).getResultList()),
                new HashSet<>(em.createQuery("select g.code from PriorityGroup g", String.class).getResultList()));
    }

    public List<FieldError> check(ProfileRequest p, References refs) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (p.homeCommuneInsee() != null && p.homeCommuneInsee().matches("(59|62)\\d{3}")
                && !refs.communes().contains(p.homeCommuneInsee())) {
            errors.add(FieldError.of("homeCommuneInsee", "no commune " + p.homeCommuneInsee() + " in Nord or Pas-de-Calais"));
        }
        if (p.currentRomeCode() != null && p.currentRomeCode().matches("[A-N]\\d{4}")
                && !refs.metiers().contains(p.currentRomeCode())) {
            errors.add(FieldError.of("currentRomeCode", "no ROME fiche " + p.currentRomeCode()));
        }
        if (p.kind() == ProfileKind.WORKER) {
            // The FTJ retrains employees of the three most polluting sectors.
            if (p.originNafDivision() == null || !NafReferenceData.AFFECTED_DIVISIONS.contains(p.originNafDivision())) {
                errors.add(FieldError.of("originNafDivision",
                        "a worker comes from NAF division 20 (chimie), 23 (minéraux non métalliques) or 24 (métallurgie)"));
            }
            if (p.jobseekerSince() != null) {
                errors.add(FieldError.of("jobseekerSince", "a worker is not a jobseeker"));
            }
        }
        if (p.birthDate() != null) {
            if (p.birthDate().isAfter(today.minusYears(16))) {
                errors.add(FieldError.of("birthDate", "the person must be at least 16"));
            } else if (p.birthDate().isBefore(today.minusYears(75))) {
                errors.add(FieldError.of("birthDate", "the person must be under 75"));
            }
            if (p.jobseekerSince() != null && p.jobseekerSince().isBefore(p.birthDate().plusYears(16))) {
                errors.add(FieldError.of("jobseekerSince", "must be after the person's 16th birthday"));
            }
        }
        if (p.availableFrom() != null) {
            if (p.availableFrom().isBefore(LocalDate.of(2021, 1, 1))) {
                errors.add(FieldError.of("availableFrom", "must be within the FTJ programme (from 2021)"));
            } else if (p.availableFrom().isAfter(today.plusYears(5))) {
                errors.add(FieldError.of("availableFrom", "must be within five years"));
            }
        }
        Set<Integer> seen = new HashSet<>();
        List<ProfileRequest.SkillLevel> skills = p.skillsOrEmpty();
        for (int i = 0; i < skills.size(); i++) {
            ProfileRequest.SkillLevel s = skills.get(i);
            if (s == null || s.code() == null) {
                continue;
            }
            if (!refs.skills().contains(s.code())) {
                errors.add(FieldError.of("skills[" + i + "].code", "no ROME skill item " + s.code()));
            } else if (!seen.add(s.code())) {
                errors.add(FieldError.of("skills[" + i + "].code", "skill " + s.code() + " is listed twice"));
            }
        }
        List<String> groups = p.priorityGroupsOrEmpty();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i) != null && !refs.groups().contains(groups.get(i))) {
                errors.add(FieldError.of("priorityGroups[" + i + "]", "unknown priority group " + groups.get(i)));
            }
        }
        return errors;
    }
}
