package org.sigti.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class InventoryCsvTest {

    private static CsvTable csv(String text) {
        return CsvTable.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void semicolon_file_with_bom_quotes_and_spanish_headers_is_read() {
        CsvTable t = csv("\uFEFFTipo;Serie;Código patrimonial;Marca;Modelo;Ubicación\r\n"
                + "laptop;sn-1;dti-001;HP;\"EliteBook; 840\";\"Piso 2\n\"\"A\"\"\"\r\n\r\n");
        assertEquals(List.of("tipo", "serie", "codigo_patrimonial", "marca", "modelo", "ubicacion"), t.header());
        assertEquals(1, t.rows().size());
        assertEquals(2, t.rows().get(0).line());
        assertEquals("EliteBook; 840", t.rows().get(0).values().get(4));
        assertEquals("Piso 2\n\"A\"", t.rows().get(0).values().get(5));
    }

    @Test
    void comma_separated_file_is_read() {
        CsvTable t = csv("codigo,producto,tipo,puestos_total\nM365,Microsoft 365,POR_USUARIO,10\n");
        InventoryCsv.Checked<PoolDraft> c = InventoryCsv.pools(t);
        assertEquals(List.of(), c.rejected());
        assertEquals(LicenseType.PER_USER, c.valid().get(0).value().type());
        assertEquals(10, c.valid().get(0).value().seatsTotal());
    }

    @Test
    void bad_rows_are_rejected_with_their_line_and_reason() {
        String text = InventoryCsv.EQUIPMENT_HEADER + "\n"
                + "LAPTOP;S1;C1;HP;840;;;;;2024-01-31;31/01/2027\n"       // line 2: fine
                + "TOSTADORA;S2;C2;HP;840;;;;;;\n"                         // line 3: unknown kind
                + "PRINTER;S3;C1;HP;M404;;;;;;\n"                          // line 4: code repeated (line 2)
                + "PC;S4;C4;;M404;;;;;2024-02-30;\n"                       // line 5: brand missing, bad date
                + "PC;S5;C5;Dell\n";                                       // line 6: columns
        InventoryCsv.Checked<EquipmentDraft> c = InventoryCsv.equipment(csv(text));
        assertEquals(5, c.rows());
        assertEquals(1, c.valid().size());
        EquipmentDraft ok = c.valid().get(0).value();
        assertEquals(LocalDate.of(2027, 1, 31), ok.warrantyUntil());
        assertEquals(List.of(
                new Rejection(3, "inventory.csv.badKind", "TOSTADORA"),
                new Rejection(4, "inventory.csv.repeated", "codigo_patrimonial", "C1", "2"),
                new Rejection(5, "inventory.csv.required", "marca"),
                new Rejection(5, "inventory.csv.badDate", "adquirido_el", "2024-02-30"),
                new Rejection(6, "inventory.csv.width", "4", "11")), c.rejected());
    }

    @Test
    void missing_required_columns_reject_the_file_at_its_header() {
        InventoryCsv.Checked<EquipmentDraft> c = InventoryCsv.equipment(csv("tipo;serie\nPC;1\n"));
        assertTrue(c.valid().isEmpty());
        assertEquals(List.of(new Rejection(1, "inventory.csv.missingColumns", "codigo_patrimonial, marca, modelo")),
                c.rejected());
    }

    @Test
    void seats_must_be_a_whole_non_negative_number() {
        InventoryCsv.Checked<PoolDraft> c = InventoryCsv.pools(csv("codigo;producto;tipo;puestos_total\n"
                + "A;Antivirus;SUSCRIPCION;-1\nB;Backup;SERVICE;diez\n"));
        assertEquals(List.of(new Rejection(2, "inventory.csv.badNumber", "puestos_total", "-1"),
                new Rejection(3, "inventory.csv.badNumber", "puestos_total", "diez")), c.rejected());
    }

    @Test
    void a_file_that_is_not_utf8_is_refused() {
        byte[] latin1 = "tipo;marca\nPC;Ñandú\n".getBytes(StandardCharsets.ISO_8859_1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvTable.parse(latin1));
        assertEquals("inventory.csv.notUtf8", e.getMessage());
    }
}
