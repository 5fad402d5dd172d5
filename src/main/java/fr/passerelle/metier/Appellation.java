package fr.passerelle.metier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** A ROME appellation: one of the names a fiche's job goes by ("Soudeur / Soudeuse TIG"). */
@Entity
@Table(name = "appellation")
public class Appellation extends PanacheEntityBase {
    @Id
    @Column(name = "code_ogr")
    public Integer codeOgr;
    @FullTextField(analyzer = "metier_text", searchAnalyzer = "metier_search")
    public String label;
    @Column(name = "short_label")
    public String shortLabel;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rome_code")
    public Metier metier;
    public boolean principal;
}
