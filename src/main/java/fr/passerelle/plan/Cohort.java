package fr.passerelle.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A group of people a counsellor plans for together. */
@Entity
@Table(name = "cohort")
public class Cohort extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    @Column(name = "created_at")
    public Instant createdAt;
    @ElementCollection
    @CollectionTable(name = "cohort_member", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "profile_id")
    public Set<Long> profileIds = new LinkedHashSet<>();
}
