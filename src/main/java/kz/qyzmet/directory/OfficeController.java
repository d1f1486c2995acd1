package kz.qyzmet.directory;

import kz.qyzmet.messages.Messages;

import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office directory over HTTP (JSON) under {@code /api}, which needs HTTP Basic authentication. Parameters are
 * taken as text and checked here, so every bad one gets a 400 problem naming it (see {@link OfficeProblems}).
 */
@RestController
@RequestMapping("/api/offices")
class OfficeController {

  static final int MAX_SIZE = 200;

  private final OfficeStore store;
  private final OfficeRouter router;

  OfficeController(OfficeStore store, OfficeRouter router) {
    this.store = store;
    this.router = router;
  }

  /** The answer of {@code GET /api/offices/resolve}. */
  record ResolveResponse(Office office, String role, String candidateGroup) {}

  @GetMapping
  OfficeStore.Page list(@RequestParam(required = false) String kind, @RequestParam(required = false) String region,
      @RequestParam(required = false) String q, @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    OfficeKind k = null;
    if (kind != null && !kind.isBlank()) {
      k = Arrays.stream(OfficeKind.values()).filter(v -> v.name().equals(kind)).findFirst()
          .orElseThrow(() -> new DirectoryException("kind",
              Messages.text("directory.kind.unknown", kind, Arrays.toString(OfficeKind.values()))));
    }
    Region r = null;
    if (region != null && !region.isBlank()) {
      r = Region.parse(region).orElseThrow(() -> new DirectoryException.UnknownRegionException(region));
    }
    int p = number("page", page, 0, 0, Integer.MAX_VALUE);
    int s = number("size", size, 20, 1, MAX_SIZE);
    return store.search(k, r, q, p, s);
  }

  @GetMapping("/resolve")
  ResolveResponse resolve(@RequestParam(required = false) String standard, @RequestParam(required = false) String role,
      @RequestParam(required = false) String region, @RequestParam(required = false) String district,
      @RequestParam(required = false) String officeId) {
    for (var required : List.of(List.of("standard", String.valueOf(standard)), List.of("role", String.valueOf(role)))) {
      if (required.get(1).equals("null") || required.get(1).isBlank()) {
        throw new DirectoryException(required.get(0), Messages.text("directory.required"));
      }
    }
    OfficeAssignment a = officeId != null && !officeId.isBlank() ? router.resolve(officeId, role)
        : router.resolve(standard, role, region, district);
    return new ResolveResponse(a.office(), a.role(), a.candidateGroup());
  }

  @GetMapping("/{id}")
  Office office(@PathVariable String id) {
    return store.find(id).orElseThrow(() -> new OfficeNotFoundException(id));
  }

  private static int number(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        throw new DirectoryException(name, Messages.text("directory.number.range", String.valueOf(min),
            String.valueOf(max), String.valueOf(n)));
      }
      return n;
    } catch (NumberFormatException e) {
      throw new DirectoryException(name, Messages.text("directory.number.whole", value));
    }
  }

  /** {@code GET /api/offices/{id}} of an unknown id: 404. */
  static class OfficeNotFoundException extends RuntimeException {
    OfficeNotFoundException(String id) {
      super(Messages.text("directory.office.unknown", id));
    }
  }
}
