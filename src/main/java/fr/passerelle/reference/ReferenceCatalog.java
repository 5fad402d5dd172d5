package fr.passerelle.reference;

import fr.passerelle.budget.BudgetReferenceData;
import fr.passerelle.demand.LabourMarketReferenceData;
import fr.passerelle.metier.RomeReferenceData;
import fr.passerelle.profile.PriorityGroupReferenceData;
import fr.passerelle.sector.NafReferenceData;
import fr.passerelle.territory.TerritoryReferenceData;
import fr.passerelle.training.RncpReferenceData;

import java.util.ArrayList;
import java.util.List;

/** Every shipped reference dataset, in an order that respects the foreign keys. */
public final class ReferenceCatalog {

    private ReferenceCatalog() {
    }

    public static List<ReferenceDataset> all(long envelopeEur) {
        List<ReferenceDataset> all = new ArrayList<>();
        all.addAll(TerritoryReferenceData.datasets());
        all.addAll(RomeReferenceData.datasets());
        all.addAll(NafReferenceData.datasets());
        all.addAll(LabourMarketReferenceData.datasets());
        all.addAll(RncpReferenceData.datasets());
        all.add(BudgetReferenceData.budgetLines(envelopeEur));
        all.add(PriorityGroupReferenceData.priorityGroups());
        return all;
    }
}
