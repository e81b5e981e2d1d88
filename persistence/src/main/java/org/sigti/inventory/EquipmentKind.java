package org.sigti.inventory;

/** What a piece of equipment is; {@code CERT_TOKEN} is the digital-certificate card or reader of S04.03.04.01. */
public enum EquipmentKind {
    COMPUTER, LAPTOP, PRINTER, PHONE, NETWORK_DEVICE, CERT_TOKEN, OTHER
}
