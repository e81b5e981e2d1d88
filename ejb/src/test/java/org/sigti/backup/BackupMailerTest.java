package org.sigti.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackupMailerTest {

    @Test
    void the_overdue_mail_names_the_schedule_the_case_the_delay_and_the_tecnico() {
        BackupNotice notice = new BackupNotice(BackupNotice.OVERDUE, "rita@sigti.example", "Rita Respaldo",
                "Copia diaria SISCO", 42L, "SOL-2026-000042", "20/11/2026 22:00", 24, "tecnico",
                "Ministerio de Defensa");

        assertEquals("[SOL-2026-000042] Copia de respaldo atrasada: Copia diaria SISCO",
                BackupMailer.render("overdue.subject", notice));
        String body = BackupMailer.render("overdue.body", notice);
        assertTrue(body.startsWith("Estimado(a) Rita Respaldo:"), body);
        assertTrue(body.contains("programada para el 20/11/2026 22:00 sigue pendiente después de 24 horas"), body);
        assertTrue(body.contains("técnico responsable: tecnico"), body);
        assertTrue(body.contains("/case/42"), body);
    }
}
