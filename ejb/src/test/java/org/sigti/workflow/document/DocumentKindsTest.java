package org.sigti.workflow.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sigti.document.Letterhead;
import org.sigti.procedure.inventory.CertificateDeviceActa;
import org.sigti.procedure.inventory.LicenseForm;
import org.sigti.procedure.inventory.PhoneActa;
import org.sigti.procedure.inventory.SepremDi0021;
import org.sigti.procedure.maintenance.DpgEsinPro5;
import org.sigti.procedure.maintenance.DpgEsinPro5a;
import org.sigti.procedure.maintenance.SupportForm;
import org.sigti.procedure.support.SepremDi0081;
import org.sigti.procedure.support.ServiceSlip;
import org.sigti.procedure.support.UgatAitPr01;
import org.sigti.workflow.CaseStatus;
import org.sigti.workflow.flow.Text;

class DocumentKindsTest {

    private static final Instant T0 = Instant.parse("2026-05-04T15:00:00Z");

    /** The kinds of this deployment, as CDI finds them. */
    private static final List<DocumentKind> DEPLOYED = List.of(new SupportForm(), new ClosingRecord(),
            new ServiceSlip(), new LicenseForm(), new CertificateDeviceActa(), new PhoneActa());

    private static CaseFacts facts(String procedure, CaseStatus status, CaseFacts.CompletedStep... done) {
        return new CaseFacts(7, "SOL-2026-000007", procedure, Set.of(procedure), status, "Título", null, null,
                "solicitante", "María Gutiérrez Peña", "DI", null, null, null, T0, null, List.of(done), Map.of(),
                new CaseFacts.Directory() {
                    @Override
                    public String fullName(String username) {
                        return username;
                    }

                    @Override
                    public String unitName(String code) {
                        return code;
                    }
                }, Letterhead.of("SIGTI"), T0, ZoneId.of("UTC"));
    }

    private static CaseFacts.CompletedStep done(String procedure, String step) {
        return new CaseFacts.CompletedStep(procedure, step, null, "tecnico", T0, "DI");
    }

    private static List<String> listed(CaseFacts facts) {
        return DocumentKinds.of(List.copyOf(DocumentKinds.index(DEPLOYED).values()), facts).stream()
                .map(DocumentKind::code).toList();
    }

    @Test
    void the_deployed_kinds_keep_the_codes_and_prefixes_numbers_were_issued_with() {
        Map<String, DocumentKind> kinds = DocumentKinds.index(DEPLOYED);
        Map<String, String> prefixes = new java.util.TreeMap<>();
        kinds.forEach((code, kind) -> prefixes.put(code, kind.prefix()));
        assertEquals(Map.of("SUPPORT_FORM", "R1", "CLOSING_RECORD", "CIE", "SERVICE_SLIP", "BOL",
                "LICENSE_FORM", "FCL", "CERT_DEVICE_ACTA", "ADC", "PHONE_ACTA", "AET"), prefixes);
    }

    @Test
    void two_kinds_with_one_code_fail_naming_both() {
        DocumentKind other = new Fake("SERVICE_SLIP", "XBOL");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DocumentKinds.index(List.of(new ServiceSlip(), other)));
        assertTrue(e.getMessage().contains(ServiceSlip.class.getName()) && e.getMessage().contains(
                Fake.class.getName()) && e.getMessage().contains("code SERVICE_SLIP"), e::getMessage);
    }

    @Test
    void two_kinds_with_one_prefix_fail_naming_both() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DocumentKinds.index(List.of(new SupportForm(), new Fake("OTHER_FORM", "R1"))));
        assertTrue(e.getMessage().contains("SUPPORT_FORM (" + SupportForm.class.getName()) && e.getMessage()
                .contains("OTHER_FORM (" + Fake.class.getName()) && e.getMessage().contains("prefix R1"),
                e::getMessage);
    }

    @Test
    void a_malformed_kind_fails_naming_it() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DocumentKinds.index(List.of(new Fake("bad code", "B"))));
        assertTrue(e.getMessage().contains("bad code"), e::getMessage);
    }

    @Test
    void a_seprem_case_does_not_list_the_defensorias_r1() {
        CaseFacts slip = facts(SepremDi0081.CODE, CaseStatus.CLOSED, done(SepremDi0081.CODE, "8"));
        assertEquals(List.of("SERVICE_SLIP", "CLOSING_RECORD"), listed(slip));
        CaseFacts license = facts(SepremDi0021.CODE, CaseStatus.OPEN, done(SepremDi0021.CODE, "4"));
        assertEquals(List.of("LICENSE_FORM"), listed(license));
    }

    @Test
    void an_agetic_case_lists_only_the_closing_record_once_closed() {
        assertEquals(List.of(), listed(facts(UgatAitPr01.CODE, CaseStatus.OPEN)));
        assertEquals(List.of("CLOSING_RECORD"), listed(facts(UgatAitPr01.CODE, CaseStatus.CLOSED)));
    }

    @Test
    void a_defensoria_maintenance_case_lists_its_r1() {
        assertEquals(List.of("SUPPORT_FORM"), listed(facts(DpgEsinPro5a.CODE, CaseStatus.OPEN)));
        assertEquals(List.of("SUPPORT_FORM"), listed(facts(DpgEsinPro5.CODE, CaseStatus.OPEN)));
    }

    @Test
    void a_procedure_kind_waits_for_its_step() {
        assertEquals(List.of(), listed(facts(SepremDi0081.CODE, CaseStatus.OPEN, done(SepremDi0081.CODE, "7"))));
        List<CaseFacts.CompletedStep> steps = new ArrayList<>(List.of(done(SepremDi0081.CODE, "8")));
        assertEquals(List.of("SERVICE_SLIP"), listed(facts(SepremDi0081.CODE, CaseStatus.OPEN,
                steps.toArray(CaseFacts.CompletedStep[]::new))));
    }

    private record Fake(String code, String prefix) implements DocumentKind {

        @Override
        public Text name() {
            return Text.of("Otro", "Other");
        }

        @Override
        public Set<String> procedures() {
            return Set.of("X");
        }

        @Override
        public boolean availableOn(CaseFacts facts) {
            return true;
        }

        @Override
        public byte[] render(CaseFacts facts, String number) {
            return new byte[0];
        }
    }
}
