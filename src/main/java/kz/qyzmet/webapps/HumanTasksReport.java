package kz.qyzmet.webapps;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.qyzmet.demo.DemoUsers;
import kz.qyzmet.web.Filters;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication; // engine-internal: the signed-in user the engine checks
import org.camunda.bpm.engine.task.TaskCountByCandidateGroupResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's Human Tasks page (open tasks per candidate group) for the heads and the quality manager, within their
 * scope. The engine's report ({@code GET .../task/report/candidate-group-count}) demands READ on every task, which
 * no head holds, so the page showed a permission error. Here the report is answered for a logged-in Cockpit user: the
 * manager and administrators see every group; anyone else the groups of her own offices (groups
 * {@code <officeId>.<role>} whose office is one of her groups' offices, e.g. a centre head sees her centre's
 * operators and head). The other figures of the page are task-history counts, which the engine scopes itself.
 */
@Configuration(proxyBeanMethods = false)
public class HumanTasksReport {

  static final String REPORT_PATH = "/task/report/candidate-group-count";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> humanTasksReportFilter(ProcessEngine engine) {
    return Filters.register("qyzmet-human-tasks-report", Ordered.LOWEST_PRECEDENCE, new Filter(engine),
        "/camunda/api/engine/engine/*");
  }

  /** The offices (group id before its last dot) whose groups the user sees; null: every group. */
  static Set<String> scope(List<String> groupIds) {
    if (groupIds.contains(DemoUsers.MANAGER_GROUP) || groupIds.contains(Groups.CAMUNDA_ADMIN)) {
      return null;
    }
    return groupIds.stream().filter(id -> id.contains(".")).map(id -> id.substring(0, id.lastIndexOf('.')))
        .collect(Collectors.toSet());
  }

  /** The engine's report rows the user may see, as Cockpit reads them ({@code groupName}, {@code taskCount}). */
  static List<Map<String, Object>> rows(ProcessEngine engine, List<String> groupIds) {
    Set<String> offices = scope(groupIds);
    IdentityService identity = engine.getIdentityService();
    Authentication current = identity.getCurrentAuthentication();
    List<TaskCountByCandidateGroupResult> report;
    try {
      identity.clearAuthentication(); // the user's own scope is applied below
      report = engine.getTaskService().createTaskReport().taskCountByCandidateGroup();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TaskCountByCandidateGroupResult row : report) {
      String group = row.getGroupName();
      boolean visible = offices == null || (group != null && group.contains(".")
          && offices.contains(group.substring(0, group.lastIndexOf('.'))));
      if (visible) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("groupName", group);
        json.put("taskCount", row.getTaskCount());
        rows.add(json);
      }
    }
    return rows;
  }

  static final class Filter extends OncePerRequestFilter {
    private final ProcessEngine engine;
    private final ObjectMapper json = new ObjectMapper();

    Filter(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      UserAuthentication user = "GET".equals(request.getMethod()) && path.endsWith(REPORT_PATH) ? user(request) : null;
      if (user == null) {
        chain.doFilter(request, response); // not the report, or nobody logged in: the engine answers
        return;
      }
      List<Map<String, Object>> rows = rows(engine, user.getGroupIds());
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      String accept = request.getHeader("Accept");
      if (accept != null && accept.contains("text/csv")) {
        response.setContentType("text/csv");
        StringBuilder csv = new StringBuilder("GROUP_NAME,TASK_COUNT\n");
        rows.forEach(row -> csv.append(row.get("groupName") == null ? "" : row.get("groupName")).append(',')
            .append(row.get("taskCount")).append('\n'));
        response.getWriter().write(csv.toString());
      } else {
        response.setContentType("application/json");
        json.writeValue(response.getOutputStream(), rows);
      }
    }

    private UserAuthentication user(HttpServletRequest request) {
      HttpSession session = request.getSession(false);
      if (session == null) {
        return null;
      }
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      var authentication = authentications == null ? null
          : authentications.getAuthenticationForProcessEngine(engine.getName());
      return authentication instanceof UserAuthentication user && user.isAuthorizedForApp("cockpit") ? user : null;
    }
  }
}
