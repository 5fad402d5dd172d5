package fr.passerelle.demo;

import fr.passerelle.metier.Filiere;
import fr.passerelle.profile.ProfileKind;
import fr.passerelle.territory.GeoDistance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Deterministic synthetic population for Nord and Pas-de-Calais: the same seed and size give the same people and
 * offer. Workers come from plants of the three affected sectors and live around them; jobseekers are spread by the
 * jobseeker counts per France Travail bassin and, inside a bassin, by the communes' job offers; their skills are
 * drawn from their ROME fiche (cœur de métier items first). Training sessions sit where each filière is.
 */
public final class DemoPopulationGenerator {

    /** Dates are relative to a fixed day, not to the clock: a rerun next month gives the same people. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 12, 1);
    static final double WORKER_SHARE = 0.30;

    record Plant(String name, String insee, String division, double jobs) {
    }

    // Synthetic plant names in real industrial communes; sizes follow the FTJ's sector split (29,000 direct jobs).
    static final List<Plant> PLANTS = List.of(
            new Plant("Aciérie du Littoral", "59183", "24", 2600),
            new Plant("Laminoirs de Grande-Synthe", "59271", "24", 900),
            new Plant("Aluminerie de Loon-Plage", "59359", "24", 600),
            new Plant("Tuberie du Valenciennois", "59606", "24", 900),
            new Plant("Forges de Denain", "59172", "24", 700),
            new Plant("Aciers électriques d'Isbergues", "62473", "24", 500),
            new Plant("Métallurgie de la Sambre", "59392", "24", 800),
            new Plant("Fonderie du Douaisis", "59178", "24", 600),
            new Plant("Plateforme chimique de Mazingarbe", "62563", "20", 700),
            new Plant("Chimie de Harnes", "62413", "20", 500),
            new Plant("Pétrochimie des Flandres", "59183", "20", 1200),
            new Plant("Chimie fine de Loon-Plage", "59359", "20", 600),
            new Plant("Chimie du Hainaut", "59606", "20", 500),
            new Plant("Chimie de Lens", "62498", "20", 400),
            new Plant("Cimenterie de Lumbres", "62534", "23", 400),
            new Plant("Verrerie de l'Audomarois", "62040", "23", 2500),
            new Plant("Briqueterie du Douaisis", "59178", "23", 300),
            new Plant("Matériaux de construction de la Sambre", "59392", "23", 500),
            new Plant("Verrerie du Hainaut", "59606", "23", 400),
            new Plant("Céramiques de l'Artois", "62498", "23", 300));

    /** Where each filière trains: batteries around Douai and the bassin minier, hydrogen and steel at Dunkerque... */
    static final Map<Filiere, List<String>> HUBS = Map.of(
            Filiere.BATTERIES, List.of("59178", "62276", "62427", "62498", "62510", "59606", "62178"),
            Filiere.HYDROGENE, List.of("59183", "59271", "59273", "59359"),
            Filiere.DECARBONATION_INDUSTRIELLE, List.of("59183", "59172", "62473", "62534", "62040", "59392", "59606", "62563"),
            Filiere.LOGISTIQUE_CSNE, List.of("59122", "59092", "59178", "59606", "59183", "62193", "62160", "62041"),
            Filiere.RECYCLAGE, List.of("59350", "59512", "59599", "62498", "59606", "62041", "62119", "62765", "59392",
                    "62193", "59178", "59183", "59009"),
            Filiere.ENERGIES_RENOUVELABLES, List.of("62160", "62193", "59183", "62041", "59350", "59606", "62119"));

    static final Map<Filiere, Double> SESSION_SHARE = new TreeMap<>(Map.of(
            Filiere.RECYCLAGE, 0.25, Filiere.BATTERIES, 0.18, Filiere.LOGISTIQUE_CSNE, 0.20, Filiere.HYDROGENE, 0.08,
            Filiere.ENERGIES_RENOUVELABLES, 0.12, Filiere.DECARBONATION_INDUSTRIELLE, 0.17));

    static final List<String> ORGANISATION_KINDS = List.of("Campus des métiers de la transition", "Institut de formation industrielle",
            "Centre de formation professionnelle", "École des métiers verts", "Pôle formation et compétences");

