package fr.passerelle.metier;

import fr.passerelle.common.CsvRecord;
import fr.passerelle.reference.ReferenceDataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** ROME v4.60 (France Travail): arborescence, fiches, appellations, skills, links, passerelles; and our catalogue. */
public final class RomeReferenceData {

    public static final Pattern ROME_CODE = Pattern.compile("[A-N]\\d{4}");
    static final Pattern OGR = Pattern.compile("\\d{1,9}");
    static final String ROME = "rome/";

    private RomeReferenceData() {
    }

    public static List<ReferenceDataset> datasets() {
        return List.of(grandsDomaines(), domaines(), metiers(), appellations(), skills(), metierSkills(),
                passerelles(), targetCatalogue());
    }

    static ReferenceDataset grandsDomaines() {
        String file = ROME + "unix_grand_domaine_v460_utf8.csv";
        return ReferenceDataset.of("grand_domaine", List.of("code", "label"), List.of(file), (files, keys) -> {
            List<Object[]> rows = new ArrayList<>();
            files.forEachRecord(file, r -> rows.add(new Object[]{
                    r.text("code_grand_domaine", Pattern.compile("[A-N]"), "a letter A-N"),
                    r.text("libelle_grand_domaine")}));
            return rows;
        });
    }

    static ReferenceDataset domaines() {
        String file = ROME + "unix_domaine_professionnel_v460_utf8.csv";
        return ReferenceDataset.of("domaine_professionnel", List.of("code", "label", "grand_domaine_code"),
                List.of(file), (files, keys) -> {
                    List<Object[]> rows = new ArrayList<>();
                    files.forEachRecord(file, r -> {
                        String code = r.text("code_domaine_professionnel", Pattern.compile("[A-N]\\d{2}"),
                                "a domaine code like H29");
                        rows.add(new Object[]{code, r.text("libelle_domaine_professionnel"), code.substring(0, 1)});
                    });
                    return rows;
                });
    }

    static ReferenceDataset metiers() {
        String fiches = ROME + "unix_referentiel_code_rome_v460_utf8.csv";
        String tree = ROME + "unix_cr_gd_dp_v460_utf8.csv";
        String riasec = ROME + "unix_referentiel_code_rome_riasec_v460_utf8.csv";
        String texts = ROME + "unix_texte_v460_utf8.csv";
        return ReferenceDataset.of("metier",
                List.of("rome_code", "label", "domaine_code", "parent_rome_code", "transition", "riasec_major",
                        "riasec_minor", "definition"),
                List.of(fiches, tree, riasec, texts), (files, keys) -> {
                    Map<String, String> domaineOf = new HashMap<>();
                    files.forEachRecord(tree, r -> domaineOf.put(rome(r, "code_rome"), r.text("code_domaine_professionel")));
                    Map<String, String[]> riasecOf = new HashMap<>();
                    files.forEachRecord(riasec, r -> riasecOf.put(rome(r, "code_rome"),
                            new String[]{r.optionalText("riasec_majeur"), r.optionalText("riasec_mineur")}));
                    Map<String, StringBuilder> definitionOf = new HashMap<>();
                    files.forEachRecord(texts, r -> {
                        if ("definition".equals(r.raw("libelle_type_texte"))) {
                            StringBuilder sb = definitionOf.computeIfAbsent(rome(r, "code_rome"), k -> new StringBuilder());
                            if (sb.length() > 0) {
                                sb.append(' ');
                            }
                            sb.append(r.text("libelle_texte"));
                        }
                    });
                    Set<String> domaines = keys.of("domaine_professionnel", "code");
                    List<Object[]> rows = new ArrayList<>();
                    Set<String> codes = new HashSet<>();
                    files.forEachRecord(fiches, r -> {
                        String code = rome(r, "code_rome");
                        if (!codes.add(code)) {
                            throw r.error("code_rome", "duplicate fiche " + code);
                        }
                        String domaine = domaineOf.get(code);
                        if (domaine == null || !domaines.contains(domaine)) {
                            throw r.error("code_rome", "no domaine professionnel for " + code + " in " + tree);
                        }
                        TransitionFlag flag;
                        try {
                            flag = TransitionFlag.fromRome(r.raw("transition_eco"));
                        } catch (IllegalArgumentException e) {
                            throw r.error("transition_eco", e.getMessage());
                        }
                        String[] rs = riasecOf.getOrDefault(code, new String[2]);
                        StringBuilder def = definitionOf.get(code);
                        String definition = def == null ? null : truncate(def.toString(), 4000);
                        rows.add(new Object[]{code, r.text("libelle_rome"), domaine, rome(r, "code_rome_parent"),
                                flag.name(), rs[0], rs[1], definition});
                    });
                    for (Object[] row : rows) {
                        if (!codes.contains((String) row[3])) {
                            throw new IllegalStateException("fiche " + row[0] + " has an unknown parent " + row[3]);
                        }
                    }
                    return rows;
                });
    }

    static ReferenceDataset appellations() {
        String file = ROME + "unix_referentiel_appellation_v460_utf8.csv";
        return ReferenceDataset.of("appellation", List.of("code_ogr", "label", "short_label", "rome_code", "principal"),
                List.of(file), (files, keys) -> {
                    Set<String> metiers = keys.of("metier", "rome_code");
                    List<Object[]> rows = new ArrayList<>();
                    files.forEachRecord(file, r -> rows.add(new Object[]{ogr(r, "code_ogr"),
                            r.text("libelle_appellation_long"), r.text("libelle_appellation_court"),
                            knownRome(r, "code_rome", metiers), "PRINCIPALE".equals(r.text("classification"))}));
                    return rows;
                });
    }

