package fr.passerelle.metier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A ROME mobility link: from one fiche to a close one, rank 1 being the closest. */
@Entity
@Table(name = "passerelle")
public class Passerelle extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "from_rome_code") String fromRomeCode,
                      @Column(name = "to_rome_code") String toRomeCode) implements Serializable {
    }

    @EmbeddedId
    public Key id;
    public int rank;
}
