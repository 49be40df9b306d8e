package org.stillwater.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Latency over time as a PNG, drawn with java.awt: one panel per subject (REST writes, event hops), time in
 * seconds since the run started on x, latency in milliseconds on a log scale on y, p99 solid and p50 dashed,
 * the windows of the run shaded and named.
 */
final class LatencyChart {

    static final int WIDTH = 1400;
    static final int PANEL_HEIGHT = 420;
    private static final int LEFT = 80;
    private static final int RIGHT = 300;
    /** Points further apart than this (seconds) are not joined: nothing was measured in between. */
    private static final double GAP = 2.5;
    private static final int TOP = 40;
    private static final int BOTTOM = 40;
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
            new Color(0xff7f0e), new Color(0x8c564b)};

    /** A line: its legend, its points (seconds, milliseconds) and whether it is dashed (p50) or solid (p99). */
    record Line(String label, List<double[]> points, boolean dashed, int color) {
    }

    /** A shaded span of time with a name (a workload or a rate of the ladder). */
    record Band(String label, double from, double to) {
    }

    record Panel(String title, List<Line> lines, List<Band> bands) {
    }

    private LatencyChart() {
    }

    static void write(Path file, List<Panel> panels) {
        List<Panel> drawn = panels.stream().filter(panel -> panel.lines().stream().anyMatch(line -> !line.points().isEmpty())).toList();
        if (drawn.isEmpty()) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double maxX = 0;
        for (Panel panel : drawn) {
            for (Line line : panel.lines()) {
                for (double[] point : line.points()) {
                    minX = Math.min(minX, point[0]);
                    maxX = Math.max(maxX, point[0]);
                }
            }
            for (Band band : panel.bands()) {
                minX = Math.min(minX, band.from());
                maxX = Math.max(maxX, band.to());
            }
        }
        double[] range = {Math.max(0, Math.floor(minX) - 1), Math.max(maxX, minX + 1)};
        BufferedImage image = new BufferedImage(WIDTH, PANEL_HEIGHT * drawn.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < drawn.size(); i++) {
            draw(g, drawn.get(i), i * PANEL_HEIGHT, range);
        }
        g.dispose();
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(Graphics2D g, Panel panel, int offsetY, double[] range) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        double minX = range[0];
        double span = range[1] - range[0];
        int plotHeight = PANEL_HEIGHT - TOP - BOTTOM;
        int top = offsetY + TOP;
        double maxY = 10;
        double minY = 1;
        for (Line line : panel.lines()) {
            for (double[] point : line.points()) {
                maxY = Math.max(maxY, point[1]);
                minY = Math.min(minY, Math.max(0.1, point[1]));
            }
        }
        double logMin = Math.floor(Math.log10(minY));
        double logMax = Math.ceil(Math.log10(maxY));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.setColor(Color.BLACK);
        g.drawString(panel.title(), LEFT, offsetY + 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        int bandsDrawn = 0;
        for (Band band : panel.bands()) {
            int x0 = LEFT + (int) ((band.from() - minX) / span * plotWidth);
            int x1 = LEFT + (int) ((band.to() - minX) / span * plotWidth);
            g.setColor(new Color(0, 0, 0, 18));
            g.fillRect(x0, top, Math.max(1, x1 - x0), plotHeight);
            g.setColor(new Color(90, 90, 90));
            g.setClip(x0, top, Math.max(1, x1 - x0), plotHeight);
            g.drawString(band.label(), x0 + 3, top + 12 + (bandsDrawn++ % 2) * 13);
            g.setClip(null);
        }
        g.setColor(new Color(220, 220, 220));
        for (double exponent = logMin; exponent <= logMax; exponent++) {
            int y = top + plotHeight - (int) ((exponent - logMin) / (logMax - logMin) * plotHeight);
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            double value = Math.pow(10, exponent);
            g.drawString(value >= 1 ? String.format("%.0f ms", value) : String.format("%.1f ms", value), 10, y + 4);
            g.setColor(new Color(220, 220, 220));
        }
        int step = niceStep(span);
        for (int second = (int) (Math.ceil(minX / step) * step); second <= range[1]; second += step) {
            int x = LEFT + (int) ((second - minX) / span * plotWidth);
            g.setColor(new Color(235, 235, 235));
            g.drawLine(x, top, x, top + plotHeight);
            g.setColor(Color.DARK_GRAY);
            g.drawString(second + " s", x - 8, top + plotHeight + 16);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, top, plotWidth, plotHeight);
        int legendY = top + 10;
        for (Line line : panel.lines()) {
            if (line.points().isEmpty()) {
                continue;
            }
            Color color = COLORS[line.color() % COLORS.length];
            g.setColor(color);
            g.setStroke(line.dashed()
                    ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {5, 4}, 0)
                    : new BasicStroke(2f));
            List<int[]> pixels = new ArrayList<>();
            List<Boolean> joined = new ArrayList<>();
            double previousX = Double.NEGATIVE_INFINITY;
            for (double[] point : line.points()) {
                joined.add(point[0] - previousX <= GAP);
                previousX = point[0];
                int x = LEFT + (int) ((point[0] - minX) / span * plotWidth);
                double log = Math.log10(Math.max(Math.pow(10, logMin), point[1]));
                int y = top + plotHeight - (int) ((log - logMin) / (logMax - logMin) * plotHeight);
                pixels.add(new int[] {x, y});
            }
            for (int i = 0; i < pixels.size(); i++) {
                boolean fromPrevious = i > 0 && joined.get(i);
                boolean toNext = i + 1 < pixels.size() && joined.get(i + 1);
                if (fromPrevious) {
                    g.drawLine(pixels.get(i - 1)[0], pixels.get(i - 1)[1], pixels.get(i)[0], pixels.get(i)[1]);
                } else if (!toNext) {
                    g.fillOval(pixels.get(i)[0] - 2, pixels.get(i)[1] - 2, 5, 5);
                }
            }
            g.drawLine(LEFT + plotWidth + 15, legendY, LEFT + plotWidth + 40, legendY);
            g.setStroke(new BasicStroke(1f));
            g.setColor(Color.BLACK);
            g.drawString(line.label(), LEFT + plotWidth + 45, legendY + 4);
            legendY += 18;
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static int niceStep(double span) {
        for (int step : new int[] {1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600}) {
            if (span / step <= 15) {
                return step;
            }
        }
        return 1200;
    }
}
