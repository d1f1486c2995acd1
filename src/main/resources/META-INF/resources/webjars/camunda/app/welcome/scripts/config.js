// Qyzmet's configuration of Camunda Welcome (overrides the webjar's scripts/config.js; WebappConfigurationTest checks
// it wins). What every webapp shares (vendor, languages, date formats) is in ../../qyzmet-config.js; here is what is
// Welcome's own. One property per block: engineers add their own entries without touching the others'.
import qyzmetConfig from '../../qyzmet-config.js';

export default qyzmetConfig('Welcome', {
  // Paths relative to the webapp's folder; one entry a line.
  customScripts: [
  ],
});
