package org.sigti.secplatform;

/** What a security platform is (the manual's definition: physical and logical security equipment). */
public enum SecurityPlatformKind {
    FIREWALL,
    WAF,
    ANTIVIRUS,
    SIEM,
    MAIL_GATEWAY,
    OTHER
}
