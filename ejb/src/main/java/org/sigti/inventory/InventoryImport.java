package org.sigti.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;

/**
 * CSV import of equipment and license pools, <b>all or nothing</b>: every row is checked (columns, required values,
 * kinds, dates, numbers, codes repeated in the file or already stored, platforms of the catalog); if any row is
 * rejected nothing is stored and the report lists each rejected row with its line and reason, so the person fixes
 * the file and imports it again whole. A file with no rejection is stored in this one transaction. Why not "the
 * valid rows only": a partial import leaves the person to work out which lines went in, and a second import of the
 * corrected file would then fail on the codes the first one stored.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class InventoryImport {

    /** The largest file accepted (the screen's upload limit is the same). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.sigti.security.trail.TrailLedgers ledgers;

    @Resource
    SessionContext context;

    @jakarta.ejb.EJB
    org.sigti.people.InstitutionScope scope;

    Clock clock = Clock.systemUTC();

    public ImportReport importEquipment(byte[] content) {
        CsvTable table = table(content);
        if (table == null) {
            return fileProblem(content);
        }
        InventoryCsv.Checked<EquipmentDraft> checked = InventoryCsv.equipment(table);
        List<Rejection> rejected = new ArrayList<>(checked.rejected());
        List<InventoryCsv.Valid<EquipmentDraft>> valid = checked.valid();
        String institution = scope.caller();
        Set<String> takenCodes = existing(institution, valid, v -> Equipment.normalizedCode(v.value().code()),
                "select e.patrimonialCode from Equipment e where e.institutionCode = :institution"
                        + " and e.patrimonialCode in :values");
        Set<String> takenSerials = new HashSet<>();
        for (List<InventoryCsv.Valid<EquipmentDraft>> batch : batches(valid)) {
            em.createQuery("select e.kind, e.brand, e.serial from Equipment e where e.institutionCode = :institution"
                    + " and e.serial in :values", Object[].class).setParameter("institution", institution)
                    .setParameter("values", batch.stream().map(v -> Equipment.normalizedCode(v.value().serial()))
                            .toList())
                    .getResultStream().forEach(r -> takenSerials.add(r[0] + "|"
                            + ((String) r[1]).toUpperCase(Locale.ROOT) + "|" + r[2]));
        }
        for (InventoryCsv.Valid<EquipmentDraft> v : valid) {
            EquipmentDraft d = v.value();
            if (takenCodes.contains(Equipment.normalizedCode(d.code()))) {
                rejected.add(new Rejection(v.line(), "inventory.csv.codeTaken", d.code()));
            }
            if (takenSerials.contains(d.kind() + "|" + d.brand().toUpperCase(Locale.ROOT) + "|"
                    + Equipment.normalizedCode(d.serial()))) {
                rejected.add(new Rejection(v.line(), "inventory.csv.serialTaken", d.serial()));
            }
        }
        if (!rejected.isEmpty() || valid.isEmpty()) {
            return refused(checked.rows(), rejected);
        }
        String me = context.getCallerPrincipal().getName();
        Instant now = clock.instant();
        int n = 0;
        for (InventoryCsv.Valid<EquipmentDraft> v : valid) {
            EquipmentRegistry.store(em, ledgers, institution, v.value(), me, now);
            if (++n % BATCH == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        return new ImportReport(checked.rows(), valid.size(), List.of());
    }

    public ImportReport importPools(byte[] content) {
        CsvTable table = table(content);
        if (table == null) {
            return fileProblem(content);
        }
        InventoryCsv.Checked<PoolDraft> checked = InventoryCsv.pools(table);
        List<Rejection> rejected = new ArrayList<>(checked.rejected());
        List<InventoryCsv.Valid<PoolDraft>> valid = checked.valid();
        String institution = scope.caller();
        Set<String> takenCodes = existing(institution, valid, v -> Equipment.normalizedCode(v.value().code()),
                "select p.code from LicensePool p where p.institutionCode = :institution and p.code in :values");
        Set<String> platforms = new HashSet<>(em.createQuery("select s.code from ItSystem s"
                + " where s.institutionCode = :institution", String.class).setParameter("institution", institution)
                .getResultList());
        for (InventoryCsv.Valid<PoolDraft> v : valid) {
            PoolDraft d = v.value();
            if (takenCodes.contains(Equipment.normalizedCode(d.code()))) {
                rejected.add(new Rejection(v.line(), "inventory.csv.codeTaken", d.code()));
            }
            if (d.platform() != null && !platforms.contains(d.platform().toUpperCase(Locale.ROOT))) {
                rejected.add(new Rejection(v.line(), "inventory.csv.platformUnknown", d.platform()));
            }
        }
        if (!rejected.isEmpty() || valid.isEmpty()) {
            return refused(checked.rows(), rejected);
        }
        Instant now = clock.instant();
        for (InventoryCsv.Valid<PoolDraft> v : valid) {
            LicensePools.store(em, institution, v.value(), now);
        }
        em.flush();
        return new ImportReport(checked.rows(), valid.size(), List.of());
    }

    private CsvTable table(byte[] content) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            return null;
        }
        try {
            CsvTable t = CsvTable.parse(content);
            return t.rows().size() > MAX_ROWS ? null : t;
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** The report of a file refused whole (empty, too large, too many rows, not UTF-8). */
    private static ImportReport fileProblem(byte[] content) {
        if (content == null || content.length == 0) {
            return refused(0, List.of(new Rejection(1, "inventory.csv.empty")));
        }
        if (content.length > MAX_BYTES) {
            return refused(0, List.of(new Rejection(1, "inventory.csv.tooLarge", String.valueOf(MAX_BYTES / 1024))));
        }
        try {
            int rows = CsvTable.parse(content).rows().size();
            return refused(rows, List.of(new Rejection(1, "inventory.csv.tooManyRows", String.valueOf(MAX_ROWS))));
        } catch (IllegalArgumentException e) {
            return refused(0, List.of(new Rejection(1, e.getMessage())));
        }
    }

    private static ImportReport refused(int rows, List<Rejection> rejected) {
        List<Rejection> sorted = new ArrayList<>(rejected);
        sorted.sort(Comparator.comparingInt(Rejection::line));
        if (sorted.isEmpty()) {
            sorted.add(new Rejection(1, "inventory.csv.noRows"));
        }
        return new ImportReport(rows, 0, List.copyOf(sorted));
    }

    private <T> Set<String> existing(String institution, List<T> rows, Function<T, String> key, String jpql) {
        Set<String> found = new HashSet<>();
        for (List<T> batch : batches(rows)) {
            found.addAll(em.createQuery(jpql, String.class).setParameter("institution", institution)
                    .setParameter("values", batch.stream().map(key).toList()).getResultList());
        }
        return found;
    }

    private static <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += BATCH) {
            out.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
        return out;
    }
}
