package fr.passerelle.metier;

/** The kinds of ROME items a fiche links to. */
public enum SkillKind {
    SAVOIR_FAIRE, SAVOIR_ETRE, SAVOIR, CONTEXTE
}
