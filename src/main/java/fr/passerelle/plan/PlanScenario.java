package fr.passerelle.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One planning problem, frozen in the shared instance format when created, and the state of its solve. */
@Entity
@Table(name = "plan_scenario")
public class PlanScenario extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    @Column(name = "cohort_id")
    public Long cohortId;
    @Column(name = "parent_id")
    public Long parentId;
    @Enumerated(EnumType.STRING)
    public ScenarioStatus status;
    @Column(name = "instance_json")
    public String instanceJson;
    @Column(name = "instance_hash")
    public String instanceHash;
    @Column(name = "seconds_limit")
    public int secondsLimit;
    @Column(name = "solver_version")
    public String solverVersion;
    public String termination;
    public Double objective;
    @Column(name = "hard_score")
    public Long hardScore;
    @Column(name = "progress_json")
    public String progressJson;
    @Column(name = "error_message")
    public String errorMessage;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Version
    public int version;
}
