package fr.passerelle.metier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

import java.io.Serializable;

/** A fiche–item link, with the "cœur de métier" mark. */
@Entity
@Table(name = "metier_skill")
public class MetierSkill extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "rome_code") String romeCode, @Column(name = "skill_code") Integer skillCode)
            implements Serializable {
    }

    @EmbeddedId
    public Key id;
    @MapsId("romeCode")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rome_code")
    public Metier metier;
    @MapsId("skillCode")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "skill_code")
    @IndexedEmbedded(includePaths = {"codeOgr", "label"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Skill skill;
    @Enumerated(EnumType.STRING)
    public CoreLevel core;
}
