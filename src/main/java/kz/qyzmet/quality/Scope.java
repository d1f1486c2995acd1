package kz.qyzmet.quality;

import kz.qyzmet.messages.Messages;

import java.util.List;
import java.util.Optional;
import kz.qyzmet.api.InvalidRequestException;
import kz.qyzmet.directory.Office;
import kz.qyzmet.directory.OfficeRouter;
import kz.qyzmet.directory.Region;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication; // engine-internal: the type IdentityService.getCurrentAuthentication() returns
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a report covers: the country, a region (slug), a district (name) or an office (id); and who may see it. The
 * {@code manager} group (and the administrators) see the country; a regional body's staff ({@code ccspHead},
 * {@code regionalEmploymentHead}, {@code regionalAkim}) their region; an office head ({@code pscHead},
 * {@code branchHead}, {@code employmentHead}) her office. Anyone else sees nothing.
 */
public record Scope(Level level, String id, String region) {

  public enum Level { country, region, district, office }

  static final List<String> REGION_ROLES = List.of("ccspHead", "regionalEmploymentHead", "regionalAkim");
  static final List<String> OFFICE_ROLES = List.of("pscHead", "branchHead", "employmentHead");

  public static Scope country() {
    return new Scope(Level.country, null, null);
  }

  /** The SQL condition on a case fact aliased {@code c}, with one parameter per {@code ?} (see {@link #params}). */
  String casesWhere() {
    return switch (level) {
      case country -> "1 = 1";
      case region -> "c.region = ?";
      case district -> "c.region = ? and c.district = ?";
      case office -> "(c.office_id = ? or c.intake_office_id = ?)";
    };
  }

  Object[] params() {
    return switch (level) {
      case country -> new Object[0];
      case region -> new Object[] {id};
      case district -> new Object[] {region, id};
      case office -> new Object[] {id, id};
    };
  }

  /** Reads and checks a requested scope against the caller's; without one, the caller's widest scope. */
  @Component
  public static class Resolver {
    private final IdentityService identity;
    private final OfficeRouter router;

    public Resolver(IdentityService identity, OfficeRouter router) {
      this.identity = identity;
      this.router = router;
    }

    /** The caller's own scope (the widest she may see). */
    public Scope own() {
      Authentication auth = identity.getCurrentAuthentication();
      if (auth == null) {
        throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, Messages.text("quality.authentication"));
      }
      List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
      if (groups.contains("manager") || groups.contains("camunda-admin")) {
        return country();
      }
      for (String group : groups) {
        int dot = group.lastIndexOf('.');
        if (dot > 0 && REGION_ROLES.contains(group.substring(dot + 1))) {
          Optional<String> region = router.find(group.substring(0, dot)).flatMap(o -> Region.parse(o.region()))
              .map(Region::slug);
          if (region.isPresent()) {
            return new Scope(Level.region, region.get(), region.get());
          }
        }
      }
      for (String group : groups) {
        int dot = group.lastIndexOf('.');
        if (dot > 0 && OFFICE_ROLES.contains(group.substring(dot + 1))) {
          String office = group.substring(0, dot);
          return new Scope(Level.office, office, router.find(office).flatMap(o -> Region.parse(o.region()))
              .map(Region::slug).orElse(null));
        }
      }
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, Messages.text("quality.reportsForbidden"));
    }

    /** {@code scope} as {@code country}, {@code region:<slug>}, {@code district:<region slug>/<name>}, {@code office:<id>}. */
    public Scope resolve(String requested) {
      Scope own = own();
      if (requested == null || requested.isBlank()) {
        return own;
      }
      Scope wanted = parse(requested);
      boolean allowed = switch (own.level) {
        case country -> true;
        case region -> wanted.level != Level.country && own.region.equals(wanted.region);
        case district -> false;
        case office -> wanted.level == Level.office && own.id.equals(wanted.id);
      };
      if (!allowed) {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, Messages.text("quality.scope.outside", requested,
            own.id == null ? own.level.name() : Messages.text("quality.scope.own", own.level.name(), own.id)));
      }
      return wanted;
    }

    Scope parse(String requested) {
      if (requested.equals("country")) {
        return country();
      }
      int colon = requested.indexOf(':');
      String kind = colon < 0 ? requested : requested.substring(0, colon);
      String value = colon < 0 ? "" : requested.substring(colon + 1);
      switch (kind) {
        case "region" -> {
          Region region = Region.parse(value).orElseThrow(() -> new InvalidRequestException("scope",
              Messages.text("quality.scope.region", value)));
          return new Scope(Level.region, region.slug(), region.slug());
        }
        case "district" -> {
          int slash = value.indexOf('/');
          Region region = slash < 0 ? null : Region.parse(value.substring(0, slash)).orElse(null);
          if (region == null || value.substring(slash + 1).isBlank()) {
            throw new InvalidRequestException("scope", Messages.text("quality.scope.district"));
          }
          return new Scope(Level.district, value.substring(slash + 1), region.slug());
        }
        case "office" -> {
          Office office = router.find(value).orElseThrow(() -> new InvalidRequestException("scope",
              Messages.text("quality.scope.office", value)));
          return new Scope(Level.office, office.id(), Region.parse(office.region()).map(Region::slug).orElse(null));
        }
        default -> throw new InvalidRequestException("scope", Messages.text("quality.scope.format"));
      }
    }
  }
}
