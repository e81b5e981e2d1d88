package org.sigti.workflow.document;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The kinds of document of this deployment: every CDI bean that implements {@link DocumentKind}, by code, found the
 * way {@link org.sigti.workflow.Procedures} finds the procedures. Checks at first use that each kind is well formed
 * and that no two share a code or a prefix (the failure names both).
 */
@ApplicationScoped
public class DocumentKinds {

    /** A case's documents: its procedures' own first, then the kernel's; by code within each. */
    private static final Comparator<DocumentKind> ORDER = Comparator.comparing(DocumentKind::kernel)
            .thenComparing(DocumentKind::code);

    @Inject
    @Any
    Instance<DocumentKind> beans;

    private volatile Map<String, DocumentKind> byCode;

    private Map<String, DocumentKind> byCode() {
        Map<String, DocumentKind> map = byCode;
        if (map == null) {
            map = index(beans);
            byCode = map;
        }
        return map;
    }

    /**
     * The kinds by code, checked.
     *
     * @throws IllegalStateException naming the kinds at fault, when one is malformed or two share a code or a prefix
     */
    static Map<String, DocumentKind> index(Iterable<DocumentKind> kinds) {
        Map<String, DocumentKind> codes = new LinkedHashMap<>();
        Map<String, DocumentKind> prefixes = new HashMap<>();
        for (DocumentKind kind : kinds) {
            try {
                kind.series();
                requireNonNull(kind.name(), "Name is required.");
                requireNonNull(kind.procedures(), "Procedures are required (empty for a kernel kind).");
            } catch (RuntimeException e) {
                throw new IllegalStateException("Document kind " + describe(kind) + " is malformed: "
                        + e.getMessage(), e);
            }
            DocumentKind other = codes.putIfAbsent(kind.code(), kind);
            if (other != null) {
                throw new IllegalStateException("Document kinds " + describe(other) + " and " + describe(kind)
                        + " share the code " + kind.code());
            }
            other = prefixes.putIfAbsent(kind.prefix(), kind);
            if (other != null) {
                throw new IllegalStateException("Document kinds " + describe(other) + " and " + describe(kind)
                        + " share the prefix " + kind.prefix());
            }
        }
        return Map.copyOf(codes);
    }

    /** "CODE (its class)", without the container's proxy suffix. */
    static String describe(DocumentKind kind) {
        String type = kind.getClass().getName();
        int proxy = type.indexOf("$Proxy$");
        return kind.code() + " (" + (proxy < 0 ? type : type.substring(0, proxy)) + ")";
    }

    public Optional<DocumentKind> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode().get(code));
    }

    /** Every kind, the procedures' first. */
    public List<DocumentKind> all() {
        return byCode().values().stream().sorted(ORDER).toList();
    }

    /** Whether a kind may appear on the case: a kernel kind, or one of a procedure the case went through. */
    public static boolean belongs(DocumentKind kind, CaseFacts facts) {
        return kind.kernel() || kind.procedures().stream().anyMatch(facts::went);
    }

    /** The documents the case has now: the kinds that belong to it and are available on it. */
    public List<DocumentKind> of(CaseFacts facts) {
        return of(all(), facts);
    }

    static List<DocumentKind> of(List<DocumentKind> kinds, CaseFacts facts) {
        return kinds.stream().filter(k -> belongs(k, facts) && k.availableOn(facts)).sorted(ORDER).toList();
    }
}
