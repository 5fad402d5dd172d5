package fr.passerelle.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Builds a planning instance from the database: the people of a cohort, the sessions still open (seats left,
 * starting after {@code from}), and what is left on each budget line. Options and their scores come from
 * {@link CandidateOptions}, as in the options API.
 */
@ApplicationScoped
public class InstanceBuilder {

    private final EntityManager em;
    private final CandidateOptions candidateOptions;

    public InstanceBuilder(EntityManager em, CandidateOptions candidateOptions) {
        this.em = em;
        this.candidateOptions = candidateOptions;
    }

    @Transactional
    public InstanceDocument build(String name, Collection<Long> profileIds, LocalDate from) {
        List<InstanceDocument.Line> lines = lines();
        List<CandidateOptions.OpenSession> sessions = candidateOptions.openSessions(from, null);
        List<InstanceDocument.Candidate> candidates = new ArrayList<>();
        candidateOptions.options(candidateOptions.people(profileIds), sessions).forEach((p, options) ->
                candidates.add(new InstanceDocument.Candidate(InstanceDocument.candidateId(p.id()), p.kind(),
                        BigDecimal.valueOf(p.priority()).setScale(2, RoundingMode.HALF_UP),
                        options.stream().map(o -> new InstanceDocument.Option(
                                InstanceDocument.sessionId(o.session().id()), o.score())).toList())));
        List<InstanceDocument.Session> sessionDocs = sessions.stream().map(s -> new InstanceDocument.Session(
                InstanceDocument.sessionId(s.id()), s.label(), s.romeCode(), s.filiere(), s.commune(), s.lat(), s.lon(),
                s.start().toString(), s.seatsLeft(), s.minCohortLeft(), BigDecimal.valueOf(s.cost()), s.line())).toList();
        return new InstanceDocument(name, "EUR", lines, sessionDocs, candidates);
    }

    @SuppressWarnings("unchecked")
    private List<InstanceDocument.Line> lines() {
        List<InstanceDocument.Line> lines = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select b.code, b.label, b.amount_eur - coalesce(sum(e.cost_eur), 0)
                from budget_line b left join enrolment e on e.budget_line_code = b.code
                group by b.code, b.label, b.amount_eur order by b.code""").getResultList()) {
            lines.add(new InstanceDocument.Line((String) r[0], (String) r[1],
                    BigDecimal.valueOf(Math.max(0, ((Number) r[2]).longValue()))));
        }
        return lines;
    }
}
