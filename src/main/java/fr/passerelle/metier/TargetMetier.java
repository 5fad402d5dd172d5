package fr.passerelle.metier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A métier of the FTJ target catalogue, with why it is a target and where its demand is. */
@Entity
@Table(name = "target_metier")
public class TargetMetier extends PanacheEntityBase {
    @Id
    @Column(name = "rome_code")
    public String romeCode;
    @Enumerated(EnumType.STRING)
    public Filiere filiere;
    public String family;
    public String reason;
    @Column(name = "demand_territories")
    public String demandTerritories;
    /** NAF divisions of origin separated by ';' (20 chimie, 23 minéraux, 24 métallurgie). */
    @Column(name = "origin_sectors")
    public String originSectors;
}
