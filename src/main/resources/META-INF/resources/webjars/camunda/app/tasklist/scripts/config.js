// Qyzmet's configuration of Camunda Tasklist (overrides the webjar's scripts/config.js; WebappConfigurationTest checks
// it wins). What every webapp shares (vendor, languages, date formats) is in ../../qyzmet-config.js; here is what is
// Tasklist's own. One property per block: engineers add their own entries without touching the others'.
import qyzmetConfig from '../../qyzmet-config.js';

export default qyzmetConfig('Tasklist', {
  // Paths relative to the webapp's folder; one entry a line.
  customScripts: [
    // form-js's own English validation messages in the clerk's language (issue 19)
    'scripts/qyzmet/form-messages.js',
    // the receipt or refusal of an application started from the start dialog; services grouped there (issue 18)
    'scripts/qyzmet/intake-receipt.js',
  ],

  // Tasklist's keyboard shortcuts (Camunda's defaults), described in Kazakh and Russian.
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'таңдалған тапсырманы өзіне алу / взять выбранную задачу'},
    focusFilter: {key: 'ctrl+shift+f', description: 'бірінші сүзгіге өту / перейти к первому фильтру'},
    focusList: {key: 'ctrl+alt+l', description: 'тізімдегі бірінші тапсырмаға өту / перейти к первой задаче списка'},
    focusForm: {key: 'ctrl+alt+f', description: 'нысанның бірінші өрісіне өту / перейти к первому полю формы'},
    startProcess: {key: 'ctrl+alt+p', description: 'процесті бастау терезесін ашу / открыть окно запуска процесса'},
  },
});
