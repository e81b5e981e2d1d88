package org.sigti.publication;

import java.io.Serializable;

import org.sigti.workflow.Transition;
import org.sigti.workflow.flow.FieldDefinition;

/**
 * The data of a request to publish a MINDEF service on the Internet (S04.02.00.01 step 31, S04.02.00.02 step 24), as
 * typed: the system by its code in the catalog, the private IP (destination), the ports ("443", "80, 443",
 * "8080-8090") and the public IP (source, blank when not applicable). The four {@code *Field} names are those of the
 * step's fields, so that a refusal marks the fields the person typed; {@link #of} uses this module's own names
 * ({@link #SYSTEM}, {@link #PRIVATE_IP}, {@link #PORTS}, {@link #PUBLIC_IP}), which a step may also use for its fields.
 */
public record PublicationRequest(String systemCode, String privateIp, String ports, String publicIp,
        String systemField, String privateIpField, String portsField, String publicIpField) implements Serializable {

    public static final String SYSTEM = "sistema_publicacion";
    public static final String PRIVATE_IP = "ip_privada";
    public static final String PORTS = "puertos";
    public static final String PUBLIC_IP = "ip_publica";

    /** A request typed outside a case's step (the register's screen, tests): problems keyed by this module's names. */
    public static PublicationRequest of(String systemCode, String privateIp, String ports, String publicIp) {
        return new PublicationRequest(systemCode, privateIp, ports, publicIp, SYSTEM, PRIVATE_IP, PORTS, PUBLIC_IP);
    }

    /**
     * The request as a step's move records it, read from the procedure's declared fields (each read through
     * {@link Transition#value}, so an undeclared field fails); problems are keyed by those fields' names.
     */
    public static PublicationRequest from(Transition t, FieldDefinition system, FieldDefinition privateIp,
            FieldDefinition ports, FieldDefinition publicIp) {
        return new PublicationRequest(t.value(system), t.value(privateIp), t.value(ports), t.value(publicIp),
                system.name(), privateIp.name(), ports.name(), publicIp.name());
    }

    /** The same request with values taken from elsewhere (e.g. the ticket's data), keeping the field names. */
    public PublicationRequest withValues(String systemCode, String privateIp, String ports, String publicIp) {
        return new PublicationRequest(systemCode, privateIp, ports, publicIp, systemField, privateIpField, portsField,
                publicIpField);
    }
}
