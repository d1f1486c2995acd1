package kz.qyzmet.demo;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import kz.qyzmet.complaints.ComplaintGroups;
import kz.qyzmet.directory.DirectoryInitializer;
import kz.qyzmet.directory.OfficeRole;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo clerks of a handful of real offices in two regions (Ақтөбе облысы: Aktobe city and Хромтау; Алматы қаласы:
 * Алмалы and Бостандық), each in her office's group {@code <officeId>.<role>}, so that a fresh checkout can be tried
 * in Tasklist and Cockpit at once; and a quality manager. Only in the default profile
 * ({@code qyzmet.demo-users.enabled}); every demo user has the same password. Office groups and their Tasklist
 * grants come from the directory (kz.qyzmet.directory.OfficeGroups); heads and the manager also open Cockpit.
 */
@Component
@ConditionalOnProperty(name = "qyzmet.demo-users.enabled", havingValue = "true")
public class DemoUsers implements SmartInitializingSingleton {

  /** The quality manager's group: Tasklist and Cockpit, no office. */
  public static final String MANAGER_GROUP = "manager";

  /** A demo user, the office and role whose group she belongs to, and whether she watches the cases in Cockpit. */
  public record DemoUser(String id, String firstName, String lastName, String officeId, OfficeRole role,
                         boolean manager, String workGroup) {

    public DemoUser(String id, String firstName, String lastName, String officeId, OfficeRole role, boolean manager) {
      this(id, firstName, lastName, officeId, role, manager, null);
    }

    /**
     * The candidate group she belongs to: {@code <officeId>.<role>}, a national work group outside the directory
     * (the Ministry's complaint reviewers), or {@code manager}.
     */
    public String group() {
      return workGroup != null ? workGroup : role == null ? MANAGER_GROUP : role.group(officeId);
    }
  }

  public static final List<DemoUser> USERS = List.of(
      // Ақтөбе облысы, Aktobe city
      new DemoUser("aktobeoperator", "Айгүл", "Операторова", "psc-aktobe-01", OfficeRole.pscOperator, false),
      new DemoUser("aktobepschead", "Серік", "Басшыбаев", "psc-aktobe-01", OfficeRole.pscHead, true),
      new DemoUser("aktobespecialist", "Дина", "Маманова", "pension-aktobe-01", OfficeRole.branchSpecialist, false),
      new DemoUser("aktobebranchhead", "Ержан", "Бөлімшеев", "pension-aktobe-01", OfficeRole.branchHead, true),
      new DemoUser("aktobemse", "Гүлнар", "Сарапшыева", "mse-aktobe-02", OfficeRole.msePanel, false),
      new DemoUser("aktobeemployment", "Нұрлан", "Еңбеков", "employment-aktobe-01",
          OfficeRole.employmentSpecialist, false),
      new DemoUser("aktobeakim", "Бақыт", "Әкімов", "akimat-aktobe-13", OfficeRole.akim, false),
      new DemoUser("aktobeccsp", "Марат", "Комитетов", "ccsp-aktobe", OfficeRole.ccspHead, true),
      // Ақтөбе облысы, Хромтау
      new DemoUser("khromtauoperator", "Әсел", "Хромтаува", "psc-aktobe-05", OfficeRole.pscOperator, false),
      new DemoUser("khromtauspecialist", "Қайрат", "Хромтауов", "pension-aktobe-12", OfficeRole.branchSpecialist,
          false),
      new DemoUser("khromtauemployment", "Мадина", "Жұмысова", "employment-aktobe-12",
          OfficeRole.employmentSpecialist, false),
      new DemoUser("khromtauakim", "Талғат", "Ауылов", "akimat-aktobe-11", OfficeRole.akim, false),
      // Алматы қаласы, Алмалы and Бостандық
      new DemoUser("almalyoperator", "Жанар", "Алмалиева", "psc-almaty-02", OfficeRole.pscOperator, false),
      new DemoUser("almalyspecialist", "Ерлан", "Алмалиев", "pension-almaty-03", OfficeRole.branchSpecialist, false),
      new DemoUser("bostandykoperator", "Сәния", "Бостандықова", "psc-almaty-04", OfficeRole.pscOperator, false),
      new DemoUser("bostandykspecialist", "Арман", "Бостандықов", "pension-almaty-04", OfficeRole.branchSpecialist,
          false),
      // Heads and second-line clerks of the demo districts: every group a demo case can reach has someone
      // (DemoUsersCoverRoutingTest), escalations to heads included.
      new DemoUser("khromtaupschead", "Бауыржан", "Хромтаубасшы", "psc-aktobe-05", OfficeRole.pscHead, true),
      new DemoUser("khromtaubranchhead", "Гүлжан", "Бөлімшебасшы", "pension-aktobe-12", OfficeRole.branchHead, true),
      new DemoUser("aktobeemploymenthead", "Ақжол", "Еңбекбасшы", "employment-aktobe-01", OfficeRole.employmentHead,
          true),
      new DemoUser("khromtauemploymenthead", "Салтанат", "Жұмысбасшы", "employment-aktobe-12",
          OfficeRole.employmentHead, true),
      new DemoUser("aktobeccspspecialist", "Әлия", "Комитетова", "ccsp-aktobe", OfficeRole.ccspSpecialist, false),
      new DemoUser("almalypschead", "Дәурен", "Алмалыбасшы", "psc-almaty-02", OfficeRole.pscHead, true),
      new DemoUser("almalybranchhead", "Раушан", "Алмалыбөлім", "pension-almaty-03", OfficeRole.branchHead, true),
      new DemoUser("almalyemployment", "Ерболат", "Алмалыеңбек", "employment-almaty-02",
          OfficeRole.employmentSpecialist, false),
      new DemoUser("almalyemploymenthead", "Айнұр", "Алмалыбасқарма", "employment-almaty-02",
          OfficeRole.employmentHead, true),
      new DemoUser("bostandykpschead", "Нұржан", "Бостандықбасшы", "psc-almaty-04", OfficeRole.pscHead, true),
      new DemoUser("bostandykbranchhead", "Меруерт", "Бостандықбөлім", "pension-almaty-04", OfficeRole.branchHead,
          true),
      new DemoUser("bostandykemployment", "Асқар", "Бостандықеңбек", "employment-almaty-04",
          OfficeRole.employmentSpecialist, false),
      new DemoUser("bostandykemploymenthead", "Динара", "Бостандықбасқарма", "employment-almaty-04",
          OfficeRole.employmentHead, true),
      new DemoUser("bostandykakim", "Ғалым", "Бостандықәкім", "akimat-almaty-04", OfficeRole.akim, false),
      new DemoUser("almatyccsp", "Жомарт", "Алматыкомитет", "ccsp-almaty", OfficeRole.ccspHead, true),
      new DemoUser("almatyccspspecialist", "Індира", "Алматымаман", "ccsp-almaty", OfficeRole.ccspSpecialist,
          false),
      // the regional bodies that review complaints of S12 and S13 (catalogue roles.complaintReview, item 21)
      new DemoUser("aktoberegionalemployment", "Берік", "Облысеңбеков", "regional-employment-aktobe",
          OfficeRole.regionalEmploymentHead, true),
      new DemoUser("almatyregionalemployment", "Гүлмира", "Қалаеңбекова", "regional-employment-almaty",
          OfficeRole.regionalEmploymentHead, true),
      new DemoUser("aktoberegionalakimat", "Ербол", "Облысәкімов", "regional-akimat-aktobe", OfficeRole.regionalAkim,
          true),
      new DemoUser("almatyregionalakimat", "Айжан", "Қалаәкімова", "regional-akimat-almaty", OfficeRole.regionalAkim,
          true),
      // national complaint reviewers (kz.qyzmet.complaints.ComplaintGroups)
      new DemoUser("ministrycomplaints", "Самал", "Шағымова", null, null, false, "mlsp.complaintsOffice"),
      new DemoUser("ministrycomplaintshead", "Қанат", "Шағымбасшы", null, null, true, "mlsp.complaintsHead"),
      new DemoUser("pscenterprisehead", "Ләззат", "Кәсіпорынова", null, null, true, "psc-enterprise.head"),
      // no office: watches every case
      new DemoUser("manager", "Сәуле", "Бақылаева", null, null, true));

