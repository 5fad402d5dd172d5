package fr.passerelle.profile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A priority group and its weight in the planner's objective (configurable data, with its source). */
@Entity
@Table(name = "priority_group")
public class PriorityGroup extends PanacheEntityBase {
    @Id
    public String code;
    public String label;
    public double weight;
    public String source;
}
