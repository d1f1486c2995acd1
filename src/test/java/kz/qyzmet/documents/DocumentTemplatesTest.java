package kz.qyzmet.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.directory.Office;
import kz.qyzmet.directory.OfficeStore;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17, points 1, 4 and 5: every template renders with the longest real office name and address of the directory
 * without text leaving the page; the Russian copy; the complaint's talon; a template error leaves neither a document
 * nor the case step that would have issued it.
 */
@QyzmetTest
class DocumentTemplatesTest {

  static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z"); // 10:00 in Aktobe (UTC+5)

  @Autowired Documents documents;
  @Autowired PdfRenderer renderer;
  @Autowired DocumentStore store;
  @Autowired OfficeStore offices;
  @Autowired StandardsCatalogue catalogue;
  @Autowired ProcessEngine engine;
  @Autowired TransactionTemplate transactions;

  /** An office with the longest name and the longest address of the directory (both real, of two offices). */
  Office longestOffice() {
    List<Office> all = offices.all();
    Office longestName = all.stream().filter(o -> o.name() != null).max(Comparator.comparingInt(o -> o.name().length())).orElseThrow();
    Office longestAddress = all.stream().filter(o -> o.address() != null)
        .max(Comparator.comparingInt(o -> o.address().length())).orElseThrow();
    return new Office(longestName.id(), longestName.kind(), longestName.region(), longestName.kato(), null, null,
        null, longestName.name(), longestAddress.address(), longestName.email(),
        "8 (7172) 00-00-00, 8 (7172) 00-00-01, 8 (7172) 00-00-02", null, null, 0, List.of(), List.of(), List.of());
  }

