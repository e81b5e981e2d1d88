package org.sigti.api.alerts;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.sigti.api.JsonFields;
import org.sigti.api.cases.CaseResource;
import org.sigti.incidents.AlertReceipt;
import org.sigti.incidents.SecurityAlert;
import org.sigti.incidents.SecurityAlerts;
import org.sigti.security.Roles;

/**
 * {@code /security-alerts}: a security system (firewall, WAF, SIEM, antivirus console...) posts an alert; SIGTI opens
 * a security incident (the cybersecurity team's branch of the security-incident procedure) or, when the same source
 * and fingerprint came within the window to an incident still open, adds an occurrence to it ({@link SecurityAlerts}).
 * The caller is a Técnico or the coordinator of the cybersecurity team, usually a service account.
 */
@Path("security-alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SecurityAlertResource {

    static final List<String> FIELDS = List.of("source", "fingerprint", "title", "severity", "detail");

    @EJB
    SecurityAlerts alerts;

    @Context
    UriInfo uri;

    /**
     * 201 with the opened case's {@code Location}, or 200 when the alert updated the open incident of the same alert;
     * the body says which and how often the alert came. A request repeating an {@code Idempotency-Key} the client
     * used before records nothing and gets 200 with that incident and {@code Idempotency-Replayed: true}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TECNICO, Roles.RESPONSABLE})
    public Response receive(@HeaderParam(CaseResource.HEADER_KEY) String key, String body) {
        if (key != null && !CaseResource.validKey(key)) {
            throw ApiInputException.invalid(Map.of(CaseResource.HEADER_KEY, "idempotency.invalid"));
        }
        AlertReceipt receipt = alerts.receive(parse(body), key);
        URI location = uri.getBaseUriBuilder().path("cases").path(receipt.caseNumber()).build();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("caseId", receipt.caseId());
        answer.put("case", receipt.caseNumber());
        answer.put("opened", receipt.opened());
        answer.put("occurrences", receipt.occurrences());
        answer.put("links", Map.of("case", location.toString()));
        return (receipt.opened() ? Response.created(location) : Response.ok().location(location))
                .header("Idempotency-Replayed", key == null ? null : String.valueOf(receipt.replayed())).entity(answer)
                .build();
    }

    /**
     * The body, read strictly: not a JSON object is "malformed"; an unknown field, one that is not a string or holds
     * a control character is "invalid" (the service checks the rest: required fields, lengths, the severity).
     */
    static SecurityAlert parse(String body) {
        JsonFields read = JsonFields.read(body, FIELDS);
        Map<String, String> problems = new LinkedHashMap<>(read.problems());
        Map<String, String> values = read.values();
        SecurityAlert alert = new SecurityAlert(values.get("source"), values.get("fingerprint"), values.get("title"),
                values.get("severity"), values.get("detail"));
        alert.problems().forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw ApiInputException.invalid(problems);
        }
        return alert;
    }
}
