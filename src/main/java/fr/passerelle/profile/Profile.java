package fr.passerelle.profile;

import fr.passerelle.metier.Filiere;
import fr.passerelle.territory.Commune;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A person the FTJ may retrain: an employee of a polluting sector or a jobseeker. */
@Entity
@Indexed(index = "profile")
@Table(name = "profile")
public class Profile extends PanacheEntityBase {
    // allocationSize 1: the demo generator reserves ids from the same sequence with nextval().
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_seq")
    @SequenceGenerator(name = "profile_seq", sequenceName = "profile_seq", allocationSize = 1)
    public Long id;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    public ProfileKind kind;
    // names are searchable by counsellors (full text, accents folded); birth date and e-mail are not indexed
    @Column(name = "first_name")
    @FullTextField(analyzer = "person_name")
    public String firstName;
    @Column(name = "last_name")
    @FullTextField(analyzer = "person_name")
    public String lastName;
    public String email;
    public String sex;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Column(name = "origin_naf_division")
    @KeywordField(aggregable = Aggregable.YES)
    public String originNafDivision;
    public String employer;
    @Column(name = "current_rome_code")
    public String currentRomeCode;
    @Column(name = "home_commune_insee")
    public String homeCommuneInsee;
    /** Read-only view of the home commune, for the index (geo point, zone d'emploi, bassin, bassin minier). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_commune_insee", insertable = false, updatable = false)
    @IndexedEmbedded(includePaths = {"inseeCode", "location", "departementCode", "zoneEmploiCode", "bassinEmploiCode", "bassinMinier"})
    // communes are reference data: they never change under a profile
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Commune homeCommune;
    @Column(name = "mobility_radius_km")
    @GenericField
    public int mobilityRadiusKm;
    @Column(name = "available_from")
    @GenericField(sortable = Sortable.YES)
    public LocalDate availableFrom;
    @Column(name = "jobseeker_since")
    public LocalDate jobseekerSince;
    @Enumerated(EnumType.STRING)
    @Column(name = "wished_filiere")
    @KeywordField(aggregable = Aggregable.YES)
    public Filiere wishedFiliere;
    @Column(name = "consent_date")
    public LocalDate consentDate;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    @ElementCollection
    @CollectionTable(name = "profile_skill", joinColumns = @JoinColumn(name = "profile_id"))
    @IndexedEmbedded(includePaths = {"skillCode", "skill.label"})
    public Set<ProfileSkill> skills = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "profile_priority_group", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "group_code")
    @KeywordField(aggregable = Aggregable.YES)
    public Set<String> priorityGroups = new HashSet<>();
}
