package fr.passerelle.metier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ROME v4.60 fiche. */
@Entity
@Table(name = "metier")
public class Metier extends PanacheEntityBase {
    @Id
    @Column(name = "rome_code")
    public String romeCode;
    public String label;
    @Column(name = "domaine_code")
    public String domaineCode;
    @Column(name = "parent_rome_code")
    public String parentRomeCode;
    @Enumerated(EnumType.STRING)
    public TransitionFlag transition;
    @Column(name = "riasec_major")
    public String riasecMajor;
    @Column(name = "riasec_minor")
    public String riasecMinor;
    public String definition;
}
