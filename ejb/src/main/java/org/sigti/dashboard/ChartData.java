package org.sigti.dashboard;

import java.io.Serializable;
import java.util.List;

/**
 * A table as the reader sees it, in their language, for a chart and a PDF: its title, the filter in words, the column
 * headings, each row's label and cells as written, and the charted series (a heading and one value per row; a
 * missing value is not drawn). Built by the screen from a {@link FigureTable}.
 */
public record ChartData(String title, String subtitle, List<String> headings, List<String> labels,
        List<List<String>> cells, List<Series> series, boolean percent) implements Serializable {

    /** One series of the chart: its name and a value per row (null: none). */
    public record Series(String name, List<Double> values) implements Serializable {
    }

    public ChartData {
        headings = List.copyOf(headings);
        labels = List.copyOf(labels);
        cells = cells.stream().map(List::copyOf).toList();
        series = List.copyOf(series);
    }
}
