// Qyzmet's configuration of Camunda Cockpit (overrides the webjar's scripts/config.js; WebappConfigurationTest checks
// it wins). What every webapp shares (vendor, languages, date formats) is in ../../qyzmet-config.js; here is what is
// Cockpit's own. One property per block: engineers add their own entries without touching the others'.
import qyzmetConfig from '../../qyzmet-config.js';

export default qyzmetConfig('Cockpit', {
  // Paths relative to the webapp's folder; one entry a line.
  customScripts: [
    'scripts/quality/plugin.js',
    // no controls that change a case for those who only read (issue 18, point 6)
    'scripts/qyzmet/read-only.js',
  ],
});
