package org.sigti.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeMailboxTest {

    private static final int MAX = 5 * 1024 * 1024;

    @TempDir
    Path dir;

    private Map<String, String> mesa() throws Exception {
        Path password = Files.writeString(dir.resolve("mesa.password"), "s3creta\n");
        Map<String, String> env = new HashMap<>();
        env.put("SIGTI_INTAKE_MAILBOXES", " Mesa ");
        env.put("SIGTI_INTAKE_MESA_URL", "imaps://mesa@mail.example.gob");
        env.put("SIGTI_INTAKE_MESA_PASSWORD_FILE", password.toString());
        env.put("SIGTI_INTAKE_MESA_PROCEDURE", "UGAT/AIT-PR01");
        env.put("SIGTI_INTAKE_MESA_ADDRESS", "Mesa@Example.gob");
        return env;
    }

    @Test
    void nothing_configured_reads_no_mailbox() {
        assertEquals(List.of(), IntakeMailbox.configured(Map.of(), MAX));
        assertEquals(List.of(), IntakeMailbox.configured(Map.of("SIGTI_INTAKE_MAILBOXES", " "), MAX));
    }

    @Test
    void a_mailbox_reads_its_variables_with_the_imaps_defaults_and_its_password_from_its_file() throws Exception {
        IntakeMailbox box = IntakeMailbox.configured(mesa(), MAX).get(0);
        assertEquals(new IntakeMailbox("mesa", "imaps", "mail.example.gob", 993, "mesa", "s3creta", "INBOX",
                "UGAT/AIT-PR01", "mesa@example.gob", MAX), box);
        assertTrue(!box.toString().contains("s3creta"), box::toString);
    }

    @Test
    void each_mistake_names_the_variable_to_fix() throws Exception {
        Map<String, String> env = mesa();
        env.put("SIGTI_INTAKE_MESA_URL", "pop3://mesa@mail.example.gob");
        assertMisconfigured(env, "SIGTI_INTAKE_MESA_URL must start with imap:// or imaps://");
        env = mesa();
        env.put("SIGTI_INTAKE_MESA_URL", "imap://mesa:clave@mail.example.gob");
        assertMisconfigured(env, "SIGTI_INTAKE_MESA_URL must not hold the password");
        env = mesa();
        env.remove("SIGTI_INTAKE_MESA_PROCEDURE");
        assertMisconfigured(env, "SIGTI_INTAKE_MESA_PROCEDURE is not set");
        env = mesa();
        env.remove("SIGTI_INTAKE_MESA_PASSWORD_FILE");
        assertMisconfigured(env, "SIGTI_INTAKE_MESA_PASSWORD_FILE or SIGTI_INTAKE_MESA_PASSWORD is not set");
        env = mesa();
        env.put("SIGTI_INTAKE_MESA_MAX_BYTES", String.valueOf(MAX + 1));
        assertMisconfigured(env, "SIGTI_INTAKE_MESA_MAX_BYTES must be between 1024 and " + MAX);
        env = mesa();
        env.put("SIGTI_INTAKE_MAILBOXES", "mesa,../x");
        assertMisconfigured(env, "SIGTI_INTAKE_MAILBOXES names \"../x\"");
    }

    private static void assertMisconfigured(Map<String, String> env, String start) {
        String message = assertThrows(IntakeMailbox.Misconfigured.class, () -> IntakeMailbox.configured(env, MAX))
                .getMessage();
        assertTrue(message.startsWith(start), message);
    }
}
