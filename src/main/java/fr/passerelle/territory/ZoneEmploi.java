package fr.passerelle.territory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** INSEE zone d'emploi 2020. */
@Entity
@Table(name = "zone_emploi")
public class ZoneEmploi extends PanacheEntityBase {
    @Id
    public String code;
    public String label;
}
