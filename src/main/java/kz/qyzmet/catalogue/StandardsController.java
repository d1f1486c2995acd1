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

  private final StandardsCatalogue catalogue;

  StandardsController(StandardsCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping
  List<Summary> list() {
    return catalogue.all().stream()
        .map(s -> new Summary(s.code(), s.title(), s.serviceForm(),
            s.channels().stream().map(Standard.Channel::code).toList(),
            s.subtypes().stream().map(Standard.Subtype::code).toList(), s.annex(), s.lines()))
        .toList();
  }

  @GetMapping("/{code}")
  Standard one(@PathVariable String code) {
    return catalogue.get(code);
  }
}
