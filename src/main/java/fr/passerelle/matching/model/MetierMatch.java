package fr.passerelle.matching.model;

import java.util.List;

/**
 * One ranked fiche for a skill set. {@code score} in [0,1] estimates the chance that the fiche is a passerelle
 * for someone with these skills (calibrated on the training passerelles). {@code coveredSkills} are the fiche's
 * items found in the skill set, {@code missingSkills} the others; both "cœur de métier" first.
 * {@code transition}: the ROME flags the fiche "Emploi Vert" or "stratégique pour la Transition écologique".
 */
public record MetierMatch(String romeCode, String label, double score, List<SkillRef> coveredSkills,
                          List<SkillRef> missingSkills, boolean transition) {
}
