package fr.passerelle.demand;

import fr.passerelle.common.CsvRecord;
import fr.passerelle.reference.ReferenceDataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Demand signals per ROME: tension per bassin (2021), offers per commune (one day), hirings per NAF sub-class. */
public final class LabourMarketReferenceData {

    /** ROME v3 codes of these sources are the 532 parent fiches of ROME v4. */
    static final Pattern ROME_V3 = Pattern.compile("[A-N]\\d{4}");
    static final Pattern INSEE = Pattern.compile("\\d{5}|2[AB]\\d{3}");

    private LabourMarketReferenceData() {
    }

    public static List<ReferenceDataset> datasets() {
        return List.of(romeNafHirings(), demandSignals(), jobOffers(), jobseekersBySector());
    }

    static ReferenceDataset romeNafHirings() {
        String file = "labour_market/rome_naf_embauches.csv";
        return ReferenceDataset.of("rome_naf_hiring", List.of("rome_code", "naf_code", "hirings"), List.of(file),
                (files, keys) -> {
                    Set<String> naf = keys.of("naf_subclass", "code");
                    List<Object[]> rows = new ArrayList<>();
                    files.forEachRecord(file, r -> {
                        String code = r.text("code_naf");
                        if (!naf.contains(code)) {
                            throw r.error("code_naf", "unknown NAF sub-class " + code);
                        }
                        rows.add(new Object[]{r.text("code_rome", ROME_V3, "a ROME code"), code, r.integer("embauches")});
                    });
                    return rows;
                });
    }

    static ReferenceDataset demandSignals() {
        String file = "labour_market/tension_rome_bassin_2021_59_62.csv";
        return ReferenceDataset.of("demand_signal",
                List.of("year", "rome_code", "bassin_emploi_code", "offers", "jobseekers", "tension_index"),
                List.of(file), (files, keys) -> {
                    Set<String> bassins = keys.of("bassin_emploi", "code");
                    List<Object[]> rows = new ArrayList<>();
                    files.forEachRecord(file, r -> {
                        String bassin = knownBassin(r, bassins);
                        double offers = r.decimal("offres_emploi_oee");
                        double seekers = r.decimal("demandeurs_abc");
                        if (offers < 0 || seekers < 0) {
                            throw r.error(offers < 0 ? "offres_emploi_oee" : "demandeurs_abc", "must not be negative");
                        }
                        rows.add(new Object[]{r.integer("annee"), r.text("code_rome", ROME_V3, "a ROME code"), bassin,
                                offers, seekers, r.optionalInteger("ind_tension")});
                    });
                    return rows;
                });
    }

    static ReferenceDataset jobOffers() {
        String file = "labour_market/offres_commune_rome_20211221_59_62.csv";
        return ReferenceDataset.of("job_offer_count", List.of("commune_insee", "rome_code", "offers", "extract_date"),
                List.of(file), (files, keys) -> {
                    // The source repeats some (commune, ROME) pairs: their offers are summed.
                    Map<String, Object[]> byKey = new LinkedHashMap<>();
                    files.forEachRecord(file, r -> {
                        String insee = r.text("code_insee", INSEE, "an INSEE code");
                        String rome = r.text("code_rome", ROME_V3, "a ROME code");
                        LocalDate date = r.date("date_extract");
                        int offers = r.integer("nb_offres");
                        if (offers < 0) {
                            throw r.error("nb_offres", "must not be negative");
                        }
                        byKey.merge(insee + rome + date, new Object[]{insee, rome, offers, date},
                                (a, b) -> new Object[]{a[0], a[1], (Integer) a[2] + (Integer) b[2], a[3]});
                    });
                    return new ArrayList<>(byKey.values());
                });
    }

    static ReferenceDataset jobseekersBySector() {
        String file = "labour_market/demandeurs_par_secteur_bassin_59_62.csv";
        return ReferenceDataset.of("jobseekers_by_sector", List.of("bassin_emploi_code", "sector_label", "jobseekers"),
                List.of(file), (files, keys) -> {
                    Set<String> bassins = keys.of("bassin_emploi", "code");
                    List<Object[]> rows = new ArrayList<>();
                    files.forEachRecord(file, r -> {
                        String bassin = knownBassin(r, bassins);
                        rows.add(new Object[]{bassin, r.text("secteur_libelle"), r.integer("demandeurs_emploi")});
                    });
                    return rows;
                });
    }

    private static String knownBassin(CsvRecord r, Set<String> bassins) {
        String bassin = r.text("bassin_emploi_ft_code");
        if (!bassins.contains(bassin)) {
            throw r.error("bassin_emploi_ft_code", "unknown bassin d'emploi " + bassin);
        }
        return bassin;
    }
}
