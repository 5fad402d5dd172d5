package fr.passerelle.web.conseiller;

import fr.passerelle.metier.Filiere;
import fr.passerelle.plan.ScenarioStatus;
import fr.passerelle.planning.explain.UnassignedReason;
import io.quarkus.qute.TemplateExtension;

/** French words for the codes the counsellor's pages show. */
@TemplateExtension
public class ConseillerExtensions {

    static String filiereLabel(String code) {
        if (code == null) {
            return "—";
        }
        for (Filiere f : Filiere.values()) {
            if (f.name().equals(code)) {
                return f.label;
            }
        }
        return code;
    }

    static String label(ScenarioStatus status) {
        return switch (status) {
            case WAITING -> "En attente de calcul";
            case SOLVING -> "Calcul en cours";
            case DONE -> "Terminé";
            case FAILED -> "Échec";
            case INTERRUPTED -> "Interrompu";
        };
    }

    static String label(UnassignedReason reason) {
        return switch (reason) {
            case NO_OPTION -> "Aucune session à sa portée (distance, date de disponibilité)";
            case SESSIONS_FULL -> "Toutes ses sessions possibles sont complètes";
            case BUDGET_LINE_EXHAUSTED -> "La ligne budgétaire de ses sessions possibles est épuisée";
            case SESSION_NOT_OPENED -> "Ses sessions possibles n'atteignent pas leur effectif minimum";
            case NO_VALUE -> "Une place existe mais ne lui apporterait rien (aucune compétence en commun)";
            case LOWER_VALUE_THAN_PLACED -> "Places et budget sont allés à des personnes pour qui la formation vaut plus";
            case NOT_CHOSEN -> "Une place existe : le calcul ne l'a pas retenue (relancez ou épinglez)";
            case PINNED -> "Laissée hors plan par une épingle";
        };
    }
}
