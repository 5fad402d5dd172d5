package fr.passerelle.plan;

import fr.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import fr.passerelle.common.BadInputException;
import fr.passerelle.profile.Profile;
import fr.passerelle.training.TrainingSession;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Manual enrolment of one person in a session, through the same seat and budget checks as a publication. */
@RolesAllowed(Roles.CONSEILLER)
@Path("/api/enrolments")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    private final SeatLedger ledger;

    public EnrolmentResource(SeatLedger ledger) {
        this.ledger = ledger;
    }

    public record EnrolmentRequest(@NotNull Long sessionId, @NotNull Long profileId) {
    }

    public record EnrolmentView(long id, long sessionId, long profileId, String budgetLineCode, int costEur) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response enrol(@Valid @NotNull EnrolmentRequest request) {
        long sessionId = request.sessionId();
        if (TrainingSession.findById(sessionId) == null) {
            throw new NotFoundException("no session " + sessionId);
        }
        if (Profile.findById(request.profileId()) == null) {
            throw BadInputException.of("profileId", "no profile " + request.profileId());
        }
        Enrolment e = ledger.enrol(List.of(new SeatLedger.Seat(request.profileId(), sessionId)), null).get(0);
        return Response.status(Response.Status.CREATED)
                .entity(new EnrolmentView(e.id, e.sessionId, e.profileId, e.budgetLineCode, e.costEur)).build();
    }
}
