package org.sigti.dashboard;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a dashboard table as a bar chart, PNG, on the server (headless): one group of bars per row, one bar per
 * charted column. The same picture is shown on the screen and embedded in the PDF export. Opaque RGB, so it prints
 * in PDF/A as it is. Stateless.
 */
public final class DashboardCharts {

    /** The picture's size in pixels. */
    public static final int WIDTH = 900;
    public static final int HEIGHT = 420;
    /** Row labels longer than this are shortened on the axis (the table beside it has them whole). */
    static final int LABEL_MAX = 28;
    private static final Color[] PALETTE = {new Color(0x1f, 0x4e, 0x79), new Color(0xc5, 0x5a, 0x11),
        new Color(0x54, 0x82, 0x35), new Color(0x7f, 0x3f, 0x98), new Color(0x99, 0x99, 0x99)};

    private DashboardCharts() {
    }

    /** The chart of {@code data} as PNG bytes. */
    public static byte[] png(ChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartData.Series s : data.series()) {
            for (int i = 0; i < data.labels().size(); i++) {
                Double v = s.values().get(i);
                // the row's position keeps two rows with the same shortened label apart
                dataset.addValue(v, s.name(), new Category(i, shorten(data.labels().get(i))));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(data.title(), null, data.percent() ? "%" : null, dataset,
                PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setNoDataMessage(data.labels().isEmpty() ? "—" : null);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setCategoryLabelPositions(data.labels().size() > 6 ? CategoryLabelPositions.UP_45
                : CategoryLabelPositions.STANDARD);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (data.percent()) {
            range.setRange(0, 100);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < data.series().size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String shorten(String label) {
        return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1) + "…";
    }

    /** A category of the chart: shown by its label, told apart by its row. */
    private record Category(int row, String label) implements Comparable<Category> {
        @Override
        public String toString() {
            return label;
        }

        @Override
        public int compareTo(Category other) {
            return Integer.compare(row, other.row);
        }
    }
}
