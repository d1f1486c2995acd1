// Qyzmet's Cockpit configuration: replaces the webapp's own scripts/config.js (this file comes first on the
// classpath). The quality plugin of kz.qyzmet.quality (indicators, charts, deadline monitor, drill-down).
export default {
  customScripts: ['scripts/quality/plugin.js']
};
