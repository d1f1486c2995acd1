// The element templates of ../.camunda/element-templates validate against Camunda's element-templates JSON schema
// (@camunda/element-templates-json-schema, the schema Modeler itself uses), run by .ci/run (npm test).
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');
const schema = require('@camunda/element-templates-json-schema/resources/schema.json');

const folder = path.join(__dirname, '..', '.camunda', 'element-templates');
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
let failed = 0;
let count = 0;
for (const file of fs.readdirSync(folder).filter(name => name.endsWith('.json'))) {
  const templates = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
  for (const template of Array.isArray(templates) ? templates : [templates]) {
    count++;
    if (!validate(template)) {
      failed++;
      console.error(`FAIL ${file} ${template.id}: ${JSON.stringify(validate.errors, null, 1)}`);
    }
  }
}
console.log(`${count - failed}/${count} element templates valid against Camunda's schema`);
process.exit(failed || count === 0 ? 1 : 0);
