const { isAny } = require('bpmnlint-utils');

// What a clerk or a manager reads in Tasklist and Cockpit is Kazakh: processes, tasks, call activities, events and
// gateways with a label, and labelled flows carry a name with Kazakh (Cyrillic) letters; ids stay English.
const VISIBLE = ['bpmn:Process', 'bpmn:UserTask', 'bpmn:CallActivity', 'bpmn:ServiceTask', 'bpmn:ScriptTask',
  'bpmn:Event', 'bpmn:Gateway', 'bpmn:SequenceFlow', 'bpmn:SubProcess'];
const MUST_BE_NAMED = ['bpmn:Process', 'bpmn:UserTask', 'bpmn:CallActivity'];
const KAZAKH = /[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/;
const LATIN_WORD = /\b[A-Za-z]{4,}\b/;

module.exports = function() {
  function check(node, reporter) {
    if (!isAny(node, VISIBLE)) {
      return;
    }
    const name = (node.name || '').trim();
    if (!name) {
      if (isAny(node, MUST_BE_NAMED)) {
        reporter.report(node.id, 'Element must have a Kazakh name');
      }
      return;
    }
    if (!KAZAKH.test(name) || LATIN_WORD.test(name)) {
      reporter.report(node.id, 'Name must be Kazakh (no English words): ' + name);
    }
  }
  return { check };
};
