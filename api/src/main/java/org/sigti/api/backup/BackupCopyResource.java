package org.sigti.api.backup;

import java.net.URI;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.sigti.api.ApiInputException;
import org.sigti.api.cases.CaseResource;
import org.sigti.backup.BackupRecords;
import org.sigti.backup.ScriptCopies;
import org.sigti.security.Roles;

/**
 * {@code /backup-copies}: a script on a server registers the backup or log copy it made (file, size, SHA-256,
 * location) against its scheduled run ({@link ScriptCopies}), as the backup steps record a copy on the screens: the
 * Técnico, Responsable and Jefe of the run's unit (the Jefe: any unit of the institution). With an
 * {@code Idempotency-Key}, a retried POST registers nothing twice.
 */
@Path("backup-copies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupCopyResource {

    private static final String HEADER_KEY = "Idempotency-Key";
    /** The body's names of the copy's values, for the module's refusals. */
    private static final BackupRecords.CopyFields FIELDS = new BackupRecords.CopyFields("file", "takenAt",
            "sizeBytes", "sha256", "location", null);

    @EJB
    ScriptCopies copies;

    @Context
    UriInfo uri;

    /** The copy as registered, as the API answers it. */
    public record CopyJson(long id, long runId, long scheduleId, String caseNumber, String file, long sizeBytes,
            String sha256, String location, String takenAt, String method) {
    }

    /**
     * Registers the copy: 201 with the copy; with an {@code Idempotency-Key} the caller already used for the same
     * request, 200 with the copy registered then ({@code Idempotency-Replayed: true}) and nothing new.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
    public Response register(@HeaderParam(HEADER_KEY) String key, String body) {
        if (key != null && !CaseResource.validKey(key)) {
            throw ApiInputException.invalid(Map.of(HEADER_KEY, "idempotency.invalid"));
        }
        BackupCopyRequest request = BackupCopyRequest.parse(body);
        ScriptCopies.Registered r = copies.register(request.copy(), FIELDS, key, request.fingerprint());
        CopyJson json = new CopyJson(r.id(), r.runId(), r.scheduleId(), r.caseNumber(), r.file(), r.sizeBytes(),
                r.sha256(), r.location(), r.takenAt().toString(), "SCRIPT");
        URI screen = uri.getBaseUri().resolve("../../backup/copy.xhtml?id=" + r.id());
        return (r.replayed() ? Response.ok() : Response.status(Response.Status.CREATED)).location(screen)
                .header("Idempotency-Replayed", key == null ? null : String.valueOf(r.replayed())).entity(json)
                .build();
    }
}
