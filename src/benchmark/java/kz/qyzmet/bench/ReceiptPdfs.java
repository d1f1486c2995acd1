package kz.qyzmet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.directory.OfficeStore;
import kz.qyzmet.documents.Documents;
import kz.qyzmet.documents.PdfRenderer;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ApplicationContext;

/**
 * Issue 21, point 5: the receipt PDF (item 14.2) under load. A few S01 cases are applied for as the intake API does
 * (each issues its receipt's XHTML in the case's transaction); then, with 1 and with 4 client threads at once (4
 * threads on the 2-core machine is the load): the receipt generated again from a case's variables as the intake and
 * its first print do ({@link Documents#receipt} and {@link PdfRenderer#pdf}: template, layout, fonts, PDF/A), and the
 * issued receipt read over HTTP as the applicant's printout ({@code GET /api/applications/{key}/documents/receipt};
 * the warm-up's reads are each case's first print, which renders and keeps the PDF).
 */
record ReceiptPdfs(Settings settings, ApplicationContext node, Cases cases, int port, String adminAuth) {

  Map<String, Object> run(List<String[]> table) throws Exception {
    ProcessEngine engine = node.getBean(ProcessEngine.class);
    Documents documents = node.getBean(Documents.class);
    PdfRenderer renderer = node.getBean(PdfRenderer.class);
    OfficeStore offices = node.getBean(OfficeStore.class);
    int count = Integer.getInteger("bench.receipt.cases", 20);
    List<String> keys = new ArrayList<>();
    List<Map<String, Object>> variables = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String key = cases.startS01(cases.places.get(i % cases.places.size()), "psc", Instant.now());
      keys.add(key);
      String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("S01")
          .processInstanceBusinessKey(key).singleResult().getId();
      variables.add(engine.getRuntimeService().getVariables(instance));
    }
    HttpClient http = HttpClient.newHttpClient();
    AtomicInteger next = new AtomicInteger();
    IntSupplier render = () -> {
      Map<String, Object> v = variables.get(Math.floorMod(next.getAndIncrement(), variables.size()));
      Documents.Draft draft = documents.receipt(v::get, "kk", null,
          offices.find((String) v.get(CaseVariables.INTAKE_OFFICE_ID)).orElse(null), Instant.now());
      return renderer.pdf(draft.template(), draft.model(), draft.language()).length;
    };
    IntSupplier read = () -> get(http, "http://localhost:" + port + "/api/applications/"
        + keys.get(Math.floorMod(next.getAndIncrement(), keys.size())) + "/documents/receipt");
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("cases", count);
    figures.put("p95TargetMs", 150);
    for (int threads : new int[] {1, 4}) {
      Map<String, Object> rendered = sample("receipt PDF generated, " + threads + " thread(s)", threads, render);
      Map<String, Object> served = sample("GET .../documents/receipt, " + threads + " thread(s)", threads, read);
      figures.put("generated" + threads, rendered);
      figures.put("served" + threads, served);
      for (var entry : List.of(Map.entry("generated (Documents.receipt + PdfRenderer)", rendered),
          Map.entry("GET /api/applications/{key}/documents/receipt", served))) {
        double p95 = (double) entry.getValue().get("p95Ms");
        table.add(new String[] {"Receipt PDF " + entry.getKey() + ", " + threads + " client thread"
            + (threads == 1 ? "" : "s") + ", p50 / p95", entry.getValue().get("p50Ms") + " / " + p95 + " ms ("
            + entry.getValue().get("bytes") + " bytes)", "p95 ≤ 150 ms", p95 <= 150 ? "yes" : "NO"});
      }
    }
    return figures;
  }

  /** Warm-up of 20 calls, then {@code bench.receipt.samples} (default 200) calls spread over the threads. */
  private Map<String, Object> sample(String what, int threads, IntSupplier call) throws Exception {
    for (int i = 0; i < 20; i++) {
      call.getAsInt();
    }
    int samples = Integer.getInteger("bench.receipt.samples", 200);
    Latencies latencies = new Latencies();
    int[] bytes = new int[1];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        for (int i = 0; i < samples / threads; i++) {
          long t0 = System.nanoTime();
          int size = call.getAsInt();
          latencies.add(System.nanoTime() - t0);
          bytes[0] = size;
        }
        return null;
      }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    Map<String, Object> figures = new LinkedHashMap<>(latencies.summary());
    figures.put("threads", threads);
    figures.put("perSecond", Latencies.round(latencies.count() / ((System.nanoTime() - start) / 1e9)));
    figures.put("bytes", bytes[0]);
    QyzmetBenchmark.log("  " + what + ": " + figures);
    return figures;
  }

  private int get(HttpClient http, String url) {
    try {
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept",
          "application/pdf").header("Authorization", adminAuth).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(url + " answered " + response.statusCode());
      }
      return response.body().length;
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
