package fr.passerelle.matching.model;

/** A skill item of a fiche: ROME {@code code_ogr}, its label, and whether it is "cœur de métier" for that fiche. */
public record SkillRef(int code, String label, boolean core) {
}
