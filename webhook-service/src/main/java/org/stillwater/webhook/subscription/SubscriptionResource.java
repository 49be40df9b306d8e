package org.stillwater.webhook.subscription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stillwater.edge.idempotency.Idempotent;
import org.stillwater.edge.paging.PageParameters;
import org.stillwater.edge.paging.PagedList;
import org.stillwater.edge.problem.Ids;
import org.stillwater.edge.security.Role;

/** Webhook subscriptions, self-served by partners, pharmacists and ops with their own tokens; each sees only its own. */
@Path("/api/v1/webhook-subscriptions")
@Tag(name = "webhook subscriptions")
@RolesAllowed({Role.PARTNER_ROLE, Role.PHARMACIST_ROLE, Role.OPS_ROLE})
public class SubscriptionResource {

    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    @Inject
    Subscriptions subscriptions;

    @POST
    @Transactional
    @Idempotent
    @Operation(summary = "Subscribe: a partner to events about its patients, a pharmacist to its pharmacy's shipment events, "
            + "ops to every event without its data. The answer carries the signing secret, shown only here")
    @APIResponse(responseCode = "201", description = "the subscription and its signing secret",
            content = @Content(schema = @Schema(implementation = CreatedSubscription.class)))
    @APIResponse(responseCode = "422", description = "a refused URL (each rule it breaks) or event type; or the owner's limit of "
            + "live subscriptions reached (webhook-subscription-limit-reached)")
    @APIResponse(responseCode = "409", description = "another live subscription of the owner has this URL (webhook-subscription-duplicate-url)")
    public Response create(@Valid @NotNull SubscriptionRequest request) {
        CreatedSubscription created = subscriptions.create(request);
        return Response.created(URI.create("/api/v1/webhook-subscriptions/" + created.id())).entity(created).build();
    }

    @GET
    @Transactional
    @Operation(summary = "The caller's subscriptions (not the deleted ones), oldest first; never their secrets")
    public PagedList<SubscriptionView> list(@BeanParam PageParameters pages) {
        return pages.request().of(subscriptions.ownedByCaller(), Subscription::view);
    }

    @GET
    @Path("/{subscriptionId}")
    @Transactional
    @Operation(summary = "One of the caller's subscriptions; never its secret")
    public SubscriptionView read(@PathParam("subscriptionId") String subscriptionId) {
        return subscriptions.visibleToCaller(Ids.uuid("subscriptionId", subscriptionId)).view();
    }

    // No @Consumes: Quarkus REST matches a method's media types before it checks the caller, so a body of another type
    // was answered 415 to a caller without a token. Without it the caller is checked first, as on every other write;
    // the JSON reader still reads application/merge-patch+json (a +json type) and refuses text/plain with a 415.
    @PATCH
    @Path("/{subscriptionId}")
    @RequestBody(required = true, content = {
            @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = SubscriptionPatch.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionPatch.class))})
    @Transactional
    @Idempotent
    @Operation(summary = "Change a subscription (JSON merge patch): status ACTIVE or PAUSED (ACTIVE re-enables a DISABLED one), "
            + "eventTypes, url, description")
    @APIResponse(responseCode = "200", description = "the subscription as changed",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response change(@PathParam("subscriptionId") String subscriptionId, @Valid @NotNull SubscriptionPatch patch) {
        Subscription subscription = subscriptions.lockedForCaller(Ids.uuid("subscriptionId", subscriptionId));
        return Response.ok(subscriptions.change(subscription, patch).view()).build();
    }

    @DELETE
    @Path("/{subscriptionId}")
    @Transactional
    @Idempotent
    @Operation(summary = "Delete a subscription: no more deliveries; kept, invisible to its owner, for the audit")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("subscriptionId") String subscriptionId) {
        subscriptions.delete(subscriptions.lockedForCaller(Ids.uuid("subscriptionId", subscriptionId)));
        return Response.noContent().build();
    }

    @POST
    @Path("/{subscriptionId}/secret-rotations")
    @Transactional
    @Idempotent
    @Operation(summary = "A new signing secret, shown only here; the previous ones stay valid for overlapHours (0 to 168, "
            + "default 24), so deliveries carry both signatures meanwhile")
    @APIResponse(responseCode = "201", description = "the new secret and until when the previous ones are valid",
            content = @Content(schema = @Schema(implementation = SigningSecrets.Rotation.class)))
    public Response rotate(@PathParam("subscriptionId") String subscriptionId, @Valid RotationRequest request) {
        Subscription subscription = subscriptions.lockedForCaller(Ids.uuid("subscriptionId", subscriptionId));
        int hours = request == null || request.overlapHours() == null ? SecretRotationPolicy.DEFAULT_OVERLAP_HOURS : request.overlapHours();
        return Response.status(Response.Status.CREATED).entity(subscriptions.rotateSecret(subscription, Duration.ofHours(hours))).build();
    }
}
