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
import fr.passerelle.territory.Commune;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/** A place where an organisation trains. */
@Entity
@Table(name = "training_site")
public class TrainingSite extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public TrainingOrganisation organisation;
    public String name;
    @Column(name = "commune_insee")
    public String communeInsee;
    /** Read-only view of the site's commune, for the sessions index (geo point). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commune_insee", insertable = false, updatable = false)
    @IndexedEmbedded(includePaths = {"inseeCode", "location"})
    // communes are reference data
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Commune commune;
}
