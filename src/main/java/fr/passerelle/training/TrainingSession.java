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
import org.hibernate.annotations.Formula;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

import java.time.LocalDate;

/**
 * One run of a programme at a site: seats, the minimum cohort for it to open, the cost, the budget line. Indexed
 * for the public session search; seats left change with enrolments, which reindex the session (see
 * {@link SessionSeats}).
 */
@Entity
@Indexed(index = "session")
@Table(name = "training_session")
public class TrainingSession extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = "sessionId", sortable = Sortable.YES)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    @IndexedEmbedded(includePaths = {"title", "targetRomeCode", "skillsTaught", "targetMetier.label",
            "targetMetier.appellations.label", "targetMetier.filiere", "targetMetier.transition"})
    // a programme is not edited once it has sessions
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public TrainingProgramme programme;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    @IndexedEmbedded(includePaths = {"commune.inseeCode", "commune.location"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public TrainingSite site;
    @Column(name = "start_date")
    @GenericField(sortable = Sortable.YES)
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    public int capacity;
    /** Read from PostgreSQL at every load (so always true when shown); in the index, as of the last reindex. */
    @Formula(SessionSeats.LEFT_FORMULA)
    @GenericField
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public int seatsLeft;
    @Column(name = "min_cohort")
    public int minCohort;
    @Column(name = "cost_per_trainee_eur")
    public int costPerTraineeEur;
    @Column(name = "budget_line_code")
    public String budgetLineCode;
    @Version
    public int version;
}
