package org.sigti.unit;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;

/**
 * An institution served by this installation (the Defensoría del Pueblo, AGETIC, SEPREM, MINDEF): its code (as the
 * Keycloak groups write it, {@code /Instituciones/MINDEF/OGTIE/CIBER}), its name and letterhead, its country (whose
 * holidays stop the service clock), its time zone and the format of its document numbers. Cases, queues, units
 * and documents belong to one institution; a person sees only their institution's.
 */
@Entity
@Table(name = "institution")
@NamedQuery(name = "Institution.enabled", query = "select i from Institution i where i.enabled = true order by i.code")
@NamedQuery(name = "Institution.byCatalogName",
        query = "select i from Institution i where i.catalogName = :name")
public class Institution {

    public static final int CODE_MAXLENGTH = 20;
    public static final int NAME_MAXLENGTH = 200;
    public static final int ADDRESS_MAXLENGTH = 300;
    public static final int NUMBER_FORMAT_MAXLENGTH = 100;
    public static final int TIME_ZONE_MAXLENGTH = 40;

    @Id
    @Column(length = CODE_MAXLENGTH)
    private String code;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    /** The institution as the procedure declarations and the catalog write it: {@code MINDEF (Perú)}. */
    @Column(name = "catalog_name", nullable = false, length = 100)
    private String catalogName;

    /** ISO 3166 code of the country whose national holidays apply: BO, GT, PE. */
    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "time_zone", nullable = false, length = TIME_ZONE_MAXLENGTH)
    private String timeZone;

    @Column(length = ADDRESS_MAXLENGTH)
    private String address;

    /** The letterhead's logo (PNG or JPEG), or null for a letterhead in text only. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo")
    private byte[] logo;

    /** How the institution numbers its documents, e.g. {@code {TIPO} N° {N:6}-{AÑO}-{INST}/{UNIDAD}}. */
    @Column(name = "number_format", nullable = false, length = NUMBER_FORMAT_MAXLENGTH)
    private String numberFormat;

    @Column(nullable = false)
    private boolean enabled;

    @Version
    private long version;

    protected Institution() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCatalogName() {
        return catalogName;
    }

    public String getCountry() {
        return country;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public String getAddress() {
        return address;
    }

    public byte[] getLogo() {
        return logo == null ? null : logo.clone();
    }

    public String getNumberFormat() {
        return numberFormat;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Whether the letterhead prints a logo. */
    public boolean hasLogo() {
        return logo != null;
    }

    /** The row's version, which an edit started from a screen must still match. */
    public long getVersion() {
        return version;
    }

    /** Changes the letterhead's text: the institution's name and its address line (null for none). */
    public void letterhead(String newName, String newAddress) {
        this.name = java.util.Objects.requireNonNull(newName, "The institution's name is required.");
        this.address = newAddress;
    }

    /** Prints a new logo (PNG or JPEG bytes, checked by the caller) on the letterhead, or none when null. */
    public void showLogo(byte[] newLogo) {
        this.logo = newLogo == null ? null : newLogo.clone();
    }

    /** Moves the institution's business calendar (working hours, holidays) to another time zone. */
    public void moveTo(ZoneId zone) {
        this.timeZone = java.util.Objects.requireNonNull(zone, "The time zone is required.").getId();
    }

    public void numberWith(String format) {
        this.numberFormat = java.util.Objects.requireNonNull(format, "The number format is required.");
    }

    public void enable(boolean on) {
        this.enabled = on;
    }
}
