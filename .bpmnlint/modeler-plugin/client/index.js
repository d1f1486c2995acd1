// Qyzmet's lint rules in Camunda Modeler's Problems panel: the repository's .bpmnlintrc (bpmnlint's recommended rules,
// camunda-compat's history time to live and Qyzmet's own rules) compiled by bpmnlint-loader with every rule it names,
// added to the rules Modeler applies to Camunda 7 diagrams ('lintRules.bpmn').
import { registerClientPlugin } from 'camunda-modeler-plugin-helpers';

import { config, resolver } from '../../../.bpmnlintrc';

registerClientPlugin({ config, resolver }, 'lintRules.bpmn');
