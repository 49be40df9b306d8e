package org.stillwater.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyChartTest {

    @TempDir
    Path directory;

    @Test
    void drawsOnePanelPerSubjectWithPointsAsOnePng() throws IOException {
        Path file = directory.resolve("latency.png");
        LatencyChart.Panel writes = new LatencyChart.Panel("REST writes", "REST write, ms", List.of(
                new LatencyChart.Line("start p99", List.of(new double[] {1, 12}, new double[] {2, 30}, new double[] {9, 4}), false, 0),
                new LatencyChart.Line("start p50", List.of(new double[] {1, 3}, new double[] {2, 5}), true, 0)),
                List.of(new LatencyChart.Band("start 100/s", 0, 5)));
        LatencyChart.Panel hops = new LatencyChart.Panel("Event hops", "event hop, ms", List.of(
                new LatencyChart.Line("hops p99", List.of(new double[] {3, 250}), false, 3)), List.of());

        LatencyChart.write(file, List.of(writes, hops));

        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(LatencyChart.WIDTH, image.getWidth());
        assertEquals(2 * LatencyChart.PANEL_HEIGHT, image.getHeight());
    }

    @Test
    void writesNothingWhenNoPanelHasAPoint() {
        Path file = directory.resolve("latency.png");

        LatencyChart.write(file, List.of(new LatencyChart.Panel("REST writes", "REST write, ms",
                List.of(new LatencyChart.Line("start p99", List.of(), false, 0)), List.of())));

        assertFalse(Files.exists(file));
    }
}
