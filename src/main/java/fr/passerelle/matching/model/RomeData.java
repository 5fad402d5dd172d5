package fr.passerelle.matching.model;

import fr.passerelle.common.CsvReader;
import fr.passerelle.common.CsvRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The ROME v4.60 facts the métier ranking needs, read from the CSV copies shipped under {@code reference/rome/}:
 * fiches with their place in the tree, RIASEC and NAF sectors, their skill items (compétences and savoirs, with
 * the "cœur de métier" level), the macro-compétence of each compétence, and the passerelles (origin → targets).
 * Plain Java, immutable once loaded.
 */
public final class RomeData {

    public static final String ROOT = "reference/rome/";

    /** Level of an item in a fiche ({@code coeur_metier} of {@code unix_coherence_item}). */
    public enum Level { CORE, EMERGING, OTHER }

    /** One fiche; {@code index} is its position in {@link #fiches()}. */
    public record Fiche(int index, String code, String label, String parentCode, String domaine, String grandDomaine,
                        String riasecMajor, String transitionEco, int[] nafSectors) {

        /** ROME flags "Emploi Vert" and "Emploi stratégique pour la Transition écologique" as transition métiers. */
        public boolean transition() {
            return "Emploi Vert".equals(transitionEco)
                    || "Emploi stratégique pour la Transition écologique".equals(transitionEco);
        }
    }

    /** An origin → target passerelle; {@code rank} 1 is the closest. */
    public record Passerelle(String origin, String target, int rank) {
    }

    private final List<Fiche> fiches;
    private final Map<String, Fiche> byCode;
    private final int[][] items;       // per fiche: skill item codes, ascending
    private final Level[][] levels;    // per fiche: level of items[i][k]
    private final Map<Integer, String> itemLabels;
    private final Map<Integer, Integer> macroOf;  // compétence → its macro-compétence
    private final List<Passerelle> passerelles;

    private RomeData(List<Fiche> fiches, int[][] items, Level[][] levels, Map<Integer, String> itemLabels,
                     Map<Integer, Integer> macroOf, List<Passerelle> passerelles) {
        this.fiches = List.copyOf(fiches);
        Map<String, Fiche> map = new LinkedHashMap<>();
        fiches.forEach(f -> map.put(f.code(), f));
        this.byCode = Collections.unmodifiableMap(map);
        this.items = items;
        this.levels = levels;
        this.itemLabels = Collections.unmodifiableMap(itemLabels);
        this.macroOf = Collections.unmodifiableMap(macroOf);
        this.passerelles = List.copyOf(passerelles);
    }

