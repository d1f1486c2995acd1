// Reading Camunda 7 attributes and extension elements the way either parser gives them: bpmnlint's CLI parses with plain
// bpmn-moddle, which keeps unknown namespaced attributes in $attrs and unknown extension elements as generic elements
// ('camunda:in'); Camunda Modeler parses with camunda-bpmn-moddle, where they are the element's properties and typed
// elements ('camunda:In'). The rules must see the same diagram alike in both (.bpmnlint/modeler-plugin).

function attr(node, name) {
  const attrs = node.$attrs || {};
  if (('camunda:' + name) in attrs) {
    return attrs['camunda:' + name];
  }
  const value = typeof node.get === 'function' ? node.get('camunda:' + name) : undefined;
  return value === null ? undefined : value;
}

function extensions(node, type) {
  const values = (node.extensionElements && node.extensionElements.values) || [];
  return values.filter(value => value.$type.toLowerCase() === ('camunda:' + type).toLowerCase());
}

function expressionOf(formalExpression) {
  return formalExpression && typeof formalExpression.body === 'string' ? formalExpression.body.trim() : null;
}

module.exports = { attr, extensions, expressionOf };
