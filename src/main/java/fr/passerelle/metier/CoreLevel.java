package fr.passerelle.metier;

/** ROME "cœur de métier" mark of a fiche–item link. */
public enum CoreLevel {
    PRINCIPAL, EMERGENT, NONE
}
