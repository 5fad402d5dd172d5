package fr.passerelle.profile;

import jakarta.persistence.Column;
import fr.passerelle.metier.Skill;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

import java.util.Objects;

/** A ROME item the person masters, at level 1 (notions) to 3 (expert). */
@Embeddable
public class ProfileSkill {
    @Column(name = "skill_code")
    @GenericField(aggregable = Aggregable.YES)
    public int skillCode;
    public short level;
    /** Read-only view of the ROME item, for its label in the index. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "skill_code", insertable = false, updatable = false)
    @IndexedEmbedded(includePaths = "label")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Skill skill;

    public ProfileSkill() {
    }

    public ProfileSkill(int skillCode, int level) {
        this.skillCode = skillCode;
        this.level = (short) level;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileSkill s && s.skillCode == skillCode && s.level == level;
    }

    @Override
    public int hashCode() {
        return Objects.hash(skillCode, level);
    }
}