  private final DemoUsersProperties properties;
  private final ProcessEngine engine;
  private final DirectoryInitializer directory;
  private final ComplaintGroups complaintGroups;

  public DemoUsers(DemoUsersProperties properties, ProcessEngine engine, DirectoryInitializer directory,
      ComplaintGroups complaintGroups) {
    this.properties = properties;
    this.engine = engine;
    this.directory = directory;
    this.complaintGroups = complaintGroups;
  }

  @Override
  public void afterSingletonsInstantiated() {
    directory.initialize(); // the office groups must exist first
    complaintGroups.initialize(); // and the national complaint reviewers' groups
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    if (identity.createGroupQuery().groupId(MANAGER_GROUP).count() == 0) {
      Group group = identity.newGroup(MANAGER_GROUP);
      group.setName("Сапа менеджері");
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identity.saveGroup(group);
    }
    grant(authorizations, MANAGER_GROUP, null, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    for (DemoUser demo : USERS) {
      if (identity.createGroupQuery().groupId(demo.group()).count() == 0) {
        throw new IllegalStateException("demo user " + demo.id() + ": the directory has no group " + demo.group());
      }
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@demo.qyzmet.kz");
        user.setPassword(properties.password());
        identity.saveUser(user);
      }
      if (identity.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
        identity.createMembership(demo.id(), demo.group());
      }
      if (demo.manager()) {
        grant(authorizations, null, demo.id(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(authorizations, null, demo.id(), Resources.DEPLOYMENT, ANY, Permissions.READ);
      }
      if (demo.manager() && demo.role() == null) {
        // Only the quality manager reads the whole country; a head reads her office's cases and a regional body its
        // region's, by the grants each case gives (kz.qyzmet.directory.CaseReadGrants), as in production.
        grant(authorizations, null, demo.id(), Resources.PROCESS_DEFINITION, ANY,
            Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(authorizations, null, demo.id(), Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
      }
    }
  }

  /** Grants to a group or a user, adding to an existing grant on the same resource. */
  private static void grant(AuthorizationService service, String group, String user, Resource resource,
      String resourceId, Permission... permissions) {
    var query = service.createAuthorizationQuery().resourceType(resource).resourceId(resourceId);
    Authorization existing = (group != null ? query.groupIdIn(group) : query.userIdIn(user)).singleResult();
    Authorization authorization = existing != null ? existing : service.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setUserId(user);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    service.saveAuthorization(authorization);
  }
}
