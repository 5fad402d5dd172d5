package fr.passerelle.territory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

// reference data, read-only after the start-up load: cached for indexing and paths
@Cacheable
@Entity
@Table(name = "commune")
@GeoPointBinding(fieldName = "location")
public class Commune extends PanacheEntityBase {
    @Id
    @Column(name = "insee_code")
    @KeywordField(aggregable = Aggregable.YES)
    public String inseeCode;
    public String name;
    @Column(name = "departement_code")
    @KeywordField(aggregable = Aggregable.YES)
    public String departementCode;
    public String postcodes;
    @Latitude
    public double latitude;
    @Longitude
    public double longitude;
    // the codes, read-only beside their associations, for filters and facets
    @Column(name = "zone_emploi_code", insertable = false, updatable = false)
    @KeywordField(aggregable = Aggregable.YES)
    public String zoneEmploiCode;
    @Column(name = "bassin_emploi_code", insertable = false, updatable = false)
    @KeywordField(aggregable = Aggregable.YES)
    public String bassinEmploiCode;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "zone_emploi_code")
    public ZoneEmploi zoneEmploi;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bassin_emploi_code")
    public BassinEmploi bassinEmploi;
    /** In the Mission Bassin Minier perimeter (330 communes). */
    @Column(name = "bassin_minier")
    @GenericField(aggregable = Aggregable.YES)
    public boolean bassinMinier;
    /** Centroid inside the MBM mining contour: an approximation of the ERBM core. */
    @Column(name = "bassin_minier_core")
    public boolean bassinMinierCore;
}
