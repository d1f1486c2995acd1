package kz.qyzmet.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.forms.DeployedForms;
import kz.qyzmet.messages.Messages;
import kz.qyzmet.web.Filters;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication; // engine-internal: getCurrentAuthentication's type
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What Qyzmet's intake recorded about a case (its office, region and district, which route every task; its standard,
 * number and applicant; a complaint's reviewing body) is not changed through the engine's REST API, neither
 * {@code /engine-rest} nor the webapps' copy under {@code /camunda/api/engine}: a clerk who may work a task could
 * otherwise set {@code officeId} on the case and send its next task to another office. Every write that names
 * variables is read before the engine sees it: variables of a task, a process instance or an execution (set, modify,
 * delete, binary data), a task's complete, submit-form, resolve, BPMN error or escalation, message, signal and
 * condition payloads, modification and migration instructions. A protected name among them is refused with 403
 * naming the variable, to everyone. The one exception is the field of a task's own form (s07-inheritance asks for the
 * depositor's IIN): completing or submitting that task may set it. Starts of a case are checked by the intake
 * (kz.qyzmet.intake.StartGuard, {@link EngineStartFilter}).
 */
@Configuration(proxyBeanMethods = false)
class EngineVariableGuard {

  /** Recorded by the intake (or the complaint's registration) and by nothing a user does afterwards. */
  static final Set<String> PROTECTED = Set.of(CaseVariables.STANDARD, CaseVariables.CASE_NUMBER,
      CaseVariables.CHANNEL, CaseVariables.SUBTYPE, CaseVariables.APPLICANT_IIN, CaseVariables.APPLICANT_SURNAME,
      CaseVariables.APPLICANT_NAME, CaseVariables.APPLICANT_PATRONYMIC, CaseVariables.APPLICANT_PHONE,
      CaseVariables.APPLICANT_ADDRESS, CaseVariables.APPLICANT_EMAIL, CaseVariables.REGION, CaseVariables.DISTRICT,
      CaseVariables.OFFICE_ZONE, CaseVariables.OFFICE_ID, CaseVariables.DEPOSITOR_IIN, CaseVariables.INTAKE_OFFICE_ID,
      CaseVariables.INTAKE_OFFICE_NAME, CaseVariables.DOCUMENTS_PRESENTED, CaseVariables.MISSING_DOCUMENTS,
      CaseVariables.DOCUMENTS_COMPLETE, CaseVariables.ACCEPTED_AT, CaseVariables.REGISTERED_AT,
      CaseVariables.ARRIVED_AT, CaseVariables.SERVICE_STARTED_AT, CaseVariables.WAITING_MINUTES,
      CaseVariables.PEOPLE_AHEAD_IN_QUEUE, CaseVariables.WAITING_LIMIT, CaseVariables.SERVICE_TIME_LIMIT,
      CaseVariables.REPRESENTED_BY_ATTORNEY, CaseVariables.REPRESENTATIVE_SURNAME, CaseVariables.REPRESENTATIVE_NAME,
      CaseVariables.REPRESENTATIVE_PATRONYMIC, CaseVariables.REPRESENTATIVE_PHONE, CaseVariables.ACCEPTED_BY,
      CaseVariables.ACCEPTED_BY_NAME, CaseVariables.MOBILE_PSC_VISIT, CaseVariables.DOCUMENT_LANGUAGE,
      CaseVariables.INTAKE_PREPARED, CaseVariables.CASE_BUSINESS_KEY, CaseVariables.RECEIPT_DOCUMENT_ID,
      CaseVariables.TALON_DOCUMENT_ID, CaseVariables.RESULT_DOCUMENT_URL, CaseVariables.REVIEW_BODY,
      CaseVariables.REVIEW_GROUP, CaseVariables.RECEIVED_AT, "reviewOfficeId");

  /** Members of a request body that map variable names to values. */
  private static final Set<String> VARIABLE_MAPS = Set.of("variables", "localVariables", "modifications",
      "processVariables", "processVariablesLocal", "processVariablesToTriggeredScope");

  /** The engine's REST root: /engine-rest or the webapps' /camunda/api/engine, each with an optional engine name. */
  private static final Pattern ROOT = Pattern.compile("^(?:/engine-rest|/camunda/api/engine)(?:/engine/[^/]+)?(/.*)$");
  /** A variable named in the path: .../variables/{name}, .../localVariables/{name}, .../{name}/data. */
  private static final Pattern NAMED = Pattern.compile(".*/(?:variables|localVariables)/([^/]+)(?:/data)?/?$");
  /** A task's own form submission. */
  private static final Pattern TASK_FORM = Pattern.compile("^/task/([^/]+)/(?:complete|submit-form|resolve)/?$");
  /** Starts of a process instance: the intake checks them (StartGuard), start forms set the applicant's fields. */
  private static final Pattern START = Pattern.compile("^/process-definition/.+/(?:start|submit-form)/?$");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> engineVariableGuardFilter(ObjectProvider<ProcessEngine> engine) {
    // after EngineStartFilter, which buffers start bodies
    return Filters.register("engine-variable-guard", Ordered.HIGHEST_PRECEDENCE + 21, new Guard(engine),
        "/engine-rest/*", "/camunda/api/engine/*");
  }

