package org.sigti.kb;

/** Who may read a knowledge-base article. */
public enum KbScope {
    /** Everyone in SIGTI, requesters (Solicitantes) included: self-help for common problems. */
    PUBLIC,
    /** The IT office only (IT staff and the Auditor): the internal knowledge base of the UIT, procedures, servers. */
    INTERNAL
}
