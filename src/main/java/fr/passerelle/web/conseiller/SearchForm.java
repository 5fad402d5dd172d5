package fr.passerelle.web.conseiller;

import fr.passerelle.metier.Filiere;
import fr.passerelle.profile.ProfileKind;
import fr.passerelle.search.ProfileSearchRequest;
import fr.passerelle.territory.Commune;
import fr.passerelle.web.FormErrors;
import jakarta.ws.rs.FormParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cohort search form as typed: kept as strings so that bad input is shown again with its message, never a 400
 * without a page. Posted, not put in the URL: the words box also matches people's names.
 */
public class SearchForm {
    static final int MAX_TEXT = 200;

    @FormParam("texte")
    public String text;
    @FormParam("filiere")
    public List<String> filieres;
    @FormParam("zone")
    public String zone;
    @FormParam("bassin")
    public String bassin;
    @FormParam("bassinMinier")
    public String bassinMinier;
    @FormParam("statut")
    public List<String> kinds;
    @FormParam("secteur")
    public String sector;
    @FormParam("groupe")
    public List<String> groups;
    @FormParam("commune")
    public String commune;
    @FormParam("rayon")
    public String radius;
    @FormParam("page")
    public String page;
    @FormParam("personnes")
    public List<String> ticked;
    @FormParam("nom")
    public String cohortName;

    public static SearchForm empty() {
        return new SearchForm();
    }

    public boolean hasFiliere(String code) {
        return filieres != null && filieres.contains(code);
    }

    public boolean hasKind(String code) {
        return kinds != null && kinds.contains(code);
    }

    public boolean hasGroup(String code) {
        return groups != null && groups.contains(code);
    }

    public boolean isTicked(long id) {
        return ticked != null && ticked.contains(Long.toString(id));
    }

    public String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The engine returns at most 10,000 hits of one query (index.max_result_window): 200 pages of 50. */
    static final int MAX_PAGE = 10_000 / Pager.SIZE - 1;

    int pageNumber() {
        return Math.min(MAX_PAGE, Pager.bounded(page));
    }

    /** The ticked people's ids (a bad value is ignored: it can only come from a hand-made request). */
    List<Long> tickedIds() {
        List<Long> ids = new ArrayList<>();
        for (String t : ticked == null ? List.<String>of() : ticked) {
            if (t != null && t.matches("\\d{1,18}")) {
                ids.add(Long.parseLong(t));
            }
        }
        return ids;
    }

    /** The search request, or errors in French by field name. */
    ProfileSearchRequest toRequest(FormErrors errors, int pageSize) {
        String words = text == null ? null : text.strip();
        if (words != null && words.length() > MAX_TEXT) {
            errors.add("texte", "La recherche est limitée à " + MAX_TEXT + " caractères.");
        }
        List<Filiere> wished = new ArrayList<>();
        for (String f : nonBlank(filieres)) {
            try {
                wished.add(Filiere.valueOf(f));
            } catch (IllegalArgumentException e) {
                errors.add("filiere", "Filière inconnue : choisissez-la dans la liste.");
            }
        }
        List<ProfileKind> statuses = new ArrayList<>();
        for (String k : nonBlank(kinds)) {
            try {
                statuses.add(ProfileKind.valueOf(k));
            } catch (IllegalArgumentException e) {
                errors.add("statut", "Statut inconnu : choisissez-le dans la liste.");
            }
        }
        String z = blankToNull(zone);
        if (z != null && !z.matches("\\d{4}")) {
            errors.add("zone", "Zone d'emploi inconnue : choisissez-la dans la liste.");
        }
        String b = blankToNull(bassin);
        if (b != null && !b.matches("\\d{4}")) {
            errors.add("bassin", "Bassin d'emploi inconnu : choisissez-le dans la liste.");
        }
        String s = blankToNull(sector);
        if (s != null && !s.matches("\\d{2}")) {
            errors.add("secteur", "Secteur d'origine inconnu : choisissez-le dans la liste.");
        }
        List<String> priority = nonBlank(groups);
        if (priority.stream().anyMatch(g -> !g.matches("[A-Z_]{2,40}"))) {
            errors.add("groupe", "Public prioritaire inconnu : choisissez-le dans la liste.");
        }
        Boolean minier = switch (orEmpty(bassinMinier)) {
            case "oui" -> Boolean.TRUE;
            case "non" -> Boolean.FALSE;
            default -> null;
        };
        ProfileSearchRequest.Near near = near(errors);
        if (errors.any()) {
            return null;
        }
        return new ProfileSearchRequest(words == null || words.isEmpty() ? null : words, wished,
                z == null ? List.of() : List.of(z), b == null ? List.of() : List.of(b), minier, statuses,
                s == null ? List.of() : List.of(s), priority, near, pageNumber(), pageSize);
    }

    private ProfileSearchRequest.Near near(FormErrors errors) {
        String where = blankToNull(commune);
        String km = blankToNull(radius);
        if (where == null && km == null) {
            return null;
        }
        if (where == null) {
            errors.add("commune", "Indiquez la commune d'où compter la distance.");
            return null;
        }
        Integer radiusKm = null;
        if (km == null) {
            errors.add("rayon", "Indiquez une distance en kilomètres.");
        } else if (!km.matches("\\d{1,3}") || Integer.parseInt(km) < 1 || Integer.parseInt(km) > 300) {
            errors.add("rayon", "La distance est un nombre entier de kilomètres entre 1 et 300.");
        } else {
            radiusKm = Integer.parseInt(km);
        }
        String insee = communeCode(where, errors);
        return insee == null || radiusKm == null ? null : new ProfileSearchRequest.Near(insee, null, radiusKm);
    }

    /** A commune of the Nord or the Pas-de-Calais by INSEE code or by exact name. */
    private static String communeCode(String where, FormErrors errors) {
        if (where.matches("\\d{5}")) {
            if (where.matches("(59|62)\\d{3}") && Commune.findById(where) != null) {
                return where;
            }
            errors.add("commune", "Aucune commune du Nord ou du Pas-de-Calais n'a le code INSEE " + where + ".");
            return null;
        }
        List<Commune> named = Commune.list("lower(name) = ?1", where.toLowerCase(Locale.FRANCE));
        if (named.size() == 1) {
            return named.get(0).inseeCode;
        }
        errors.add("commune", named.isEmpty()
                ? "Commune inconnue dans le Nord et le Pas-de-Calais : vérifiez l'orthographe ou donnez son code INSEE."
                : "Plusieurs communes portent ce nom : donnez son code INSEE.");
        return null;
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
