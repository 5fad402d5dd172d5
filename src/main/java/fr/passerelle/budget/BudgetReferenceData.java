package fr.passerelle.budget;

import fr.passerelle.common.CsvFormatException;
import fr.passerelle.reference.ReferenceDataset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The initial split of the DREETS envelope into lines; the split is data, the envelope is the invariant. */
public final class BudgetReferenceData {

    static final String FILE = "budget/budget_lines.csv";

    private BudgetReferenceData() {
    }

    public static ReferenceDataset budgetLines(long envelopeEur) {
        return ReferenceDataset.of("budget_line",
                List.of("code", "label", "ambition", "year", "departement_code", "amount_eur"), List.of(FILE),
                (files, keys) -> {
                    List<Object[]> rows = new ArrayList<>();
                    long[] total = {0};
                    files.forEachRecord(FILE, r -> {
                        long amount = r.longValue("montant_eur");
                        if (amount < 0) {
                            throw r.error("montant_eur", "must not be negative");
                        }
                        total[0] += amount;
                        Integer year = r.optionalInteger("annee");
                        if (year != null && (year < 2021 || year > 2030)) {
                            throw r.error("annee", "must be within the FTJ programme (2021-2030)");
                        }
                        rows.add(new Object[]{r.text("code", Pattern.compile("[A-Z0-9-]{2,40}"), "an upper-case code"),
                                r.text("libelle"), r.text("ambition", Pattern.compile("A[123]"), "A1, A2 or A3"), year,
                                r.optionalText("departement"), amount});
                    });
                    if (total[0] != envelopeEur) {
                        throw new CsvFormatException(FILE, 0, "montant_eur",
                                "the lines sum to " + total[0] + " €, not to the envelope of " + envelopeEur + " €");
                    }
                    return rows;
                });
    }
}
