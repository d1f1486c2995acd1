package kz.qyzmet.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.messages.Messages;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A case's region and district are the application's, checked against the directory when the case starts
 * ({@link Intake}, kz.qyzmet.directory.AddressDirectory). The engine's REST API (and the webapps' copy of it) would let
 * anyone who may update a task or an instance write them afterwards with any value, e.g.
 * {@code PUT /task/{id}/variables/district}: such a change is refused with 400 naming the field, for the variable
 * endpoints of process instances, executions and tasks and for a task's completion or form submission carrying them.
 * Starts are not concerned (the start listeners check them); a case that belongs to another district is a new
 * application.
 */
@Configuration(proxyBeanMethods = false)
class AddressVariablesGuard {

  static final List<String> FIELDS = List.of(CaseVariables.REGION, CaseVariables.DISTRICT);
  private static final int MAX_BODY = 1 << 20;

  /** One variable by name: PUT (set), DELETE, POST (binary data). */
  private static final Pattern ONE = Pattern.compile(
      ".*/(process-instance|execution|task)/[^/]+/(variables|localVariables)/([^/]+)(/data)?/?");
  /** Several variables: modifications and deletions. */
  private static final Pattern MANY = Pattern.compile(".*/(process-instance|execution|task)/[^/]+/(variables|localVariables)/?");
  /** A task completed with variables. */
  private static final Pattern TASK = Pattern.compile(".*/task/[^/]+/(complete|submit-form|resolve)/?");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> addressVariablesGuardFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Guard());
    registration.setName("qyzmet-address-variables-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
    return registration;
  }

  static final class Guard extends OncePerRequestFilter {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String method = request.getMethod();
      String path = request.getRequestURI();
      if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
        chain.doFilter(request, response);
        return;
      }
      Matcher one = ONE.matcher(path);
      if (one.matches()) {
        String name = java.net.URLDecoder.decode(one.group(3), StandardCharsets.UTF_8);
        if (FIELDS.contains(name)) {
          refuse(response, name);
          return;
        }
        chain.doFilter(request, response);
        return;
      }
      boolean many = "POST".equals(method) && MANY.matcher(path).matches();
      boolean task = "POST".equals(method) && TASK.matcher(path).matches();
      if (!many && !task) {
        chain.doFilter(request, response);
        return;
      }
      byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        response.sendError(413);
        return;
      }
      JsonNode tree = null;
      try {
        tree = body.length == 0 ? null : json.readTree(body);
      } catch (IOException e) {
        // not JSON: the engine's REST API answers it itself
      }
      if (tree != null) {
        for (String field : FIELDS) {
          boolean named = many
              ? tree.path("modifications").has(field) || contains(tree.path("deletions"), field)
              : tree.path("variables").has(field);
          if (named) {
            refuse(response, field);
            return;
          }
        }
      }
      chain.doFilter(new Buffered(request, body), response);
    }

    private static boolean contains(JsonNode list, String field) {
      for (JsonNode item : list) {
        if (field.equals(item.asText())) {
          return true;
        }
      }
      return false;
    }

    private void refuse(HttpServletResponse response, String field) throws IOException {
      response.setStatus(400);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      var problem = json.createObjectNode().put("type", "about:blank").put("status", 400)
          .put("title", "Invalid request").put("field", field)
          .put("detail", field + ": " + Messages.text("rule.address.setAtIntake"));
      json.writeValue(response.getOutputStream(), problem);
    }
  }

  /** The request with its body read once and served again. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          try {
            return in.available() == 0;
          } catch (IOException e) {
            return true;
          }
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
          encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
