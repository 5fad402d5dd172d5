package fr.passerelle.territory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "commune")
public class Commune extends PanacheEntityBase {
    @Id
    @Column(name = "insee_code")
    public String inseeCode;
    public String name;
    @Column(name = "departement_code")
    public String departementCode;
    public String postcodes;
    public double latitude;
    public double longitude;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "zone_emploi_code")
    public ZoneEmploi zoneEmploi;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bassin_emploi_code")
    public BassinEmploi bassinEmploi;
    /** In the Mission Bassin Minier perimeter (330 communes). */
    @Column(name = "bassin_minier")
    public boolean bassinMinier;
    /** Centroid inside the MBM mining contour: an approximation of the ERBM core. */
    @Column(name = "bassin_minier_core")
    public boolean bassinMinierCore;
}
