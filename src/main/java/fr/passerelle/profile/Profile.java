package fr.passerelle.profile;

import fr.passerelle.metier.Filiere;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A person the FTJ may retrain: an employee of a polluting sector or a jobseeker. */
@Entity
@Table(name = "profile")
public class Profile extends PanacheEntityBase {
    // allocationSize 1: the demo generator reserves ids from the same sequence with nextval().
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_seq")
    @SequenceGenerator(name = "profile_seq", sequenceName = "profile_seq", allocationSize = 1)
    public Long id;
    @Enumerated(EnumType.STRING)
    public ProfileKind kind;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    public String email;
    public String sex;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Column(name = "origin_naf_division")
    public String originNafDivision;
    public String employer;
    @Column(name = "current_rome_code")
    public String currentRomeCode;
    @Column(name = "home_commune_insee")
    public String homeCommuneInsee;
    @Column(name = "mobility_radius_km")
    public int mobilityRadiusKm;
    @Column(name = "available_from")
    public LocalDate availableFrom;
    @Column(name = "jobseeker_since")
    public LocalDate jobseekerSince;
    @Enumerated(EnumType.STRING)
    @Column(name = "wished_filiere")
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
    public Set<ProfileSkill> skills = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "profile_priority_group", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "group_code")
    public Set<String> priorityGroups = new HashSet<>();
}
