package org.sigti.web.catalog;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.sigti.workflow.catalog.CatalogItem;
import org.sigti.workflow.catalog.CatalogQueries;
import org.sigti.workflow.catalog.ProcedureCatalog;

/**
 * "Procedimientos" ({@code /catalog.xhtml?q=}): the procedures of the manuals of the user's institution, those SIGTI
 * runs marked, filtered by a text found in the code or either name (accents and case ignored). At most forty
 * constant rows: filtered here rather than in the database, which does not hold them.
 */
@Named
@RequestScoped
public class CatalogBacking {

    @EJB
    private CatalogQueries catalog;

    private String q;
    private List<CatalogItem> all;
    private List<CatalogItem> rows;

    public List<CatalogItem> getRows() {
        if (rows == null) {
            String text = fold(q);
            rows = all().stream()
                    .filter(i -> text.isEmpty() || Stream.of(i.code(), i.entry().name().es(), i.entry().name().en())
                            .anyMatch(s -> fold(s).contains(text)))
                    .toList();
        }
        return rows;
    }

    public int getTotal() {
        return all().size();
    }

    public long getRunning() {
        return all().stream().filter(CatalogItem::runs).count();
    }

    private List<CatalogItem> all() {
        if (all == null) {
            all = catalog.items();
        }
        return all;
    }

    private static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.length() <= 100 ? q : q.substring(0, 100);
        this.rows = null;
    }
}
