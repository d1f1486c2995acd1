package kz.qyzmet.intake;

import java.util.ArrayList;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener; // engine-internal: parse listeners are the engine's only hook to add listeners to every deployed diagram
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener; // engine-internal: the parse listener list of the configuration
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point (ProcessEnginePlugin beans)
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: the configuration the plugin point hands over
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity; // engine-internal: the parsed process's key, handed to parse listeners
import org.camunda.bpm.engine.impl.util.xml.Element; // engine-internal: the parsed XML element parse listeners receive
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The intake's check on every start of a standard's case, whatever starts it: a built-in start listener of each
 * standard's process (a built-in listener runs before the diagram's own and is not skipped by
 * {@code skipCustomListeners}). It calls {@link Intake#prepare}, so the engine REST {@code start} and
 * {@code submit-form}, a Tasklist start form and the intake API all pass the same checks ({@link StartGuard} decides
 * what a start may hand in); a refusal is a {@link org.camunda.bpm.engine.BadUserRequestException} that the engine's
 * REST API answers with 400. The diagram's own {@code ${intake.prepare(execution)}} then finds the case prepared.
 */
@Component
class IntakeStartListener extends AbstractProcessEnginePlugin {

  private final StandardsCatalogue catalogue;
  private final ObjectProvider<Intake> intake;

  IntakeStartListener(StandardsCatalogue catalogue, ObjectProvider<Intake> intake) {
    this.catalogue = catalogue;
    this.intake = intake;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<BpmnParseListener>() : configuration.getCustomPreBPMNParseListeners();
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element element, ProcessDefinitionEntity process) {
        if (catalogue.find(process.getKey()).isPresent()) {
          process.addBuiltInListener(ExecutionListener.EVENTNAME_START,
              (ExecutionListener) execution -> intake.getObject().prepare(execution));
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }
}
