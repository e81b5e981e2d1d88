package org.sigti.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void scripts_come_from_sigti_alone_and_script_src_is_last_for_primefaces_to_append_the_nonce() {
        String policy = ContentSecurityPolicy.of("http://localhost:8180/realms/sigti");
        assertTrue(policy.endsWith("; script-src 'self'"), policy);
        assertEquals(1, policy.split("script-src", -1).length - 1, policy);
        assertTrue(!policy.contains("unsafe-eval"), policy);
        assertTrue(policy.contains("; object-src 'none'; "), policy);
        assertTrue(policy.contains("; frame-ancestors 'self'; "), policy);
    }

    @Test
    void forms_post_to_sigti_and_to_the_identity_providers_origin_only() {
        assertTrue(ContentSecurityPolicy.of("https://sso.example.gob.bo/realms/sigti")
                .contains("; form-action 'self' https://sso.example.gob.bo; "));
        assertTrue(ContentSecurityPolicy.of("http://localhost:8180/realms/sigti")
                .contains("; form-action 'self' http://localhost:8180; "));
        assertTrue(ContentSecurityPolicy.of(null).contains("; form-action 'self'; "));
    }
}
