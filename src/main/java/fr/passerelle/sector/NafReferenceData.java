package fr.passerelle.sector;

import fr.passerelle.reference.ReferenceDataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** NAF rév. 2 divisions and sub-classes (INSEE); the FTJ's affected sectors are divisions 20, 23 and 24. */
public final class NafReferenceData {

    public static final Set<String> AFFECTED_DIVISIONS = Set.of("20", "23", "24");
    static final Pattern DIVISION = Pattern.compile("\\d{2}");
    static final Pattern SUBCLASS = Pattern.compile("\\d{4}[A-Z]");

    private NafReferenceData() {
    }

    public static List<ReferenceDataset> datasets() {
        return List.of(divisions(), subclasses());
    }

    static ReferenceDataset divisions() {
        String subclasses = "labour_market/naf_rev2_sous_classes.csv";
        String sectors = "rome/unix_secteur_naf_v460_utf8.csv";
        return ReferenceDataset.of("naf_division", List.of("code", "label", "affected"), List.of(subclasses, sectors),
                (files, keys) -> {
                    Map<String, String> labels = new HashMap<>();
                    files.forEachRecord(sectors, r -> {
                        String code = r.text("code_secteur_naf", Pattern.compile("\\d{1,2}"), "a NAF division number");
                        labels.put(code.length() == 1 ? "0" + code : code, r.text("libelle_secteur_naf"));
                    });
                    Set<String> divisions = new LinkedHashSet<>();
                    files.forEachRecord(subclasses, r -> divisions.add(r.text("division", DIVISION, "a 2-digit NAF division")));
                    List<Object[]> rows = new ArrayList<>();
                    for (String d : divisions) {
                        rows.add(new Object[]{d, labels.getOrDefault(d, "Division NAF " + d), AFFECTED_DIVISIONS.contains(d)});
                    }
                    return rows;
                });
    }

    static ReferenceDataset subclasses() {
        String file = "labour_market/naf_rev2_sous_classes.csv";
        return ReferenceDataset.of("naf_subclass", List.of("code", "label", "division_code"), List.of(file),
                (files, keys) -> {
                    List<Object[]> rows = new ArrayList<>();
                    files.forEachRecord(file, r -> {
                        String code = r.text("code_naf", SUBCLASS, "a NAF sub-class like 2410Z");
                        String division = r.text("division", DIVISION, "a 2-digit NAF division");
                        if (!code.startsWith(division)) {
                            throw r.error("division", "sub-class " + code + " is not in division " + division);
                        }
                        rows.add(new Object[]{code, r.text("libelle_naf"), division});
                    });
                    return rows;
                });
    }
}
