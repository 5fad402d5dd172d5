package fr.passerelle.demo;

import java.time.LocalDate;
import java.util.List;

/** The generated training offer: organisations, their sites, programmes and sessions (indexes refer to the lists). */
public record DemoOffer(List<Organisation> organisations, List<Site> sites, List<Programme> programmes,
                        List<Session> sessions) {

    public record Organisation(String name, String siret) {
    }

    public record Site(int organisation, String name, String communeInsee) {
    }

    public record Programme(int organisation, String title, String targetRomeCode, int hours, String rncpCode,
                            String prerequisites, List<Integer> skills) {
    }

    public record Session(int programme, int site, LocalDate start, LocalDate end, int capacity, int minCohort,
                          int costPerTraineeEur, String budgetLineCode) {
    }
}
