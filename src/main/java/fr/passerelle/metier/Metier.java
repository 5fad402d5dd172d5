package fr.passerelle.metier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import java.util.ArrayList;
import java.util.List;

/**
 * A ROME v4.60 fiche. Indexed for the métier search (label and appellations in French with the appellation
 * synonyms, skills, filière, transition flag, domaine). Reference data loaded by COPY: never reindexed by ORM
 * events, {@code EmptyIndexGuard} builds the index after a load.
 */
@Entity
@Indexed(index = "metier")
@Table(name = "metier")
public class Metier extends PanacheEntityBase {
    @Id
    @Column(name = "rome_code")
    @KeywordField
    public String romeCode;
    @FullTextField(analyzer = "metier_text", searchAnalyzer = "metier_search")
    @KeywordField(name = "label_sort", normalizer = "folded_keyword", sortable = Sortable.YES)
    public String label;
    @Column(name = "domaine_code")
    @KeywordField(aggregable = Aggregable.YES)
    public String domaineCode;
    @Column(name = "parent_rome_code")
    public String parentRomeCode;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    public TransitionFlag transition;
    /** The filière of the target catalogue, for the fiches that are targets (read-only). */
    @Formula("(select t.filiere from target_metier t where t.rome_code = rome_code)")
    @KeywordField(aggregable = Aggregable.YES)
    public String filiere;
    @OneToMany(mappedBy = "metier")
    @IndexedEmbedded(includePaths = "label")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public List<Appellation> appellations = new ArrayList<>();
    @OneToMany(mappedBy = "metier")
    @IndexedEmbedded(includePaths = {"skill.codeOgr", "skill.label"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public List<MetierSkill> skills = new ArrayList<>();
    @Column(name = "riasec_major")
    public String riasecMajor;
    @Column(name = "riasec_minor")
    public String riasecMinor;
    public String definition;
}
