package app.kehu.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings of repeated runs, reported as median and 95th percentile in milliseconds. */
final class Stopwatch {

    private final List<Long> nanos = new ArrayList<>();

    void time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        nanos.add(System.nanoTime() - start);
    }

    double medianMs() {
        return percentileMs(50);
    }

    double p95Ms() {
        return percentileMs(95);
    }

    private double percentileMs(int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    String summary() {
        return String.format("median %.2f ms, p95 %.2f ms over %d runs", medianMs(), p95Ms(), nanos.size());
    }
}
