package fr.passerelle.territory;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@PermitAll
@Path("/api/communes")
@Produces(MediaType.APPLICATION_JSON)
public class CommuneResource {

    public record CommuneView(String inseeCode, String name, String departement, List<String> postcodes,
                              double latitude, double longitude, String zoneEmploiCode, String zoneEmploi,
                              String bassinEmploiCode, String bassinEmploi, boolean bassinMinier) {
        static CommuneView of(Commune c) {
            return new CommuneView(c.inseeCode, c.name, c.departementCode, List.of(c.postcodes.split("\\|")),
                    c.latitude, c.longitude, c.zoneEmploi.code, c.zoneEmploi.label, c.bassinEmploi.code,
                    c.bassinEmploi.label, c.bassinMinier);
        }
    }

    /** All communes of the FTJ territory, or of one département. */
    @GET
    public List<CommuneView> list(@QueryParam("departement") @Pattern(regexp = "59|62", message = "must be 59 or 62")
                                  String departement) {
        String jpql = "from Commune c join fetch c.zoneEmploi join fetch c.bassinEmploi"
                + (departement == null ? "" : " where c.departementCode = ?1") + " order by c.inseeCode";
        List<Commune> communes = departement == null ? Commune.find(jpql).list() : Commune.find(jpql, departement).list();
        return communes.stream().map(CommuneView::of).toList();
    }
}
