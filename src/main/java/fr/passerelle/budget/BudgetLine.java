package fr.passerelle.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A line of the DREETS FTJ envelope: one ambition, optionally one year and one département. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends PanacheEntityBase {
    @Id
    public String code;
    public String label;
    /** A1 upskilling and reconversion, A2 targeted job-search aid, A3 active inclusion in the bassin minier. */
    public String ambition;
    public Integer year;
    @Column(name = "departement_code")
    public String departementCode;
    @Column(name = "amount_eur")
    public long amountEur;
    @Version
    public int version;
}
