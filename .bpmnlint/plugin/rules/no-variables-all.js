const { is } = require('bpmnlint-utils');
const { extensions } = require('./camunda');

// A call activity passes its building block only what the block declares (processes/building-blocks.yaml), through
// ${buildingBlockVariables}; copying every variable in or out wrote ten times a bare engine's rows per case.
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:CallActivity')) {
      return;
    }
    for (const type of ['in', 'out']) {
      for (const mapping of extensions(node, type)) {
        const variables = mapping.variables || (mapping.$attrs && mapping.$attrs.variables);
        if (variables === 'all') {
          reporter.report(node.id, 'camunda:' + type + ' variables="all" copies every variable; use ${buildingBlockVariables}');
        }
      }
    }
  }
  return { check };
};