    /** Reads the shipped files from the classpath. */
    public static RomeData load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = RomeData.class.getClassLoader();
        }
        ClassLoader cl = loader;

        Map<String, String[]> tree = new HashMap<>();
        read(cl, "unix_cr_gd_dp_v460_utf8.csv", r -> tree.put(r.text("code_rome"),
                new String[]{r.text("code_domaine_professionel"), r.text("code_grand_domaine")}));
        Map<String, String> riasec = new HashMap<>();
        read(cl, "unix_referentiel_code_rome_riasec_v460_utf8.csv",
                r -> riasec.put(r.text("code_rome"), r.raw("riasec_majeur")));
        Map<String, List<Integer>> naf = new HashMap<>();
        read(cl, "unix_arborescence_secteur_naf_v460_utf8.csv",
                r -> naf.computeIfAbsent(r.text("code_rome"), k -> new ArrayList<>()).add(r.integer("code_secteur_naf")));

        List<Fiche> fiches = new ArrayList<>();
        read(cl, "unix_referentiel_code_rome_v460_utf8.csv", r -> {
            String code = r.text("code_rome");
            String[] t = tree.get(code);
            if (t == null) {
                throw r.error("code_rome", code + " is missing from unix_cr_gd_dp");
            }
            int[] sectors = naf.getOrDefault(code, List.of()).stream().mapToInt(Integer::intValue).distinct()
                    .sorted().toArray();
            fiches.add(new Fiche(fiches.size(), code, r.text("libelle_rome"), r.text("code_rome_parent"), t[0], t[1],
                    riasec.getOrDefault(code, ""), r.raw("transition_eco"), sectors));
        });
        Map<String, Integer> indexOf = new HashMap<>();
        fiches.forEach(f -> indexOf.put(f.code(), f.index()));

        Map<Integer, String> labels = new HashMap<>();
        Map<Integer, Integer> macro = new HashMap<>();
        read(cl, "unix_referentiel_competence_v460_utf8.csv", r -> {
            int code = r.integer("code_ogr");
            labels.put(code, r.text("libelle_competence"));
            Integer m = r.optionalInteger("code_ogr_macro_comp");
            if (m != null) {
                macro.put(code, m);
            }
        });
        read(cl, "unix_referentiel_savoir_v460_utf8.csv",
                r -> labels.put(r.integer("code_ogr_savoir"), r.text("libelle_savoir")));

        List<Map<Integer, Level>> perFiche = new ArrayList<>();
        fiches.forEach(f -> perFiche.add(new HashMap<>()));
        read(cl, "unix_coherence_item_v460_utf8.csv", r -> {
            int item = r.integer("code_ogr");
            if (!labels.containsKey(item)) {
                return; // a work context (bloc 6), not a skill
            }
            Integer fiche = indexOf.get(r.text("code_rome"));
            if (fiche == null) {
                throw r.error("code_rome", "unknown fiche");
            }
            Level level = switch (r.raw("coeur_metier")) {
                case "Principale" -> Level.CORE;
                case "Émergente" -> Level.EMERGING;
                default -> Level.OTHER;
            };
            perFiche.get(fiche).put(item, level);
        });
        int[][] items = new int[fiches.size()][];
        Level[][] levels = new Level[fiches.size()][];
        for (int f = 0; f < fiches.size(); f++) {
            Map<Integer, Level> m = perFiche.get(f);
            items[f] = m.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            levels[f] = new Level[items[f].length];
            for (int k = 0; k < items[f].length; k++) {
                levels[f][k] = m.get(items[f][k]);
            }
        }

        List<Passerelle> passerelles = new ArrayList<>();
        read(cl, "unix_rubrique_mobilite_v460_utf8.csv", r -> {
            String origin = r.text("code_rome");
            String target = r.text("code_rome_cible");
            if (!indexOf.containsKey(origin) || !indexOf.containsKey(target)) {
                throw r.error("code_rome_cible", "unknown fiche in passerelle " + origin + " -> " + target);
            }
            passerelles.add(new Passerelle(origin, target, r.integer("numero_ordre")));
        });
        return new RomeData(fiches, items, levels, labels, macro, passerelles);
    }

    private static void read(ClassLoader cl, String file, Consumer<CsvRecord> consumer) {
        String resource = ROOT + file;
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            new CsvReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), resource)
                    .forEachRecord(consumer);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    public List<Fiche> fiches() {
        return fiches;
    }

    public int size() {
        return fiches.size();
    }

    public Fiche fiche(String code) {
        return byCode.get(code);
    }

    /** Skill item codes of a fiche, ascending (the array is shared: do not modify). */
    public int[] items(int fiche) {
        return items[fiche];
    }

    /** Levels parallel to {@link #items(int)} (shared: do not modify). */
    public Level[] levels(int fiche) {
        return levels[fiche];
    }

    /** The protocol's query for a fiche: its "cœur de métier" items, or all its skill items when it has none. */
    public List<Integer> coreItems(int fiche) {
        List<Integer> core = new ArrayList<>();
        for (int k = 0; k < items[fiche].length; k++) {
            if (levels[fiche][k] == Level.CORE) {
                core.add(items[fiche][k]);
            }
        }
        if (core.isEmpty()) {
            for (int item : items[fiche]) {
                core.add(item);
            }
        }
        return core;
    }

    /** Whether the code is a skill item (compétence or savoir) of the ROME. */
    public boolean isSkillItem(int code) {
        return itemLabels.containsKey(code);
    }

    public String itemLabel(int code) {
        return itemLabels.get(code);
    }

    /** The macro-compétence of a compétence, or null (savoirs have none). */
    public Integer macroOf(int item) {
        return macroOf.get(item);
    }

    /** The passerelles of the shipped file (317 origins withheld for the final evaluation). */
    public List<Passerelle> passerelles() {
        return passerelles;
    }
}
