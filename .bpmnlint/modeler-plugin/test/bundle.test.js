// The built client plugin (dist/client.js) as Camunda Modeler runs it: the script registers its lint rules on
// window.plugins; they are applied to processes/*.bpmn parsed as Modeler parses them (camunda-bpmn-moddle). Qyzmet's
// diagrams give no finding, and a diagram that breaks a Qyzmet rule gives that rule's finding.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { BpmnModdle } = require('bpmn-moddle');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');
const { Linter } = require('bpmnlint');

const root = path.resolve(__dirname, '../../..');
const window = {};
vm.runInNewContext(fs.readFileSync(path.resolve(__dirname, '../dist/client.js'), 'utf8'),
  { window, self: window, console });
const registered = (window.plugins || []).filter(plugin => plugin.type === 'lintRules.bpmn');
assert.strictEqual(registered.length, 1, 'the bundle registers one set of lint rules for Camunda 7 diagrams');

async function findings(xml) {
  const { rootElement } = await new BpmnModdle({ camunda }).fromXML(xml);
  // A linter per diagram: bpmnlint caches its rules, and some keep what they saw (no-duplicate-sequence-flows).
  const results = await new Linter(registered[0].plugin).lint(rootElement);
  return Object.entries(results).flatMap(([rule, reports]) => reports.map(report => rule + ' ' + report.id));
}

(async () => {
  const diagrams = fs.readdirSync(path.join(root, 'processes')).filter(name => name.endsWith('.bpmn'));
  for (const name of diagrams) {
    assert.deepStrictEqual(await findings(fs.readFileSync(path.join(root, 'processes', name), 'utf8')), [], name);
  }
  const s01 = fs.readFileSync(path.join(root, 'processes/s01-basic-pension.bpmn'), 'utf8');
  const unrouted = s01.replace(/(<bpmn:userTask id="Task_ReviewApplication"[^>]*?) camunda:candidateGroups="[^"]*"/, '$1');
  assert.notStrictEqual(unrouted, s01);
  assert.ok((await findings(unrouted)).includes('qyzmet/office-routed-task Task_ReviewApplication'));
  const noLifetime = s01.replace(/ camunda:historyTimeToLive="[^"]*"/, '');
  assert.ok((await findings(noLifetime)).some(finding => finding.startsWith('camunda-compat/history-time-to-live')));
  console.log(`bundle: ${diagrams.length} diagrams without findings; a broken rule of each kind is found`);
})().catch(error => {
  console.error(error.message);
  process.exit(1);
});
