package fr.passerelle.metier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;

/** A ROME item: a compétence (savoir-faire, savoir-être), a savoir, or a work context. */
// reference data, read-only after the start-up load: cached for indexing and paths
@Cacheable
@Entity
@Table(name = "skill")
public class Skill extends PanacheEntityBase {
    @Id
    @Column(name = "code_ogr")
    @GenericField
    public Integer codeOgr;
    @FullTextField(analyzer = "french_text")
    public String label;
    @Enumerated(EnumType.STRING)
    public SkillKind kind;
    public String category;
    @Column(name = "macro_code_ogr")
    public Integer macroCodeOgr;
}
