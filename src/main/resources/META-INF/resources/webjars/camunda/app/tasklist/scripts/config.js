// Qyzmet's configuration of Camunda Tasklist (overrides the webjar's scripts/config.js; ConfigJsTest checks it wins).
// One property per block: engineers add their own entries without touching the others'.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Qyzmet',
  },

  // Kazakh is the default; the browser's first language picks Russian or English (issue 19).
  locales: {
    availableLocales: ['kk', 'ru', 'en'],
    fallbackLocale: 'kk',
  },

  // Dates as dd.MM.yyyy, times in 24 hours (moment.js tokens).
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD.MM.YYYY HH:mm',
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd, DD.MM.YYYY HH:mm',
    short: 'DD.MM.YYYY',
  },

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
};
