package kz.qyzmet.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The application started in a JVM of its own, as production starts it (profile postgres, webapps on, the job
 * executor on), to measure start-up honestly: from launching {@code java} to {@code /actuator/health/readiness}
 * answering UP, and Spring's own "Started ... in N seconds".
 */
final class ChildNode {

  private static final Pattern STARTED = Pattern.compile("Started QyzmetApplication in ([0-9.]+) seconds");

  static Map<String, Object> measureStartup(String label, String dbUrl, String dbUser, String dbPassword, Path log)
      throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String classpath = Arrays.stream(System.getProperty("surefire.test.class.path",
            System.getProperty("java.class.path")).split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes")) // the application's own classpath, no test code
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath, "kz.qyzmet.QyzmetApplication",
        "--server.port=" + port,
        "--logging.file.name=" + log.toAbsolutePath().toString().replace(".log", "-app.log")));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
    builder.environment().put("QYZMET_DB_URL", dbUrl);
    builder.environment().put("QYZMET_DB_USER", dbUser);
    builder.environment().put("QYZMET_DB_PASSWORD", dbPassword == null ? "" : dbPassword);
    builder.environment().put("QYZMET_ADMIN_USER", "admin");
    builder.environment().put("QYZMET_ADMIN_PASSWORD", "Qyzmet-Bench-Pass-7");

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long launched = System.nanoTime();
    Process process = builder.start();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("label", label);
    try {
      double readySeconds = Double.NaN;
      long giveUp = launched + Duration.ofMinutes(5).toNanos();
      while (System.nanoTime() < giveUp && process.isAlive()) {
        try {
          var response = http.send(HttpRequest.newBuilder(
                  URI.create("http://localhost:" + port + "/actuator/health/readiness")).GET().build(),
              HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() == 200) {
            readySeconds = (System.nanoTime() - launched) / 1e9;
            break;
          }
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(100);
      }
      result.put("readySeconds", Latencies.round(readySeconds));
      Matcher started = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
      result.put("springStartedSeconds", started.find() ? Double.parseDouble(started.group(1)) : null);
      if (!Double.isNaN(readySeconds)) {
        result.put("heapUsedMiB", heapUsedMiB(http, port));
      } else {
        result.put("error", "not ready within 5 minutes; see " + log);
      }
    } finally {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    return result;
  }

  /** The heap used that Micrometer reports at /actuator/prometheus (jvm_memory_used_bytes, area heap). */
  private static Double heapUsedMiB(HttpClient http, int port) {
    try {
      var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:Qyzmet-Bench-Pass-7".getBytes()))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
      double bytes = response.body().lines().filter(l -> l.startsWith("jvm_memory_used_bytes{area=\"heap\""))
          .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
      return Latencies.round(bytes / 1024 / 1024);
    } catch (Exception e) {
      return null;
    }
  }
}
