package fr.passerelle.metier;

/** The growing sectors the FTJ retrains toward, plus the in-place decarbonisation of the plants. */
public enum Filiere {
    RECYCLAGE("Recyclage et économie circulaire"),
    BATTERIES("Batteries"),
    HYDROGENE("Hydrogène"),
    ENERGIES_RENOUVELABLES("Énergies renouvelables"),
    LOGISTIQUE_CSNE("Logistique et canal Seine-Nord Europe"),
    DECARBONATION_INDUSTRIELLE("Décarbonation industrielle");

    public final String label;

    Filiere(String label) {
        this.label = label;
    }
}
