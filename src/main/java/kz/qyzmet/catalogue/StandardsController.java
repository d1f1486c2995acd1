package kz.qyzmet.catalogue;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue, read-only: {@code GET /api/standards} and {@code GET /api/standards/{code}}. */
@RestController
@RequestMapping("/api/standards")
class StandardsController {

  /** One line of the list: what a standard is and where it can be applied for. */
  record Summary(String code, Standard.Text title, String serviceForm, List<String> channels, List<String> subtypes,
      int annex, List<Integer> lines) {}

  /** The standards of Decree No. 394 that this decree only amends: listed, without a diagram. */
  record Amended(String code, Standard.Text title, String provider, boolean modelled, String note,
      List<AmendedStandard.Change> changes, int line) {}

  record Catalogue(List<Summary> standards, List<Amended> amendedWithoutProcedure) {}

  private final StandardsCatalogue catalogue;

  StandardsController(StandardsCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  static final String NO_PROCEDURE = "Resolution No. 1059 amends this standard of Decree No. 394 without restating it; "
      + "its procedure is not in this decree, so Qyzmet has no diagram for it and takes no applications";

  @GetMapping
  Catalogue list() {
    return new Catalogue(catalogue.all().stream()
        .map(s -> new Summary(s.code(), s.title(), s.serviceForm(),
            s.channels().stream().map(Standard.Channel::code).toList(),
            s.subtypes().stream().map(Standard.Subtype::code).toList(), s.annex(), s.lines()))
        .toList(),
        catalogue.amended().stream().map(StandardsController::amended).toList());
  }

  @GetMapping("/{code}")
  Object one(@PathVariable String code) {
    return catalogue.findAmended(code).<Object>map(StandardsController::amended).orElseGet(() -> catalogue.get(code));
  }

  private static Amended amended(AmendedStandard a) {
    return new Amended(a.code(), a.title(), a.provider(), false, NO_PROCEDURE, a.changes(), a.line());
  }
}
