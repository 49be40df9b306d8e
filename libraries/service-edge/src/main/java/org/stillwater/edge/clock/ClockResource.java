package org.stillwater.edge.clock;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.problem.ProblemException;
import org.stillwater.edge.security.Role;

/**
 * The simulated clock, for demos and tests where days must pass (dev and test profiles only; 404 in prod).
 * Move all four services by the same amount.
 */
@Path("/api/v1/dev/clock")
@Tag(name = "dev clock", description = "Simulated time for demos and tests (dev and test profiles only)")
public class ClockResource {

    @Inject
    ServiceClock clock;

    public record ClockView(Instant now, Duration offset) {
    }

    public record Advance(@NotNull Duration advanceBy) {
    }

    @GET
    @Authenticated
    @Operation(summary = "The service's current (possibly simulated) time")
    public ClockView now() {
        requireAdjustable();
        return new ClockView(clock.instant(), clock.offset());
    }

    @POST
    @RolesAllowed(Role.OPS_ROLE)
    @Operation(summary = "Move the simulated clock forward, e.g. {\"advanceBy\": \"P3D\"}: more than nothing and at most 366 days"
            + " per call, else 422")
    public ClockView advance(@Valid @NotNull Advance request) {
        requireAdjustable();
        ClockAdvance.refusal(request.advanceBy()).ifPresent(refusal -> {
            throw ProblemException.ruleViolation("clock-advance-refused", refusal.message(), List.of(refusal));
        });
        clock.advance(request.advanceBy());
        return new ClockView(clock.instant(), clock.offset());
    }

    private void requireAdjustable() {
        if (!clock.isAdjustable()) {
            throw ProblemException.notFound("the simulated clock");
        }
    }
}
