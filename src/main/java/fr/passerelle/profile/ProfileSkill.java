package fr.passerelle.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A ROME item the person masters, at level 1 (notions) to 3 (expert). */
@Embeddable
public class ProfileSkill {
    @Column(name = "skill_code")
    public int skillCode;
    public short level;

    public ProfileSkill() {
    }

    public ProfileSkill(int skillCode, int level) {
        this.skillCode = skillCode;
        this.level = (short) level;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileSkill s && s.skillCode == skillCode && s.level == level;
    }

    @Override
    public int hashCode() {
        return Objects.hash(skillCode, level);
    }
}
