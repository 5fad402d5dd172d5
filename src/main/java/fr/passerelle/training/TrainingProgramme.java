package fr.passerelle.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import fr.passerelle.metier.Metier;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import java.util.HashSet;
import java.util.Set;

/** A training programme leading to a target métier, with the ROME skills it teaches. */
@Entity
@Table(name = "training_programme")
public class TrainingProgramme extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public TrainingOrganisation organisation;
    @FullTextField(analyzer = "metier_text", searchAnalyzer = "metier_search")
    public String title;
    @Column(name = "target_rome_code")
    @KeywordField
    public String targetRomeCode;
    /** Read-only view of the target fiche, for the sessions index (label, appellations, filière). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_rome_code", insertable = false, updatable = false)
    @IndexedEmbedded(includePaths = {"label", "appellations.label", "filiere", "transition"})
    // fiches are reference data
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Metier targetMetier;
    public int hours;
    @Column(name = "rncp_code")
    public String rncpCode;
    public String prerequisites;
    @ElementCollection
    @CollectionTable(name = "programme_skill", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "skill_code")
    @GenericField
    public Set<Integer> skillsTaught = new HashSet<>();
}