  Map<String, Object> caseVariables(Standard standard, boolean complete) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("standard", standard.code());
    variables.put("caseNumber", standard.code() + "-261120-LONGTEST");
    variables.put("channel", "psc");
    variables.put("applicantSurname", "Мұхаммедғалиқызы-Әбдірахманова");
    variables.put("applicantName", "Гүлжаһан-Нұрсұлушаш");
    variables.put("applicantPatronymic", "Қожахметқызы");
    variables.put("applicantIin", "900515300018");
    variables.put("applicantPhone", "+7 (701) 123-45-67");
    variables.put("officeZone", "Asia/Aqtobe");
    variables.put("acceptedAt", Date.from(NOW));
    var codes = standard.documents().stream().map(Standard.Document::code).toList();
    variables.put("documentsPresented", String.join(",", complete ? codes : codes.subList(0, 1)));
    variables.put("missingDocuments", complete ? "" : String.join(",", codes.subList(1, codes.size())));
    variables.put("documentsComplete", complete);
    variables.put("decisionNumber", "№ 000123456789");
    variables.put("decisionReason", "Өтініш беруші зейнеткерлік жасқа толған, құжаттар толық ұсынылған және тексерілген");
    variables.put("tsaYear", 2026);
    variables.put("tsaQuarter", "4");
    variables.put("tsaRegistrationNumber", "АӘК-2026-000118");
    variables.put("receivedAt", Date.from(NOW));
    variables.put("complainantSurname", "Мұхаммедғалиқызы-Әбдірахманова");
    variables.put("complainantName", "Гүлжаһан");
    variables.put("reviewBody", longestOffice().name());
    variables.put("caseBusinessKey", standard.code() + "-261120-LONGTEST");
    return variables;
  }

  @Test
  void everyTemplateFitsItsPageWithTheLongestOfficeOfTheDirectory() {
    Office office = longestOffice();
    int rendered = 0;
    for (Standard standard : catalogue.all()) {
      for (String language : List.of("kk", "ru")) {
        List<Documents.Draft> drafts = new java.util.ArrayList<>();
        drafts.add(documents.receipt(caseVariables(standard, true)::get, language, "admin", office, NOW));
        drafts.add(documents.receipt(caseVariables(standard, false)::get, language, "admin", office, NOW));
        drafts.add(documents.talon(caseVariables(standard, true)::get, "C-261120-LONGTEST", "admin", office,
            language, Date.from(NOW.plusSeconds(15 * 86400)), NOW));
        for (Standard.Result result : standard.results()) {
          drafts.add(documents.result(caseVariables(standard, true)::get, result.code(), office, language, NOW));
        }
        for (Documents.Draft draft : drafts) {
          PdfText text = PdfText.read(renderer.pdf(draft.template(), draft.model(), language));
          String what = standard.code() + " " + draft.kind() + " " + language;
          assertThat(text.offPage()).as(what + ": text outside the page").isEmpty();
          // A receipt lists every document of the standard (S02 names eleven, some of three lines): it may go on to
          // a second page; every other paper is one page.
          assertThat(text.pages()).as(what + ": pages").isLessThanOrEqualTo(draft.model().containsKey("accepted") ? 2 : 1);
          assertThat(text.text()).as(what).contains(office.name(), office.address(), draft.businessKey());
          rendered++;
        }
      }
    }
    assertThat(rendered).isGreaterThan(100);
  }

  @Test
  void theRussianCopySaysItInRussian() {
    Standard s01 = catalogue.get("S01");
    var draft = documents.receipt(caseVariables(s01, true)::get, "ru", "admin", longestOffice(), NOW);
    PdfText text = PdfText.read(renderer.pdf(draft.template(), draft.model(), "ru"));
    assertThat(text.text()).contains("Расписка о приёме документов", "Номер заявления S01-261120-LONGTEST",
        "Дата приёма 20.11.2026 10:00 (UTC+05:00)", "Назначение государственной базовой пенсионной выплаты",
        "Приложенные документы (количество: 4)", "пункт 14.2, строка 688");
  }

  @Test
  void theRefusalReceiptNamesTheMissingDocumentsInItsLanguage() {
    Standard s01 = catalogue.get("S01");
    var russian = documents.receipt(caseVariables(s01, false)::get, "ru", "admin", longestOffice(), NOW);
    var kazakh = documents.receipt(caseVariables(s01, false)::get, "kk", "admin", longestOffice(), NOW);
    // S01 items 11.1-11.4 (lines 618-630): the application presented, the other three missing.
    assertThat(russian.model().get("accepted")).isEqualTo(List.of("Заявление"));
    assertThat(russian.model().get("missing")).isEqualTo(List.of("Копия документа, удостоверяющего личность",
        "Документ, подтверждающий регистрацию по постоянному месту жительства",
        "Сведения о номере банковского счета либо специального счета исправительного учреждения"));
    assertThat(kazakh.model().get("accepted")).isEqualTo(List.of("Өтініш"));
    assertThat(kazakh.model().get("missing")).isEqualTo(List.of("Жеке басын куәландыратын құжаттың көшірмесі",
        "Тұрғылықты жері бойынша тіркелгенін растайтын құжат",
        "Банк шотының не түзеу мекемесінің арнайы шотының нөмірі туралы мәліметтер"));
    PdfText text = PdfText.read(renderer.pdf(russian.template(), russian.model(), "ru"));
    assertThat(text.text()).contains("Заявление", "Копия документа, удостоверяющего личность");
  }

  @Test
  void theTalonSaysWhoTookTheComplaintWhoReviewsItAndWhenTheAnswerIsDue() {
    Standard s01 = catalogue.get("S01");
    Office office = longestOffice();
    var draft = documents.talon(caseVariables(s01, true)::get, "C-261120-LONGTEST", "admin", office, "kk",
        Date.from(Instant.parse("2026-12-05T13:00:00Z")), NOW);
    PdfText text = PdfText.read(renderer.pdf(draft.template(), draft.model(), "kk"));
    assertThat(text.text()).contains("Шағымды қабылдау туралы талон", "Шағымның нөмірі C-261120-LONGTEST",
        "Жауап алу күні 05.12.2026 18:00 (UTC+05:00)", "S01-261120-LONGTEST", "25-тармақ, 776-жол",
        "/api/complaints/C-261120-LONGTEST");
  }

  @Test
  void aTemplateErrorLeavesNeitherTheDocumentNorTheCaseStep() {
    String key = "S01-TEMPLATE-" + UUID.randomUUID().toString().substring(0, 8);
    var broken = new Documents.Draft(key, null, "receipt", "kk", "broken", "Broken", NOW,
        Map.of("number", key));
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
      engine.getRuntimeService().startProcessInstanceByKey("result-issue", key,
          Map.of("standard", "S01", "region", "Ақтөбе облысы", "district", "Хромтау"));
      documents.issue(broken);
    })).hasMessageContaining("broken");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count())
        .isZero();
    assertThat(store.list(key)).isEmpty();
  }
}
