package org.sigti.unit;

/**
 * A record that belongs to one institution (issue 13): its institution is set when it is created and never changes.
 * The services show it only to people of that institution and refuse it, recorded, to everyone else.
 */
public interface InstitutionOwned {

    /** The code of the institution the record belongs to ({@link Institution#getCode()}). */
    String getInstitutionCode();
}