    static ReferenceDataset skills() {
        String competences = ROME + "unix_referentiel_competence_v460_utf8.csv";
        String savoirs = ROME + "unix_referentiel_savoir_v460_utf8.csv";
        String contexts = ROME + "unix_referentiel_contexte_travail_v460_utf8.csv";
        return ReferenceDataset.of("skill", List.of("code_ogr", "label", "kind", "category", "macro_code_ogr"),
                List.of(competences, savoirs, contexts), (files, keys) -> {
                    List<Object[]> rows = new ArrayList<>();
                    Set<Integer> seen = new HashSet<>();
                    files.forEachRecord(competences, r -> {
                        String cat = r.text("cat_comp");
                        SkillKind kind = cat.startsWith("Savoir-être") ? SkillKind.SAVOIR_ETRE : SkillKind.SAVOIR_FAIRE;
                        Integer macro = r.raw("code_ogr_macro_comp").isEmpty() ? null : ogr(r, "code_ogr_macro_comp");
                        rows.add(unique(r, "code_ogr", seen, new Object[]{ogr(r, "code_ogr"),
                                r.text("libelle_competence"), kind.name(), r.optionalText("sous_cat_comp"), macro}));
                    });
                    files.forEachRecord(savoirs, r -> rows.add(unique(r, "code_ogr_savoir", seen, new Object[]{
                            ogr(r, "code_ogr_savoir"), r.text("libelle_savoir"), SkillKind.SAVOIR.name(),
                            r.optionalText("categorie_savoir"), null})));
                    files.forEachRecord(contexts, r -> rows.add(unique(r, "code_ogr", seen, new Object[]{
                            ogr(r, "code_ogr"), r.text("libelle_cont_travail"), SkillKind.CONTEXTE.name(),
                            r.optionalText("libelle_type_cont_trav"), null})));
                    return rows;
                });
    }

    static ReferenceDataset metierSkills() {
        String file = ROME + "unix_coherence_item_v460_utf8.csv";
        return ReferenceDataset.of("metier_skill", List.of("rome_code", "skill_code", "core"), List.of(file),
                (files, keys) -> {
                    Set<String> metiers = keys.of("metier", "rome_code");
                    Set<String> skills = keys.of("skill", "code_ogr");
                    List<Object[]> rows = new ArrayList<>();
                    files.forEachRecord(file, r -> {
                        int item = ogr(r, "code_ogr");
                        if (!skills.contains(Integer.toString(item))) {
                            throw r.error("code_ogr", "unknown ROME item " + item);
                        }
                        CoreLevel core = switch (r.raw("coeur_metier")) {
                            case "Principale" -> CoreLevel.PRINCIPAL;
                            case "Émergente" -> CoreLevel.EMERGENT;
                            case "" -> CoreLevel.NONE;
                            default -> throw r.error("coeur_metier", "expected Principale, Émergente or empty");
                        };
                        rows.add(new Object[]{knownRome(r, "code_rome", metiers), item, core.name()});
                    });
                    return rows;
                });
    }

    static ReferenceDataset passerelles() {
        String file = ROME + "unix_rubrique_mobilite_v460_utf8.csv";
        return ReferenceDataset.of("passerelle", List.of("from_rome_code", "to_rome_code", "rank"), List.of(file),
                (files, keys) -> {
                    Set<String> metiers = keys.of("metier", "rome_code");
                    List<Object[]> rows = new ArrayList<>();
                    files.forEachRecord(file, r -> rows.add(new Object[]{knownRome(r, "code_rome", metiers),
                            knownRome(r, "code_rome_cible", metiers), r.integer("numero_ordre")}));
                    return rows;
                });
    }

    static ReferenceDataset targetCatalogue() {
        String file = "catalogue/target_metiers.csv";
        return ReferenceDataset.of("target_metier",
                List.of("rome_code", "filiere", "family", "reason", "demand_territories", "origin_sectors"),
                List.of(file), (files, keys) -> {
                    Set<String> metiers = keys.of("metier", "rome_code");
                    List<Object[]> rows = new ArrayList<>();
                    files.forEachRecord(file, r -> {
                        String filiere = r.text("filiere");
                        try {
                            Filiere.valueOf(filiere);
                        } catch (IllegalArgumentException e) {
                            throw r.error("filiere", "unknown filière " + filiere);
                        }
                        String origins = r.raw("secteurs_origine");
                        if (!origins.matches("(\\d{2}(;\\d{2})*)?")) {
                            throw r.error("secteurs_origine", "expected NAF divisions separated by ';'");
                        }
                        rows.add(new Object[]{knownRome(r, "code_rome", metiers), filiere, r.text("famille"),
                                r.text("raison"), r.text("territoires_demande"), origins});
                    });
                    return rows;
                });
    }

    static String rome(CsvRecord r, String column) {
        return r.text(column, ROME_CODE, "a ROME code (letter A-N and 4 digits)");
    }

    static String knownRome(CsvRecord r, String column, Set<String> metiers) {
        String code = rome(r, column);
        if (!metiers.contains(code)) {
            throw r.error(column, "unknown ROME fiche " + code);
        }
        return code;
    }

    static int ogr(CsvRecord r, String column) {
        return Integer.parseInt(r.text(column, OGR, "a ROME item code"));
    }

    private static Object[] unique(CsvRecord r, String column, Set<Integer> seen, Object[] row) {
        if (!seen.add((Integer) row[0])) {
            throw r.error(column, "duplicate item " + row[0]);
        }
        return row;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

}
