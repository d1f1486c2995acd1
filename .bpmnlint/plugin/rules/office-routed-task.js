const { is } = require('bpmnlint-utils');
const { attr } = require('./camunda');

// Every user task goes to an office's group through the office router (a role of the directory), or, in the complaint
// procedure, to the group of the body that reviews the complaint; never to a fixed user or group.
const ROUTED = [
  /^\$\{officeRouter\.candidateGroup\(execution, ('[A-Za-z]+'|[a-z][A-Za-z]*)\)\}$/,
  /^\$\{complaints\.(review|deciding|supervisor)Group\(execution\)\}$/
];

module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    const groups = attr(node, 'candidateGroups');
    if (groups === undefined || !ROUTED.some(pattern => pattern.test(groups))) {
      reporter.report(node.id, 'User task must be routed by ${officeRouter.candidateGroup(execution, \'<role>\')}');
    }
    for (const fixed of ['assignee', 'candidateUsers']) {
      if (attr(node, fixed) !== undefined) {
        reporter.report(node.id, 'User task must not name camunda:' + fixed + '; the office router chooses the group');
      }
    }
  }
  return { check };
};
