package org.sigti.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of an equipment or license-pool CSV file checked one by one, without the database: required columns,
 * lengths, kinds and types, dates ({@link InventoryDates}), numbers, and codes repeated inside the file. Column
 * names are Spanish (as in the downloadable templates) or English; kinds and types are the English constants or
 * their Spanish words. The database checks (codes already stored, platforms of the catalog) are the import
 * service's.
 */
public final class InventoryCsv {

    public static final String EQUIPMENT_HEADER = "tipo;serie;codigo_patrimonial;marca;modelo;ubicacion;custodio;"
            + "nombre_custodio;unidad_custodio;adquirido_el;garantia_hasta";
    public static final String POOL_HEADER = "codigo;producto;tipo;puestos_total;vencimiento;proveedor;plataforma";

    /** A valid row. */
    public record Valid<T>(int line, T value) {
    }

    /** The valid rows and the rejections of one file. */
    public record Checked<T>(List<Valid<T>> valid, List<Rejection> rejected, int rows) {
    }

    private static final Map<String, EquipmentKind> KINDS = new HashMap<>();
    private static final Map<String, LicenseType> TYPES = new HashMap<>();

    static {
        for (EquipmentKind k : EquipmentKind.values()) {
            KINDS.put(k.name(), k);
        }
        KINDS.put("COMPUTADORA", EquipmentKind.COMPUTER);
        KINDS.put("PC", EquipmentKind.COMPUTER);
        KINDS.put("PORTATIL", EquipmentKind.LAPTOP);
        KINDS.put("IMPRESORA", EquipmentKind.PRINTER);
        KINDS.put("TELEFONO", EquipmentKind.PHONE);
        KINDS.put("EQUIPO_DE_RED", EquipmentKind.NETWORK_DEVICE);
        KINDS.put("RED", EquipmentKind.NETWORK_DEVICE);
        KINDS.put("TOKEN", EquipmentKind.CERT_TOKEN);
        KINDS.put("TARJETA_CRIPTOGRAFICA", EquipmentKind.CERT_TOKEN);
        KINDS.put("OTRO", EquipmentKind.OTHER);
        for (LicenseType t : LicenseType.values()) {
            TYPES.put(t.name(), t);
        }
        TYPES.put("POR_USUARIO", LicenseType.PER_USER);
        TYPES.put("POR_EQUIPO", LicenseType.PER_DEVICE);
        TYPES.put("SUSCRIPCION", LicenseType.SUBSCRIPTION);
        TYPES.put("SERVICIO", LicenseType.SERVICE);
    }

    private InventoryCsv() {
    }

