package org.sigti.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;
import org.sigti.security.SecurityEventKind;
import org.sigti.security.SecurityEvents;
import org.sigti.vault.CaseSecret.Sealed;
import org.sigti.workflow.WorkflowException;

/**
 * Keeps the secrets handed to a case sealed ({@link SecretCipher}) and opens them for the reader its caller allowed.
 * Every method runs inside the caller's transaction: a secret handed with a move that fails is not kept, and a
 * reading is recorded (a SECRET_READ security event: who, when, which case and labels, never the value) only with
 * the reading. Nothing here logs a value, and no value leaves but through {@link #open}.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUTORIDAD, Roles.DIRECTOR,
        Roles.RRHH, Roles.COMITE, Roles.SOLICITANTE})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SecretVault {

    /** The system property naming the key file: 32 random bytes in Base64, readable by the server's account only. */
    public static final String KEY_FILE_PROPERTY = "sigti.vault.key-file";
    /** The longest value handed at once (tokens, keys, a few credentials). */
    public static final int VALUE_MAXLENGTH = 4000;

    /** A secret as everyone allowed to know it exists sees it: its label, who handed it and when. */
    public record Held(long id, String label, String depositedBy, Instant depositedAt) {
    }

    /** A secret opened for its reader. */
    public record Opened(String label, String value, String depositedBy, Instant depositedAt) {
    }

    private static volatile SecretCipher cipher;

    @PersistenceContext
    EntityManager em;

    @EJB
    SecurityEvents securityEvents;

    /**
     * Seals and keeps a value handed to a case.
     *
     * @throws WorkflowException {@code vault.value.invalid} when blank or too long, {@code vault.noKey} when the
     *                           installation has no vault key
     */
    public long deposit(String institutionCode, long caseId, String label, String value, String by) {
        if (value == null || value.isBlank() || value.length() > VALUE_MAXLENGTH || label == null
                || label.isBlank() || label.strip().length() > CaseSecret.LABEL_MAXLENGTH) {
            throw new WorkflowException("vault.value.invalid");
        }
        String name = label.strip();
        CaseSecret secret = new CaseSecret(institutionCode, caseId, name, cipher().seal(value, where(caseId, name)),
                by, Instant.now().truncatedTo(ChronoUnit.MICROS));
        em.persist(secret);
        em.flush();
        return secret.getId();
    }

    /** The secrets of a case, without their values, in the order they were handed. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Held> held(long caseId) {
        return secrets(caseId).stream().map(s -> new Held(s.getId(), s.getLabel(), s.getDepositedBy(),
                s.getDepositedAt())).toList();
    }

    /**
     * Opens the secrets of a case for the caller, whom the caller's service already allowed, and records the
     * reading as a security event ({@code why}: the reader's part in the case, e.g. "asignado al paso 4").
     */
    public List<Opened> open(long caseId, String why) {
        List<CaseSecret> secrets = secrets(caseId);
        List<Opened> opened = secrets.stream().map(s -> new Opened(s.getLabel(), cipher().open(new Sealed(
                s.getKeyId(), s.getNonce(), s.getCiphertext()), where(caseId, s.getLabel())), s.getDepositedBy(),
                s.getDepositedAt())).toList();
        securityEvents.recordFact(SecurityEventKind.SECRET_READ, "SecretVault.open", "work_case",
                String.valueOf(caseId), secrets.size() + " secreto(s) leído(s): " + String.join(", ",
                        secrets.stream().map(CaseSecret::getLabel).toList()) + " (" + why + ")");
        return opened;
    }

    private List<CaseSecret> secrets(long caseId) {
        return em.createQuery("select s from CaseSecret s where s.caseId = :c order by s.id", CaseSecret.class)
                .setParameter("c", caseId).getResultList();
    }

    /** The associated data: a ciphertext opens only on the case and under the label it was sealed for. */
    private static String where(long caseId, String label) {
        return "case_secret:" + caseId + ":" + label;
    }

    private static SecretCipher cipher() {
        SecretCipher c = cipher;
        if (c == null) {
            String file = System.getProperty(KEY_FILE_PROPERTY, "");
            if (file.isBlank() || !Files.isReadable(Path.of(file))) {
                throw new WorkflowException("vault.noKey");
            }
            c = SecretCipher.fromKeyFile(Path.of(file));
            cipher = c;
        }
        return c;
    }
}
