package fr.passerelle.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** One run of a programme at a site: seats, the minimum cohort for it to open, the cost, the budget line. */
@Entity
@Table(name = "training_session")
public class TrainingSession extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    public TrainingProgramme programme;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    public TrainingSite site;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    public int capacity;
    @Column(name = "min_cohort")
    public int minCohort;
    @Column(name = "cost_per_trainee_eur")
    public int costPerTraineeEur;
    @Column(name = "budget_line_code")
    public String budgetLineCode;
    @Version
    public int version;
}
