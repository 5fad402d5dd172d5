package fr.passerelle.metier;

/** ROME v4 ecological-transition flag of a fiche. */
public enum TransitionFlag {
    VERT, BRUN, STRATEGIQUE, BLANC;

    static TransitionFlag fromRome(String value) {
        return switch (value) {
            case "Emploi Vert" -> VERT;
            case "Emploi Brun" -> BRUN;
            case "Emploi stratégique pour la Transition écologique" -> STRATEGIQUE;
            case "Emploi Blanc", "" -> BLANC;
            default -> throw new IllegalArgumentException("unknown transition flag '" + value + "'");
        };
    }
}