    private final DemoReference ref;
    private final long seed;
    private final Map<String, DemoReference.CommunePoint> communeByInsee = new HashMap<>();

    public DemoPopulationGenerator(DemoReference ref, long seed) {
        this.ref = ref;
        this.seed = seed;
        ref.communes().forEach(c -> communeByInsee.put(c.insee(), c));
    }

    // ------------------------------------------------------------------ training offer

    public DemoOffer offer(int sessionCount) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5E55_1075L);
        List<DemoOffer.Organisation> organisations = new ArrayList<>();
        List<DemoOffer.Site> sites = new ArrayList<>();
        Map<String, List<Integer>> sitesByHub = new TreeMap<>();
        Set<String> sirets = new HashSet<>();
        List<String> hubs = HUBS.values().stream().flatMap(List::stream).distinct().sorted().toList();
        for (String hub : hubs) {
            // Two organisations train in each hub; the second also opens a site in a neighbouring hub.
            for (int k = 0; k < 2; k++) {
                String town = communeByInsee.get(hub).name();
                int org = organisations.size();
                organisations.add(new DemoOffer.Organisation(
                        ORGANISATION_KINDS.get(random.nextInt(ORGANISATION_KINDS.size())) + " de " + town + (k == 0 ? "" : " " + (k + 1)),
                        siret(random, sirets)));
                addSite(sites, sitesByHub, org, hub, town);
                if (k == 1) {
                    String other = nearestOtherHub(hub, hubs);
                    addSite(sites, sitesByHub, org, other, communeByInsee.get(other).name());
                }
            }
        }
        Map<Filiere, List<DemoReference.Target>> targetsByFiliere = new TreeMap<>();
        ref.targets().forEach(t -> targetsByFiliere.computeIfAbsent(t.filiere(), f -> new ArrayList<>()).add(t));
        Weighted<Filiere> filieres = new Weighted<>(new ArrayList<>(SESSION_SHARE.keySet()), SESSION_SHARE::get);
        List<DemoOffer.Programme> programmes = new ArrayList<>();
        Map<String, Integer> programmeIndex = new LinkedHashMap<>();
        List<DemoOffer.Session> sessions = new ArrayList<>();
        for (int i = 0; i < sessionCount; i++) {
            Filiere filiere = filieres.draw(random);
            List<DemoReference.Target> targets = targetsByFiliere.get(filiere);
            DemoReference.Target target = targets.get(random.nextInt(targets.size()));
            List<String> filiereHubs = HUBS.get(filiere);
            String hub = filiereHubs.get(random.nextInt(filiereHubs.size()));
            List<Integer> hubSites = sitesByHub.get(hub);
            int site = hubSites.get(random.nextInt(hubSites.size()));
            int org = sites.get(site).organisation();
            int hours = new int[]{280, 350, 420, 490, 560, 700, 840}[random.nextInt(7)];
            int programme = programmeIndex.computeIfAbsent(org + "/" + target.romeCode(), k -> {
                programmes.add(new DemoOffer.Programme(org, target.label() + " - parcours " + filiere.label.toLowerCase(),
                        target.romeCode(), hours, ref.rncpByRome().get(target.romeCode()), prerequisites(random),
                        taughtSkills(target.romeCode())));
                return programmes.size() - 1;
            });
            int programmeHours = programmes.get(programme).hours();
            LocalDate start = LocalDate.of(2027, 1, 4).plusWeeks(random.nextInt(46)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate end = start.plusWeeks((programmeHours + 34) / 35 + 2).minusDays(3);
            int capacity = 8 + random.nextInt(13);
            int minCohort = Math.max(3, (int) Math.round(capacity * (0.3 + 0.3 * random.nextDouble())));
            int cost = (int) Math.round(programmeHours * (11 + 6 * random.nextDouble()) / 100.0) * 100;
            DemoReference.CommunePoint place = communeByInsee.get(sites.get(site).communeInsee());
            // Sessions in the bassin minier may be funded by ambition 3 (inclusion of its jobseekers).
            String ambition = place.bassinMinier() && random.nextDouble() < 0.3 ? "A3" : "A1";
            sessions.add(new DemoOffer.Session(programme, site, start, end, capacity, minCohort, cost,
                    budgetLine(ambition, start.getYear(), place.departement())));
        }
        return new DemoOffer(organisations, sites, programmes, sessions);
    }

    private void addSite(List<DemoOffer.Site> sites, Map<String, List<Integer>> sitesByHub, int org, String hub, String town) {
        sitesByHub.computeIfAbsent(hub, h -> new ArrayList<>()).add(sites.size());
        sites.add(new DemoOffer.Site(org, "Site de " + town, hub));
    }

    private String nearestOtherHub(String hub, List<String> hubs) {
        DemoReference.CommunePoint from = communeByInsee.get(hub);
        return hubs.stream().filter(h -> !h.equals(hub))
                .min(Comparator.comparingDouble((String h) -> distanceKm(from, communeByInsee.get(h))).thenComparing(h -> h))
                .orElse(hub);
    }

    private List<Integer> taughtSkills(String romeCode) {
        return ref.metierItems().getOrDefault(romeCode, List.of()).stream()
                .filter(DemoReference.MetierItem::core).map(DemoReference.MetierItem::code).toList();
    }

    private String budgetLine(String ambition, int year, String departement) {
        return ref.budgetLines().stream()
                .filter(l -> l.ambition().equals(ambition) && departement.equals(l.departement())
                        && (l.year() == null || l.year() == year))
                .map(DemoReference.BudgetLineRef::code).findFirst()
                .orElse(ref.budgetLines().get(0).code());
    }

    private static String prerequisites(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> "Aucun prérequis de diplôme ; tests de positionnement";
            case 1 -> "Niveau 3 (CAP/BEP) ou expérience industrielle d'un an";
            case 2 -> "Niveau 4 (baccalauréat) ou expérience de conduite d'installations";
            default -> "Aptitude médicale au poste ; travail en équipe postée";
        };
    }

    private static String siret(SplittableRandom random, Set<String> used) {
        while (true) {
            StringBuilder sb = new StringBuilder(14);
            for (int i = 0; i < 14; i++) {
                sb.append(i == 0 ? 1 + random.nextInt(9) : random.nextInt(10));
            }
            if (used.add(sb.toString())) {
                return sb.toString();
            }
        }
    }

    // ------------------------------------------------------------------ people

    /** The people, one at a time: a regional population (300,000) never sits in memory whole. */
    public Iterator<DemoPerson> people(int count) {
        SplittableRandom random = new SplittableRandom(seed);
        Weighted<Plant> plants = new Weighted<>(PLANTS, Plant::jobs);
        Weighted<String> bassins = Weighted.of(ref.jobseekersByBassin());
        Map<String, Weighted<DemoReference.CommunePoint>> communesByBassin = new TreeMap<>();
        Map<String, List<DemoReference.CommunePoint>> byBassin = new TreeMap<>();
        ref.communes().forEach(c -> byBassin.computeIfAbsent(c.bassin(), b -> new ArrayList<>()).add(c));
        byBassin.forEach((b, list) -> communesByBassin.put(b, new Weighted<>(list, DemoReference.CommunePoint::weight)));
        Map<String, Weighted<String>> romesByBassin = new TreeMap<>();
        ref.jobseekerRomesByBassin().forEach((b, m) -> romesByBassin.put(b, Weighted.of(m)));
        Map<String, Weighted<String>> romesByDivision = new TreeMap<>();
        ref.workerRomesByDivision().forEach((d, m) -> romesByDivision.put(d, Weighted.of(m)));
        Map<String, Weighted<DemoReference.CommunePoint>> aroundPlant = new HashMap<>();
        return new Iterator<>() {
            int made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public DemoPerson next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                made++;
                if (random.nextDouble() < WORKER_SHARE) {
                    Plant plant = plants.draw(random);
                    var home = aroundPlant.computeIfAbsent(plant.insee(), p -> communesAround(communeByInsee.get(p), 25)).draw(random);
                    String rome = romesByDivision.get(plant.division()).draw(random);
                    return person(random, made, ProfileKind.WORKER, plant, rome, home);
                }
                String bassin = bassins.draw(random);
                var home = communesByBassin.get(bassin).draw(random);
                Weighted<String> romes = romesByBassin.get(bassin);
                String rome = romes == null ? null : romes.draw(random);
                return person(random, made, ProfileKind.JOBSEEKER, null, rome, home);
            }
        };
    }

    private Weighted<DemoReference.CommunePoint> communesAround(DemoReference.CommunePoint plant, double km) {
        List<DemoReference.CommunePoint> near = ref.communes().stream().filter(c -> distanceKm(plant, c) <= km).toList();
        // Closer communes are likelier homes.
        return new Weighted<>(near, c -> c.weight() / (1 + distanceKm(plant, c) / 5));
    }

    private DemoPerson person(SplittableRandom random, int index, ProfileKind kind, Plant plant, String rome,
                              DemoReference.CommunePoint home) {
        boolean woman = random.nextDouble() < (kind == ProfileKind.WORKER ? 0.22 : 0.48);
        String first = woman ? Names.FEMALE.get(random.nextInt(Names.FEMALE.size()))
                : Names.MALE.get(random.nextInt(Names.MALE.size()));
        String last = Names.LAST.get(random.nextInt(Names.LAST.size()));
        int age = kind == ProfileKind.WORKER ? 22 + random.nextInt(41) : 18 + random.nextInt(47);
        LocalDate birth = REFERENCE_DAY.minusYears(age).minusDays(random.nextInt(365));
        int radius = new int[]{10, 15, 20, 20, 30, 30, 40, 50, 60}[random.nextInt(9)];
        LocalDate available = kind == ProfileKind.WORKER
                ? REFERENCE_DAY.plusMonths(1 + random.nextInt(9)).withDayOfMonth(1)
                : REFERENCE_DAY.plusDays(random.nextInt(180));
        LocalDate since = kind == ProfileKind.JOBSEEKER ? REFERENCE_DAY.minusDays(30 + random.nextInt(4 * 365)) : null;
        Filiere wished = random.nextDouble() < 0.6 ? Filiere.values()[random.nextInt(Filiere.values().length)] : null;
        LocalDate consent = REFERENCE_DAY.minusDays(random.nextInt(300));
        List<int[]> skills = skillsOf(random, rome);
        List<String> groups = new ArrayList<>();
        if (kind == ProfileKind.WORKER) {
            groups.add("SALARIE_SECTEUR_POLLUANT");
            if (random.nextDouble() < 0.4) {
                groups.add("ACTIF_EMPLOI_TRANSFORME");
            }
        } else {
            if (home.bassinMinier()) {
                groups.add("BASSIN_MINIER_DE");
            }
            if (since.isBefore(REFERENCE_DAY.minusYears(1))) {
                groups.add("DELD");
            }
            if (since.isBefore(REFERENCE_DAY.minusYears(2)) && random.nextDouble() < 0.5) {
                groups.add("ELOIGNE_EMPLOI");
            }
            if (random.nextDouble() < 0.12) {
                groups.add("RSA");
            }
            if (random.nextDouble() < 0.15) {
                groups.add("QPV");
            }
            if (age < 25 && random.nextDouble() < 0.5) {
                groups.add("JEUNE_SANS_QUALIFICATION");
            }
        }
        if ("3213".equals(home.zone())) {
            groups.add("DUNKERQUOIS");
        }
        if (age >= 55) {
            groups.add("SENIOR");
        }
        if (woman && random.nextDouble() < 0.5) {
            groups.add("FEMME_MIXITE");
        }
        String email = Names.ascii(first) + "." + Names.ascii(last) + "." + index + "@example.org";
        return new DemoPerson(kind, first, last, email, woman ? "F" : "M", birth,
                plant == null ? null : plant.division(), plant == null ? null : plant.name(), rome, home.insee(), radius,
                available, since, wished, consent, skills, groups);
    }

    /** Most cœur-de-métier items of the person's fiche, some of its other items; levels 1 to 3. */
    private List<int[]> skillsOf(SplittableRandom random, String rome) {
        List<int[]> skills = new ArrayList<>();
        if (rome == null) {
            return skills;
        }
        for (DemoReference.MetierItem item : ref.metierItems().getOrDefault(rome, List.of())) {
            if (random.nextDouble() < (item.core() ? 0.85 : 0.3) && skills.size() < 30) {
                skills.add(new int[]{item.code(), 1 + random.nextInt(3)});
            }
        }
        return skills;
    }

    static double distanceKm(DemoReference.CommunePoint a, DemoReference.CommunePoint b) {
        return GeoDistance.km(a.lat(), a.lon(), b.lat(), b.lon());
    }
}
