'use strict';

// Camunda Modeler plugin entry: Modeler loads the bundled client script from the plugin's folder
// (resources/plugins/<this folder> or the user's plugins directory). Build it first: npm ci && npm run build.
module.exports = {
  name: 'Qyzmet lint rules',
  script: './dist/client.js'
};
