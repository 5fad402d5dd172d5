package fr.passerelle.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Common French given names and surnames, combined at random: no real person is described. */
final class Names {

    private Names() {
    }

    static final List<String> FEMALE = List.of("Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sandrine",
            "Valérie", "Christine", "Céline", "Stéphanie", "Julie", "Aurélie", "Émilie", "Laura", "Camille", "Sarah",
            "Léa", "Manon", "Chloé", "Inès", "Océane", "Amandine", "Élodie", "Virginie", "Karine", "Audrey", "Mélanie",
            "Laetitia", "Sophie", "Anne", "Fatima", "Yasmine", "Nadia", "Samira", "Justine", "Marine", "Pauline",
            "Clémence", "Margaux", "Anaïs", "Jessica", "Coralie", "Morgane", "Lucie", "Charlotte", "Alicia", "Kelly",
            "Sabrina", "Corinne", "Patricia");

    static final List<String> MALE = List.of("Jean", "Philippe", "Michel", "Alain", "Patrick", "Nicolas", "Christophe",
            "Pierre", "Christian", "Éric", "Frédéric", "Laurent", "Stéphane", "David", "Sébastien", "Julien", "Olivier",
            "Thierry", "Jérôme", "Mickaël", "Anthony", "Kévin", "Maxime", "Thomas", "Alexandre", "Romain", "Quentin",
            "Florian", "Dylan", "Lucas", "Hugo", "Théo", "Mathieu", "Guillaume", "Benoît", "Cédric", "Franck", "Bruno",
            "Didier", "Pascal", "Karim", "Mohamed", "Mehdi", "Rachid", "Yassine", "Ludovic", "Grégory", "Jordan",
            "Jonathan", "Vincent");

    static final List<String> LAST = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
            "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
            "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet",
            "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry",
            "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine",
            "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval",
            "Joly", "Gautier", "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Pérez",
            "Marchand", "Dufour", "Blanchard", "Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux",
            "Colin", "Fernandez", "Pierre", "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc",
            "Vasseur", "Delattre", "Lemoine", "Deschamps", "Dhaussy", "Vandenberghe", "Vanhoutte", "Delcourt",
            "Lecomte", "Dewailly", "Carpentier", "Delannoy", "Decroix", "Lefranc", "Desmet", "Hennebelle");

    /** "Émilie" -> "emilie", for the synthetic e-mail addresses. */
    static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z-]", "").toLowerCase(Locale.ROOT);
    }
}
