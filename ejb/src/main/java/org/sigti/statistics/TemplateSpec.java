package org.sigti.statistics;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import org.sigti.statistics.StatColumn.Type;
import org.sigti.statistics.StatTemplate.TotalRule;

/** A template as the validator and the downloads read it: its columns in order and its total rule. */
public record TemplateSpec(long id, String code, String name, TotalRule totalRule, List<ColumnSpec> columns)
        implements Serializable {

    /** A column: header name, type, the codes a CODE column accepts, whether a cell may be empty. */
    public record ColumnSpec(String name, Type type, String codeList, Set<String> codes, boolean required)
            implements Serializable {
        public ColumnSpec {
            codes = codes == null ? Set.of() : Set.copyOf(codes);
        }
    }

    public TemplateSpec {
        columns = List.copyOf(columns);
    }

    /** The header row a file must have. */
    public List<String> header() {
        return columns.stream().map(ColumnSpec::name).toList();
    }
}
