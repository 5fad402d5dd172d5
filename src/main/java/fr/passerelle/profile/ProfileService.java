package fr.passerelle.profile;

import fr.passerelle.common.BadInputException;
import fr.passerelle.common.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

@ApplicationScoped
public class ProfileService {

    private final ProfileRules rules;

    public ProfileService(ProfileRules rules) {
        this.rules = rules;
    }

    @Transactional
    public Profile create(ProfileRequest request) {
        check(request);
        Profile p = new Profile();
        p.createdAt = Instant.now();
        apply(request, p);
        p.persist();
        return p;
    }

    @Transactional
    public Profile replace(long id, ProfileRequest request, Integer expectedVersion) {
        Profile p = find(id);
        if (expectedVersion != null && expectedVersion != p.version) {
            throw new OptimisticLockException();
        }
        check(request);
        apply(request, p);
        return p;
    }

    /** Erasure on request: the person and everything attached to them. */
    @Transactional
    public void erase(long id) {
        find(id).delete();
    }

    public Profile find(long id) {
        Profile p = Profile.findById(id);
        if (p == null) {
            throw new NotFoundException("no profile " + id);
        }
        return p;
    }

    /** Writes already-validated requests in the caller's transaction (the CSV import's single transaction). */
    void persistAll(List<ProfileRequest> requests) {
        Instant now = Instant.now();
        for (ProfileRequest request : requests) {
            Profile p = new Profile();
            p.createdAt = now;
            apply(request, p);
            p.persist();
        }
    }

    private void check(ProfileRequest request) {
        List<FieldError> errors = rules.check(request, rules.references());
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
    }

    static void apply(ProfileRequest r, Profile p) {
        p.kind = r.kind();
        p.firstName = r.firstName().trim();
        p.lastName = r.lastName().trim();
        p.email = r.email();
        p.sex = r.sex();
        p.birthDate = r.birthDate();
        p.originNafDivision = r.originNafDivision();
        p.employer = r.employer();
        p.currentRomeCode = r.currentRomeCode();
        p.homeCommuneInsee = r.homeCommuneInsee();
        p.mobilityRadiusKm = r.mobilityRadiusKm();
        p.availableFrom = r.availableFrom();
        p.jobseekerSince = r.jobseekerSince();
        p.wishedFiliere = r.wishedFiliere();
        p.consentDate = r.consentDate();
        p.updatedAt = Instant.now();
        var skills = new HashSet<ProfileSkill>();
        r.skillsOrEmpty().forEach(s -> skills.add(new ProfileSkill(s.code(), s.level())));
        p.skills.clear();
        p.skills.addAll(skills);
        p.priorityGroups.clear();
        p.priorityGroups.addAll(r.priorityGroupsOrEmpty());
    }
}
