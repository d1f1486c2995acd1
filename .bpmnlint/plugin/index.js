// Qyzmet's conventions for the diagrams of processes/ (README, Lint). Each rule names the convention it keeps.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'deadline-from-catalogue': 'error',
        'office-routed-task': 'error',
        'cites-decree': 'error',
        'no-variables-all': 'error',
        'kazakh-names': 'error'
      }
    }
  }
};
