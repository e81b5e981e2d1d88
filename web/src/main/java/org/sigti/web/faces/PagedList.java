package org.sigti.web.faces;

import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Function;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A PrimeFaces lazy model over a service that pages itself: the database or directory pages, the screen shows. */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The service's page query. */
    @FunctionalInterface
    public interface PageQuery<T> {
        List<T> page(int first, int pageSize);
    }

    private final transient LongSupplier count;
    private final transient PageQuery<T> page;
    private final transient Function<T, String> key;

    public PagedList(LongSupplier count, PageQuery<T> page, Function<T, String> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.getAsLong());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        // rows of these lists are not selectable: a forged row key selects nothing
        return null;
    }
}
