const { is } = require('bpmnlint-utils');
const { attr, expressionOf } = require('./camunda');

// Every timer and every user task's due date is a statutory deadline of the catalogue, by its id
// (${deadlines.due(execution, '<id>')}), or the complaint review term of Law No. 221 (${complaints.reviewDue(execution)}).
const STATUTORY = [
  /^\$\{deadlines\.due\(execution, '[A-Za-z]+'\)\}$/,
  /^\$\{complaints\.reviewDue\(execution\)\}$/
];

function statutory(expression) {
  return expression != null && STATUTORY.some(pattern => pattern.test(expression));
}

module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:TimerEventDefinition')) {
      const expression = expressionOf(node.timeDate || node.timeDuration || node.timeCycle);
      if (!statutory(expression)) {
        reporter.report(node.id || node.$parent.id,
          'Timer must name a catalogue deadline: ${deadlines.due(execution, \'<id>\')}, found ' + expression);
      }
    }
    if (is(node, 'bpmn:UserTask')) {
      const due = attr(node, 'dueDate');
      if (due !== undefined && !statutory(due)) {
        reporter.report(node.id, 'Due date must name a catalogue deadline: ${deadlines.due(execution, \'<id>\')}, found ' + due);
      }
    }
  }
  return { check };
};
