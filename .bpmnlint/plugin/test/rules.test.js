// Each Qyzmet rule against a diagram that keeps the convention and one that breaks it (node plugin/test/rules.test.js).
const assert = require('assert');
const { BpmnModdle } = require('bpmn-moddle');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const CAMUNDA = 'xmlns:camunda="http://camunda.org/schema/1.0/bpmn"';

function diagram(body, processAttrs = 'camunda:historyTimeToLive="P1825D"') {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ${CAMUNDA}
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Test" targetNamespace="http://qyzmet.kz/test">
  <bpmn:process id="T01" name="Сынақ" isExecutable="true" ${processAttrs}>
    <bpmn:documentation>Test: S01 item 7.1, line 550.</bpmn:documentation>
    ${body}
  </bpmn:process>
</bpmn:definitions>`;
}

// Each case is read twice: as bpmnlint's CLI reads it (plain bpmn-moddle) and as Camunda Modeler does
// (camunda-bpmn-moddle), where the rules run through the client plugin of .bpmnlint/modeler-plugin.
const PARSERS = { cli: () => new BpmnModdle(), modeler: () => new BpmnModdle({ camunda }) };

async function lint(rule, xml, parser) {
  const { rootElement } = await PARSERS[parser]().fromXML(xml);
  const linter = new Linter({ config: { rules: { ['qyzmet/' + rule]: 'error' } }, resolver: new NodeResolver() });
  const results = await linter.lint(rootElement);
  return (results['qyzmet/' + rule] || []).map(report => report.id);
}

const ROUTED = `camunda:candidateGroups="\${officeRouter.candidateGroup(execution, 'branchSpecialist')}"`;
const DUE = `camunda:dueDate="\${deadlines.due(execution, 'service')}"`;
const DOC = '<bpmn:documentation>S01 item 7.1, line 550.</bpmn:documentation>';

const cases = [
  ['deadline-from-catalogue', `<bpmn:userTask id="Task_A" name="Қарау" ${ROUTED} ${DUE}>${DOC}</bpmn:userTask>`, []],
  ['deadline-from-catalogue', `<bpmn:userTask id="Task_A" name="Қарау" ${ROUTED} camunda:dueDate="P10D">${DOC}</bpmn:userTask>`, ['Task_A']],
  ['deadline-from-catalogue', `<bpmn:intermediateCatchEvent id="Event_T" name="Күту">${DOC}<bpmn:timerEventDefinition id="TimerEventDefinition_T"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT30M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`, ['TimerEventDefinition_T']],
  ['deadline-from-catalogue', `<bpmn:userTask id="Task_A" name="Қарау" ${ROUTED} camunda:dueDate="\${deadlineDueAt}">${DOC}</bpmn:userTask>`, []],
  ['cites-decree', `<bpmn:userTask id="Task_A" name="Қарау" ${ROUTED} ${DUE}><bpmn:documentation>\${deadlines.taskText(execution, 'service')} Жіберіңіз.</bpmn:documentation></bpmn:userTask>`, []],
  ['office-routed-task', `<bpmn:userTask id="Task_A" name="Қарау" ${ROUTED} />`, []],
  ['office-routed-task', `<bpmn:userTask id="Task_A" name="Қарау" camunda:candidateGroups="psc-aktobe-01" />`, ['Task_A']],
  ['office-routed-task', `<bpmn:userTask id="Task_A" name="Қарау" ${ROUTED} camunda:assignee="demo" />`, ['Task_A']],
  ['cites-decree', `<bpmn:userTask id="Task_A" name="Қарау" ${ROUTED} ${DUE}>${DOC}</bpmn:userTask>`, []],
  ['cites-decree', `<bpmn:userTask id="Task_A" name="Қарау" ${ROUTED} ${DUE}><bpmn:documentation>Ten days.</bpmn:documentation></bpmn:userTask>`, ['Task_A']],
  ['no-variables-all', `<bpmn:callActivity id="Activity_A" name="Беру" calledElement="result-issue">${DOC}<bpmn:extensionElements><camunda:in variables="all" /></bpmn:extensionElements></bpmn:callActivity>`, ['Activity_A']],
  ['no-variables-all', `<bpmn:callActivity id="Activity_A" name="Беру" calledElement="result-issue" camunda:variableMappingDelegateExpression="\${buildingBlockVariables}">${DOC}</bpmn:callActivity>`, []],
  ['kazakh-names', `<bpmn:userTask id="Task_A" name="Өтінішті қарау" ${ROUTED} />`, []],
  ['kazakh-names', `<bpmn:userTask id="Task_A" name="Review application" ${ROUTED} />`, ['Task_A']],
  ['kazakh-names', `<bpmn:userTask id="Task_A" ${ROUTED} />`, ['Task_A']]
];

(async () => {
  let failed = 0;
  let run = 0;
  for (const parser of Object.keys(PARSERS)) {
    for (const [rule, body, expected] of cases) {
      run++;
      const reported = await lint(rule, diagram(body), parser);
      try {
        assert.deepStrictEqual(reported, expected);
      } catch (e) {
        failed++;
        console.error(`FAIL ${rule} (${parser}): expected ${JSON.stringify(expected)}, reported ${JSON.stringify(reported)}\n  ${body}`);
      }
    }
  }
  console.log(`${run - failed}/${run} rule cases pass (CLI and Modeler parsing)`);
  process.exit(failed ? 1 : 0);
})();
