package org.sigti.procedure.phishing;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.sigti.intake.ForwardedMail;
import org.sigti.intake.ForwardedMailFields;

/**
 * A forwarded suspicious mail that the alert mailbox files in S04.04.00.02 fills the analysis fields of the case: the
 * original sender (steps 2 and 5), the IP addresses of its Received headers, its links and its attachments (step 5),
 * one a line, so the Técnico starts step 5 from SIGTI's reading of the mail.
 */
@ApplicationScoped
public class PhishingMailFields implements ForwardedMailFields {

    @Override
    public String procedure() {
        return S04040002.CODE;
    }

    @Override
    public Map<String, String> values(ForwardedMail findings) {
        Map<String, String> values = new LinkedHashMap<>();
        if (findings.originalSender() != null) {
            values.put(PhishingFields.SENDER.name(), findings.originalSender());
        }
        values.put(PhishingFields.IPS.name(), String.join("\n", findings.receivedIps()));
        values.put(PhishingFields.URLS.name(), String.join("\n", findings.urls()));
        values.put(PhishingFields.ATTACHMENTS.name(), String.join("\n", findings.attachments()));
        return values;
    }
}