  static final class Guard extends OncePerRequestFilter {
    private final ObjectMapper json = new ObjectMapper();
    private final ObjectProvider<ProcessEngine> engine;
    /** The field keys of a Camunda Form, by deployment and form id. */
    private final Map<String, Set<String>> formFields = new ConcurrentHashMap<>();

    Guard(ObjectProvider<ProcessEngine> engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Matcher root = ROOT.matcher(request.getRequestURI());
      String method = request.getMethod().toUpperCase();
      if (!root.matches() || !Set.of("POST", "PUT", "PATCH", "DELETE").contains(method)
          || START.matcher(root.group(1)).matches()) {
        chain.doFilter(request, response);
        return;
      }
      String path = root.group(1);
      Set<String> named = new LinkedHashSet<>();
      Matcher inPath = NAMED.matcher(path);
      if (inPath.matches()) {
        named.add(URLDecoder.decode(inPath.group(1), StandardCharsets.UTF_8));
      }
      HttpServletRequest forward = request;
      String type = request.getContentType();
      if (!inPath.matches() && type != null && type.toLowerCase().contains("json")) {
        byte[] body = request.getInputStream().readNBytes(EngineStartFilter.MAX_BODY + 1);
        if (body.length > EngineStartFilter.MAX_BODY) {
          refuse(response, 413, "body", "at most " + EngineStartFilter.MAX_BODY + " bytes");
          return;
        }
        try {
          collect(body.length == 0 ? null : json.readTree(body), named);
        } catch (IOException notJson) {
          // the engine's REST API answers it itself (400)
        }
        forward = new CachedBodyRequest(request, body);
      }
      named.retainAll(PROTECTED);
      Matcher task = TASK_FORM.matcher(path);
      if (!named.isEmpty() && task.matches()) {
        named.removeAll(formFields(URLDecoder.decode(task.group(1), StandardCharsets.UTF_8)));
      }
      if (!named.isEmpty()) {
        String name = named.iterator().next();
        refuse(response, 403, name, Messages.text(Messages.language(request.getHeader("Accept-Language")),
            "problem.protectedVariable.detail"));
        return;
      }
      chain.doFilter(forward, response);
    }

    /** The names of every variable map in the body (nested ones too, e.g. modification instructions). */
    private static void collect(JsonNode node, Set<String> names) {
      if (node == null) {
        return;
      }
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          var member = it.next();
          if (VARIABLE_MAPS.contains(member.getKey()) && member.getValue().isObject()) {
            member.getValue().fieldNames().forEachRemaining(names::add);
          } else if ("deletions".equals(member.getKey()) && member.getValue().isArray()) {
            member.getValue().forEach(name -> names.add(name.asText()));
          } else {
            collect(member.getValue(), names);
          }
        }
      } else if (node.isArray()) {
        node.forEach(element -> collect(element, names));
      }
    }

    /**
     * The field keys of the task's own Camunda Form; none for an unknown task or one without such a form. Read
     * without the caller's authorizations (the caller may not read deployments): only the names of the
     * form's fields leave this method, and only as the exception to a refusal.
     */
    private Set<String> formFields(String taskId) {
      ProcessEngine processEngine = engine.getIfAvailable();
      if (processEngine == null) {
        return Set.of();
      }
      // The engine API's sign-in (ApiAuthentication) comes before this filter: the lookup is the guard's own, so it
      // runs without the caller's authentication (a clerk may not read deployments) and restores it afterwards.
      IdentityService identity = processEngine.getIdentityService();
      Authentication caller = identity.getCurrentAuthentication();
      identity.clearAuthentication();
      try {
        Task task = processEngine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys()
            .singleResult();
        if (task == null || task.getCamundaFormRef() == null || task.getProcessDefinitionId() == null) {
          return Set.of();
        }
        var repository = processEngine.getRepositoryService();
        String deployment = repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
        String formId = task.getCamundaFormRef().getKey();
        return formFields.computeIfAbsent(deployment + "/" + formId, key -> {
          Set<String> fields = new HashSet<>();
          DeployedForms.schema(repository, deployment, formId)
              .ifPresent(schema -> keys(schema.path("components"), fields));
          return Set.copyOf(fields);
        });
      } finally {
        if (caller != null) {
          identity.setAuthentication(caller);
        }
      }
    }

    private static void keys(JsonNode components, Set<String> keys) {
      for (JsonNode component : components) {
        if (component.hasNonNull("key")) {
          keys.add(component.path("key").asText());
        }
        keys(component.path("components"), keys);
      }
    }

    private static void refuse(HttpServletResponse response, int status, String field, String rule)
        throws IOException {
      Filters.refuse(response, status, status == 403 ? "Forbidden" : "Invalid request", field, rule);
    }
  }
}
