// Reading Camunda 7 attributes and extension elements without camunda-bpmn-moddle: bpmnlint's CLI parses with plain
// bpmn-moddle, which keeps unknown namespaced attributes in $attrs and unknown extension elements as generic elements.

function attr(node, name) {
  const attrs = node.$attrs || {};
  return attrs['camunda:' + name];
}

function extensions(node, type) {
  const values = (node.extensionElements && node.extensionElements.values) || [];
  return values.filter(value => value.$type === 'camunda:' + type);
}

function expressionOf(formalExpression) {
  return formalExpression && typeof formalExpression.body === 'string' ? formalExpression.body.trim() : null;
}

module.exports = { attr, extensions, expressionOf };
