package org.sigti.web.home;

import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sigti.request.RequestRow;

/** A PrimeFaces lazy model over one of the paged request queries: the database pages, the screen only shows. */
class RequestLazyModel extends LazyDataModel<RequestRow> {

    private static final long serialVersionUID = 1L;

    /** The page query, as the service offers it. */
    interface PageQuery {
        List<RequestRow> page(int first, int pageSize);
    }

    private final transient LongSupplier count;
    private final transient PageQuery page;

    RequestLazyModel(LongSupplier count, PageQuery page) {
        this.count = count;
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.getAsLong());
    }

    @Override
    public List<RequestRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return page.page(first, pageSize);
    }

    @Override
    public String getRowKey(RequestRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public RequestRow getRowData(String rowKey) {
        // rows are not selectable on the home page; a forged row key selects nothing
        return null;
    }
}
