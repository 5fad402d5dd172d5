package fr.passerelle.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A seat taken in a session and the money it commits on the session's budget line. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "session_id")
    public Long sessionId;
    @Column(name = "profile_id")
    public Long profileId;
    @Column(name = "scenario_id")
    public Long scenarioId;
    @Column(name = "budget_line_code")
    public String budgetLineCode;
    @Column(name = "cost_eur")
    public int costEur;
    @Column(name = "created_at")
    public Instant createdAt;
}
