package org.stillwater.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Latency over time as a PNG, drawn with JFreeChart: one chart per subject (REST writes, event hops), one under the
 * other on the same time axis (seconds since the run started), latency in milliseconds on a log scale, p99 solid and p50 dashed, the
 * windows of the run shaded and named.
 */
final class LatencyChart {

    static final int WIDTH = 1400;
    static final int PANEL_HEIGHT = 420;
    /** Points further apart than this (seconds) are not joined: nothing was measured in between. */
    private static final double GAP = 2.5;
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
            new Color(0xff7f0e), new Color(0x8c564b)};

    /** A line: its legend, its points (seconds, milliseconds) and whether it is dashed (p50) or solid (p99). */
    record Line(String label, List<double[]> points, boolean dashed, int color) {
    }

    /** A shaded span of time with a name (a workload or a rate of the ladder). */
    record Band(String label, double from, double to) {
    }

    /** One chart: its title, what its latency axis measures (e.g. "REST write, ms"), its lines and bands. */
    record Panel(String title, String latencyAxis, List<Line> lines, List<Band> bands) {

        /** The seconds its points and bands cover. */
        Stream<Double> seconds() {
            return Stream.concat(lines.stream().flatMap(line -> line.points().stream()).map(point -> point[0]),
                    bands.stream().flatMap(band -> Stream.of(band.from(), band.to())));
        }
    }

    private LatencyChart() {
    }

    /** Writes the panels that have at least one point, one under the other; writes nothing when none has. */
    static void write(Path file, List<Panel> panels) {
        List<Panel> drawn = panels.stream().filter(panel -> panel.lines().stream().anyMatch(line -> !line.points().isEmpty())).toList();
        if (drawn.isEmpty()) {
            return;
        }
        double from = drawn.stream().flatMap(Panel::seconds).min(Double::compare).orElseThrow();
        double to = drawn.stream().flatMap(Panel::seconds).max(Double::compare).orElseThrow();
        BufferedImage image = new BufferedImage(WIDTH, PANEL_HEIGHT * drawn.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        for (int i = 0; i < drawn.size(); i++) {
            JFreeChart chart = new JFreeChart(drawn.get(i).title(), new Font(Font.SANS_SERIF, Font.BOLD, 15),
                    panelPlot(drawn.get(i), Math.max(0, Math.floor(from) - 1), Math.max(to, from + 1)), true);
            chart.setBackgroundPaint(Color.WHITE);
            chart.draw(graphics, new Rectangle2D.Double(0, i * PANEL_HEIGHT, WIDTH, PANEL_HEIGHT));
        }
        graphics.dispose();
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XYPlot panelPlot(Panel panel, double fromSecond, double toSecond) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        // Small dots as well as lines, so that a point with no neighbour within GAP still shows.
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (Line line : panel.lines()) {
            if (line.points().isEmpty()) {
                continue;
            }
            int index = dataset.getSeriesCount();
            dataset.addSeries(series(line));
            renderer.setSeriesPaint(index, COLORS[line.color() % COLORS.length]);
            renderer.setSeriesShape(index, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
            renderer.setSeriesStroke(index, line.dashed()
                    ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {5, 4}, 0)
                    : new BasicStroke(2f));
        }
        LogAxis milliseconds = new LogAxis(panel.latencyAxis());
        milliseconds.setSmallestValue(0.1);
        milliseconds.setBase(10);
        // Ticks at the powers of ten: 1 ms, 10 ms, 100 ms, ...
        milliseconds.setTickUnit(new NumberTickUnit(1));
        milliseconds.setNumberFormatOverride(new DecimalFormat("0.#"));
        NumberAxis seconds = new NumberAxis("seconds since the run started");
        seconds.setRange(fromSecond, toSecond);
        XYPlot plot = new XYPlot(dataset, seconds, milliseconds, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        plot.setDomainGridlinePaint(new Color(235, 235, 235));
        int bandsDrawn = 0;
        for (Band band : panel.bands()) {
            // Neighbouring bands alternate in shade, so where one ends and the next begins shows.
            IntervalMarker marker = new IntervalMarker(band.from(), band.to(), new Color(0, 0, 0, bandsDrawn % 2 == 0 ? 14 : 32));
            marker.setLabel(band.label());
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelPaint(new Color(90, 90, 90));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(2 + 13 * (bandsDrawn++ % 2), 3, 2, 2));
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
        return plot;
    }

    /** The line's points, with a break (a null value, which the renderer does not join) across every gap. */
    private static XYSeries series(Line line) {
        XYSeries series = new XYSeries(line.label(), false, true);
        double previous = Double.NEGATIVE_INFINITY;
        for (double[] point : line.points()) {
            if (point[0] - previous > GAP && previous != Double.NEGATIVE_INFINITY) {
                series.add((previous + point[0]) / 2, null);
            }
            series.add(point[0], Math.max(0.1, point[1]));
            previous = point[0];
        }
        return series;
    }
}
