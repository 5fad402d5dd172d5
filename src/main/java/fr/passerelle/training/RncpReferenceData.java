package fr.passerelle.training;

import fr.passerelle.reference.ReferenceDataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** RNCP certifications and their ROME links (France compétences, January 2021 snapshot). */
public final class RncpReferenceData {

    public static final Pattern RNCP_CODE = Pattern.compile("RNCP\\d{1,6}");

    private RncpReferenceData() {
    }

    public static List<ReferenceDataset> datasets() {
        return List.of(certifications(), romeLinks());
    }

    static ReferenceDataset certifications() {
        String file = "training/rncp_certifications.csv";
        return ReferenceDataset.of("rncp_certification", List.of("code", "title", "level", "type", "active"),
                List.of(file), (files, keys) -> {
                    // 74 codes appear twice, differing only by the fiche that replaced them: one row each,
                    // active if any of its rows is.
                    Map<String, Object[]> byCode = new LinkedHashMap<>();
                    files.forEachRecord(file, r -> byCode.merge(r.text("code_rncp", RNCP_CODE, "an RNCP code"),
                            new Object[]{r.raw("code_rncp"), r.text("intitule"), r.optionalText("niveau_europe"),
                                    r.optionalText("type_certif"), "ACTIVE".equals(r.text("actif"))},
                            (a, b) -> {
                                a[4] = (Boolean) a[4] || (Boolean) b[4];
                                return a;
                            }));
                    return new ArrayList<>(byCode.values());
                });
    }

    static ReferenceDataset romeLinks() {
        String file = "training/rncp_rome.csv";
        return ReferenceDataset.of("rncp_rome", List.of("rncp_code", "rome_code"), List.of(file), (files, keys) -> {
            Set<String> certifications = keys.of("rncp_certification", "code");
            List<Object[]> rows = new ArrayList<>();
            files.forEachRecord(file, r -> {
                String code = r.text("code_rncp", RNCP_CODE, "an RNCP code");
                if (!certifications.contains(code)) {
                    throw r.error("code_rncp", "unknown certification " + code);
                }
                // Full ROME codes, or domain-level prefixes such as H1, H12 or K.
                rows.add(new Object[]{code, r.text("code_rome", Pattern.compile("[A-N](\\d{1,2}|\\d{4})?"), "a ROME code or prefix")});
            });
            return rows;
        });
    }
}
