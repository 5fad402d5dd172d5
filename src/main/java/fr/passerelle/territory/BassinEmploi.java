package fr.passerelle.territory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** France Travail bassin d'emploi (not the same code system as the INSEE zones d'emploi). */
@Entity
@Table(name = "bassin_emploi")
public class BassinEmploi extends PanacheEntityBase {
    @Id
    public String code;
    public String label;
}
