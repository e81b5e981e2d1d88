package org.sigti.document;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * A signed PDF SIGTI does not accept as signed, with the reason the person reads ({@link #messageKey()}, a key of
 * the screens' bundle, and its arguments). Nothing of the upload is kept.
 */
@ApplicationException(rollback = true)
public class SignatureRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a signed PDF is refused. */
    public enum Reason {
        /** Not a PDF that can be read. */
        UNREADABLE,
        /** No signature in it. */
        UNSIGNED,
        /** Changed after a signature (the signed bytes do not match, or bytes outside every signature). */
        MODIFIED,
        /** A signer's certificate does not chain to a trust anchor of the installation. */
        UNTRUSTED,
        /** A signer's certificate was expired or not yet valid, or is not meant for signing. */
        CERTIFICATE_INVALID;

        /** The bundle key: {@code document.signature.unsigned} ... */
        public String messageKey() {
            return "document.signature." + switch (this) {
                case UNREADABLE -> "unreadable";
                case UNSIGNED -> "unsigned";
                case MODIFIED -> "modified";
                case UNTRUSTED -> "untrusted";
                case CERTIFICATE_INVALID -> "certificateInvalid";
            };
        }
    }

    private final Reason reason;
    private final List<String> arguments;

    public SignatureRefusedException(Reason reason, String... arguments) {
        this(reason, null, arguments);
    }

    public SignatureRefusedException(Reason reason, Throwable cause, String... arguments) {
        super(reason.messageKey() + " " + String.join(", ", arguments), cause);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }

    /** The signer's name, when the refusal is about one signature. */
    public List<String> arguments() {
        return arguments;
    }
}