    public static Checked<EquipmentDraft> equipment(CsvTable table) {
        Columns c = new Columns(table);
        int kind = c.need("tipo", "kind");
        int serial = c.need("serie", "serial");
        int code = c.need("codigo_patrimonial", "codigo", "code");
        int brand = c.need("marca", "brand");
        int model = c.need("modelo", "model");
        int location = c.may("ubicacion", "location");
        int custodian = c.may("custodio", "custodian");
        int custodianName = c.may("nombre_custodio", "custodian_name");
        int unit = c.may("unidad_custodio", "custodian_unit");
        int acquired = c.may("adquirido_el", "fecha_adquisicion", "acquired_on");
        int warranty = c.may("garantia_hasta", "warranty_until");
        if (!c.missing.isEmpty()) {
            return c.headerProblem(table);
        }
        List<Valid<EquipmentDraft>> valid = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> serials = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Cells r = new Cells(row, table.header(), rejected);
            if (!r.widthOk()) {
                continue;
            }
            EquipmentKind k = r.text(kind, true, 20) == null ? null
                    : r.lookup(kind, KINDS, "inventory.csv.badKind");
            String s = r.text(serial, true, Equipment.SERIAL_MAXLENGTH);
            String cd = r.text(code, true, Equipment.CODE_MAXLENGTH);
            String b = r.text(brand, true, Equipment.BRAND_MAXLENGTH);
            String m = r.text(model, true, Equipment.MODEL_MAXLENGTH);
            String loc = r.text(location, false, Equipment.LOCATION_MAXLENGTH);
            String cu = r.text(custodian, false, Equipment.USERNAME_MAXLENGTH);
            String cn = r.text(custodianName, false, Equipment.NAME_MAXLENGTH);
            String un = r.text(unit, false, 20);
            LocalDate acq = r.date(acquired);
            LocalDate war = r.date(warranty);
            if (acq != null && war != null && war.isBefore(acq)) {
                r.reject("inventory.csv.warrantyBeforeAcquired", war.toString(), acq.toString());
            }
            if (cd != null) {
                r.once(codes, Equipment.normalizedCode(cd), code, cd);
            }
            if (k != null && s != null && b != null) {
                r.once(serials, k + "|" + b.toUpperCase(Locale.ROOT) + "|" + Equipment.normalizedCode(s), serial, s);
            }
            if (r.ok()) {
                valid.add(new Valid<>(row.line(), new EquipmentDraft(k, s, cd, b, m, loc, acq, war, cu, cn, un)));
            }
        }
        return new Checked<>(valid, rejected, table.rows().size());
    }

    public static Checked<PoolDraft> pools(CsvTable table) {
        Columns c = new Columns(table);
        int code = c.need("codigo", "code");
        int product = c.need("producto", "product");
        int type = c.need("tipo", "type");
        int seats = c.need("puestos_total", "puestos", "seats_total", "seats");
        int expiry = c.may("vencimiento", "expires_on", "expiry");
        int vendor = c.may("proveedor", "vendor");
        int platform = c.may("plataforma", "platform");
        if (!c.missing.isEmpty()) {
            return c.headerProblem(table);
        }
        List<Valid<PoolDraft>> valid = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Cells r = new Cells(row, table.header(), rejected);
            if (!r.widthOk()) {
                continue;
            }
            String cd = r.text(code, true, LicensePool.CODE_MAXLENGTH);
            String p = r.text(product, true, LicensePool.PRODUCT_MAXLENGTH);
            LicenseType t = r.text(type, true, 20) == null ? null : r.lookup(type, TYPES, "inventory.csv.badType");
            Integer n = r.number(seats, LicensePools.MAX_SEATS);
            LocalDate exp = r.date(expiry);
            String v = r.text(vendor, false, LicensePool.VENDOR_MAXLENGTH);
            String pl = r.text(platform, false, 30);
            if (cd != null) {
                r.once(codes, Equipment.normalizedCode(cd), code, cd);
            }
            if (r.ok()) {
                valid.add(new Valid<>(row.line(), new PoolDraft(cd, p, t, n, exp, v, pl)));
            }
        }
        return new Checked<>(valid, rejected, table.rows().size());
    }

    /** The header's columns, and the required ones it lacks. */
    private static final class Columns {
        private final CsvTable table;
        private final List<String> missing = new ArrayList<>();

        Columns(CsvTable table) {
            this.table = table;
        }

        int need(String... names) {
            int i = table.column(names);
            if (i < 0) {
                missing.add(names[0]);
            }
            return i;
        }

        int may(String... names) {
            return table.column(names);
        }

        <T> Checked<T> headerProblem(CsvTable t) {
            return new Checked<>(List.of(), List.of(new Rejection(1, "inventory.csv.missingColumns",
                    String.join(", ", missing))), t.rows().size());
        }
    }

    /** The cells of one row, collecting its rejections. */
    private static final class Cells {
        private final CsvTable.Row row;
        private final List<String> header;
        private final List<Rejection> rejected;
        private final int before;

        Cells(CsvTable.Row row, List<String> header, List<Rejection> rejected) {
            this.row = row;
            this.header = header;
            this.rejected = rejected;
            this.before = rejected.size();
        }

        boolean widthOk() {
            if (row.values().size() != header.size()) {
                reject("inventory.csv.width", String.valueOf(row.values().size()), String.valueOf(header.size()));
                return false;
            }
            return true;
        }

        String raw(int column) {
            if (column < 0) {
                return null;
            }
            String v = row.values().get(column).strip();
            return v.isEmpty() ? null : v;
        }

        String text(int column, boolean required, int max) {
            String v = raw(column);
            if (v == null && required) {
                reject("inventory.csv.required", header.get(column));
            } else if (v != null && v.length() > max) {
                reject("inventory.csv.tooLong", header.get(column), String.valueOf(max));
                return null;
            }
            return v;
        }

        <T> T lookup(int column, Map<String, T> values, String key) {
            String v = raw(column);
            T found = values.get(CsvTable.columnName(v).toUpperCase(Locale.ROOT));
            if (found == null) {
                reject(key, v);
            }
            return found;
        }

        LocalDate date(int column) {
            String v = raw(column);
            if (v == null) {
                return null;
            }
            Optional<LocalDate> d = InventoryDates.parse(v);
            if (d.isEmpty()) {
                reject("inventory.csv.badDate", header.get(column), v);
            }
            return d.orElse(null);
        }

        Integer number(int column, int max) {
            String v = raw(column);
            if (v == null) {
                reject("inventory.csv.required", header.get(column));
                return null;
            }
            try {
                int n = Integer.parseInt(v);
                if (n >= 0 && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            reject("inventory.csv.badNumber", header.get(column), v);
            return null;
        }

        void once(Map<String, Integer> seen, String key, int column, String shown) {
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                reject("inventory.csv.repeated", header.get(column), shown, String.valueOf(first));
            }
        }

        void reject(String key, String... args) {
            rejected.add(new Rejection(row.line(), key, args));
        }

        boolean ok() {
            return rejected.size() == before;
        }
    }
}
