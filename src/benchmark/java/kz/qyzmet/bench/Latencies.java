package kz.qyzmet.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latency samples in milliseconds; thread-safe appends, percentiles by nearest rank. */
final class Latencies {

  private final List<Double> samples = Collections.synchronizedList(new ArrayList<>());

  void add(long nanos) {
    samples.add(nanos / 1_000_000.0);
  }

  int count() {
    return samples.size();
  }

  double percentile(double p) {
    List<Double> sorted;
    synchronized (samples) {
      sorted = new ArrayList<>(samples);
    }
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("samples", count());
    summary.put("p50Ms", round(percentile(50)));
    summary.put("p95Ms", round(percentile(95)));
    summary.put("p99Ms", round(percentile(99)));
    summary.put("maxMs", round(percentile(100)));
    return summary;
  }

  static double round(double value) {
    return Math.round(value * 10.0) / 10.0;
  }
}
