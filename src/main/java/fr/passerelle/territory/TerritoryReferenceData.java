package fr.passerelle.territory;

import fr.passerelle.common.CsvFormatException;
import fr.passerelle.reference.ReferenceDataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Départements, INSEE zones d'emploi, France Travail bassins, communes of 59/62 and the bassin minier perimeter. */
public final class TerritoryReferenceData {

    static final Pattern DEPARTEMENT = Pattern.compile("59|62");
    static final Pattern INSEE_59_62 = Pattern.compile("(59|62)\\d{3}");
    static final Pattern AREA_CODE = Pattern.compile("\\d{4}");

    private TerritoryReferenceData() {
    }

    public static List<ReferenceDataset> datasets() {
        return List.of(departements(), zonesEmploi(), bassinsEmploi(), communes());
    }

    static ReferenceDataset departements() {
        return ReferenceDataset.of("departement", List.of("code", "name"), List.of("geo/departements.csv"),
                (files, keys) -> {
                    List<Object[]> rows = new ArrayList<>();
                    files.forEachRecord("geo/departements.csv", r -> rows.add(new Object[]{
                            r.text("code", DEPARTEMENT, "59 or 62"), r.text("nom")}));
                    return rows;
                });
    }

    static ReferenceDataset zonesEmploi() {
        String file = "geo/zones_emploi_2020_59_62.csv";
        return ReferenceDataset.of("zone_emploi", List.of("code", "label"), List.of(file), (files, keys) -> {
            List<Object[]> rows = new ArrayList<>();
            files.forEachRecord(file, r -> rows.add(new Object[]{
                    r.text("ze2020_code", AREA_CODE, "a 4-digit zone code"), r.text("ze2020_libelle")}));
            return rows;
        });
    }

    static ReferenceDataset bassinsEmploi() {
        String file = "geo/bassins_emploi_ft_59_62.csv";
        return ReferenceDataset.of("bassin_emploi", List.of("code", "label"), List.of(file), (files, keys) -> {
            List<Object[]> rows = new ArrayList<>();
            files.forEachRecord(file, r -> rows.add(new Object[]{
                    r.text("bassin_emploi_ft_code", AREA_CODE, "a 4-digit bassin code"),
                    r.text("bassin_emploi_ft_libelle")}));
            return rows;
        });
    }

    public static ReferenceDataset communes() {
        String communes = "geo/communes_59_62.csv";
        String bassinMinier = "geo/bassin_minier_communes.csv";
        return ReferenceDataset.of("commune",
                List.of("insee_code", "name", "departement_code", "postcodes", "latitude", "longitude",
                        "zone_emploi_code", "bassin_emploi_code", "bassin_minier", "bassin_minier_core"),
                List.of(communes, bassinMinier), (files, keys) -> {
                    Map<String, Boolean> minier = new HashMap<>(); // insee -> inside the MBM mining contour
                    files.forEachRecord(bassinMinier, r -> minier.put(
                            r.text("code_insee", INSEE_59_62, "an INSEE code of 59/62"),
                            "1".equals(r.text("centroid_in_bm_contour"))));
                    List<Object[]> rows = new ArrayList<>();
                    var zones = keys.of("zone_emploi", "code");
                    var bassins = keys.of("bassin_emploi", "code");
                    files.forEachRecord(communes, r -> {
                        String insee = r.text("code_insee", INSEE_59_62, "an INSEE code of 59/62");
                        double lat = r.decimal("latitude");
                        double lon = r.decimal("longitude");
                        if (lat < 49.9 || lat > 51.2 || lon < 1.4 || lon > 4.3) {
                            throw r.error("latitude", "coordinates " + lat + "," + lon + " are outside Nord-Pas-de-Calais");
                        }
                        String zone = r.text("ze2020_code");
                        if (!zones.contains(zone)) {
                            throw r.error("ze2020_code", "unknown zone d'emploi " + zone);
                        }
                        String bassin = r.text("bassin_emploi_ft_code");
                        if (!bassins.contains(bassin)) {
                            throw r.error("bassin_emploi_ft_code", "unknown bassin d'emploi " + bassin);
                        }
                        Boolean core = minier.get(insee);
                        rows.add(new Object[]{insee, r.text("nom_commune"),
                                r.text("departement", DEPARTEMENT, "59 or 62"), r.text("codes_postaux"),
                                lat, lon, zone, bassin, core != null, core != null && core});
                    });
                    Map<String, Boolean> unmatched = new HashMap<>(minier);
                    rows.forEach(row -> unmatched.remove((String) row[0]));
                    if (!unmatched.isEmpty()) {
                        throw new CsvFormatException(bassinMinier, 0, "code_insee",
                                "communes not in " + communes + ": " + unmatched.keySet());
                    }
                    return rows;
                });
    }
}
