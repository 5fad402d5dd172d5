package fr.passerelle.demo;

import fr.passerelle.metier.Filiere;

import java.util.List;
import java.util.Map;

/** The slice of reference data the demo generator draws from (all lists in a stable order, for determinism). */
public record DemoReference(
        List<CommunePoint> communes,
        Map<String, Double> jobseekersByBassin,
        Map<String, Map<String, Double>> jobseekerRomesByBassin,
        Map<String, Map<String, Double>> workerRomesByDivision,
        Map<String, List<MetierItem>> metierItems,
        List<Target> targets,
        Map<String, String> rncpByRome,
        List<BudgetLineRef> budgetLines) {

    /** A commune, weighted by its job offers (a proxy of its size: the open data has no population for all). */
    public record CommunePoint(String insee, String name, String departement, double lat, double lon, String zone,
                               String bassin, boolean bassinMinier, double weight) {
    }

    public record MetierItem(int code, boolean core) {
    }

    public record Target(String romeCode, String label, Filiere filiere) {
    }

    public record BudgetLineRef(String code, String ambition, Integer year, String departement) {
    }
}
