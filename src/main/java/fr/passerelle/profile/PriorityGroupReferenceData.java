package fr.passerelle.profile;

import fr.passerelle.reference.ReferenceDataset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The priority groups and their configurable weights (sources in the file). */
public final class PriorityGroupReferenceData {

    private PriorityGroupReferenceData() {
    }

    public static ReferenceDataset priorityGroups() {
        String file = "catalogue/priority_groups.csv";
        return ReferenceDataset.of("priority_group", List.of("code", "label", "weight", "source"), List.of(file),
                (files, keys) -> {
                    List<Object[]> rows = new ArrayList<>();
                    files.forEachRecord(file, r -> {
                        double weight = r.decimal("poids");
                        if (weight < 0 || weight > 10) {
                            throw r.error("poids", "must be between 0 and 10");
                        }
                        rows.add(new Object[]{r.text("code", Pattern.compile("[A-Z_]{2,40}"), "an upper-case code"),
                                r.text("libelle"), weight, r.text("source")});
                    });
                    return rows;
                });
    }
}
