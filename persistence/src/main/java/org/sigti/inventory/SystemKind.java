package org.sigti.inventory;

/**
 * What a catalogued system is: the Defensoría's manual tells substantive systems from support systems and the
 * institutional website; the other manuals add platforms (mail, directory, VPN) and infrastructure components.
 */
public enum SystemKind {
    SUBSTANTIVE, SUPPORT, WEBSITE, PLATFORM, INFRASTRUCTURE
}
