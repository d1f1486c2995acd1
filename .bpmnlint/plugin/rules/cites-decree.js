const { is, isAny } = require('bpmnlint-utils');
const { attr } = require('./camunda');

// An element that enforces a norm of the decree (a process, a deadline's timer, a user task with a due date, a call
// of a building block) says in its documentation which item and line it enforces, e.g. "S01 item 7.1, line 550" or
// "7.1-тармақ, 550-жол"; the complaint review term cites its article of Law No. 221.
const CITATION = /(item|тармақ)[^\n]*?(line|жол)|line \d+|Law No\. 221[^\n]*?art\. \d+/i;

function documentation(node) {
  return (node.documentation || []).map(doc => doc.text || '').join('\n');
}

function enforcesNorm(node) {
  if (isAny(node, ['bpmn:Process', 'bpmn:CallActivity'])) {
    return true;
  }
  if (is(node, 'bpmn:UserTask')) {
    return attr(node, 'dueDate') !== undefined;
  }
  return isAny(node, ['bpmn:BoundaryEvent', 'bpmn:IntermediateCatchEvent', 'bpmn:StartEvent'])
    && (node.eventDefinitions || []).some(definition => is(definition, 'bpmn:TimerEventDefinition'));
}

module.exports = function() {
  function check(node, reporter) {
    if (enforcesNorm(node) && !CITATION.test(documentation(node))) {
      reporter.report(node.id, 'Element enforces a norm: its documentation must cite the item and the decree line');
    }
  }
  return { check };
};
