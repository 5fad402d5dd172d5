package fr.passerelle.profile;

import fr.passerelle.common.SqlValues;
import fr.passerelle.metier.Filiere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a person changes on their own file: skills, mobility, availability, wished filière and consent; the rest
 * (identity, status, priority groups) stays as the counsellor recorded it. Also the sessions they say interest them.
 */
@ApplicationScoped
public class SelfService {
    public record SelfUpdate(List<Integer> skillCodes, int mobilityRadiusKm, LocalDate availableFrom, Filiere wishedFiliere,
                             boolean consent) {
    }

    public record Interest(long sessionId, String title, String organisation, String commune, LocalDate start) {
    }

    private final ProfileService profiles;
    private final EntityManager em;

    public SelfService(ProfileService profiles, EntityManager em) {
        this.profiles = profiles;
        this.em = em;
    }

    @Transactional
    public Profile update(long profileId, SelfUpdate update) {
        Profile p = profiles.find(profileId);
        Map<Integer, Integer> levels = p.skills.stream().collect(Collectors.toMap(s -> s.skillCode, s -> (int) s.level, (a, b) -> a));
        List<ProfileRequest.SkillLevel> skills = new ArrayList<>();
        for (Integer code : update.skillCodes()) {
            // a skill the person adds themself is recorded at level 1 (notions) until a counsellor assesses it
            skills.add(new ProfileRequest.SkillLevel(code, levels.getOrDefault(code, 1)));
        }
        LocalDate consent = update.consent() ? (p.consentDate != null ? p.consentDate : LocalDate.now()) : null;
        ProfileRequest request = new ProfileRequest(p.kind, p.firstName, p.lastName, p.email, p.sex, p.birthDate,
                p.originNafDivision, p.employer, p.currentRomeCode, p.homeCommuneInsee, update.mobilityRadiusKm(),
                update.availableFrom(), p.jobseekerSince, update.wishedFiliere(), consent, skills,
                List.copyOf(p.priorityGroups));
        return profiles.replace(profileId, request, null);
    }

    @Transactional
    public void expressInterest(long profileId, long sessionId) {
        if (em.createNativeQuery("select 1 from training_session where id = ?1").setParameter(1, sessionId).getResultList().isEmpty()) {
            throw new NotFoundException("no session " + sessionId);
        }
        em.createNativeQuery("insert into session_interest (profile_id, session_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, profileId).setParameter(2, sessionId).executeUpdate();
    }

    @Transactional
    public void withdrawInterest(long profileId, long sessionId) {
        em.createNativeQuery("delete from session_interest where profile_id = ?1 and session_id = ?2")
                .setParameter(1, profileId).setParameter(2, sessionId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Interest> interests(long profileId) {
        List<Object[]> rows = em.createNativeQuery("""
                select s.id, pr.title, o.name, c.name, s.start_date
                from session_interest i join training_session s on s.id = i.session_id
                join training_programme pr on pr.id = s.programme_id join training_organisation o on o.id = pr.organisation_id
                join training_site si on si.id = s.site_id join commune c on c.insee_code = si.commune_insee
                where i.profile_id = ?1 order by s.start_date""").setParameter(1, profileId).getResultList();
        return rows.stream().map(r -> new Interest(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                SqlValues.localDate(r[4]))).toList();
    }
}
