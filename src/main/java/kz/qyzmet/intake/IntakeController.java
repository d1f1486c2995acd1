package kz.qyzmet.intake;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The intake API: {@code POST /api/applications} starts a case of a standard and returns its receipt;
 * {@code GET /api/applications/{businessKey}} tells where the case stands.
 */
@RestController
@RequestMapping("/api/applications")
class IntakeController {

  private final Intake intake;
  private final CaseStatusReader statusReader;
  private final CaseInformation information;
  private final InformationRequests informationRequests;

  IntakeController(Intake intake, CaseStatusReader statusReader, CaseInformation information,
      InformationRequests informationRequests) {
    this.information = information;
    this.informationRequests = informationRequests;
    this.intake = intake;
    this.statusReader = statusReader;
  }

  /** Checked, numbered, routed and answered by {@link Intake#apply}, the path a Tasklist start form takes too. */
  @PostMapping
  ResponseEntity<Receipt> apply(@RequestBody ApplicationRequest request) {
    Receipt receipt = intake.apply(request);
    return ResponseEntity.created(URI.create("/api/applications/" + receipt.businessKey())).body(receipt);
  }

  @GetMapping("/{businessKey}")
  CaseStatus status(@PathVariable String businessKey) {
    return statusReader.read(businessKey);
  }

  /**
   * The receipt of item 14.2 or the refusal receipt of item 16 of a case, as {@code POST} answered it, read again
   * from the case with the caller's authorizations (Tasklist shows it after a start from its start dialog).
   */
  @GetMapping("/{businessKey}/receipt")
  Receipt receipt(@PathVariable String businessKey) {
    return intake.receiptOfCase(statusReader.variables(businessKey));
  }

  /** The portal's information request about a case; answered asynchronously within the standard's term. */
  @PostMapping("/{businessKey}/information-requests")
  ResponseEntity<InformationRequest> requestInformation(@PathVariable String businessKey) {
    String id = information.request(businessKey);
    return ResponseEntity.accepted().location(URI.create("/api/applications/" + businessKey
        + "/information-requests/" + id)).body(informationRequests.read(id));
  }

  @GetMapping("/{businessKey}/information-requests/{id}")
  InformationRequest information(@PathVariable String businessKey, @PathVariable String id) {
    InformationRequest request = informationRequests.read(id);
    if (!request.businessKey().equals(businessKey)) {
      throw new CaseNotFoundException(businessKey);
    }
    return request;
  }
}
