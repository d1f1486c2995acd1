// Qyzmet's configuration of Camunda Cockpit (overrides the webjar's scripts/config.js; ConfigJsTest checks it wins).
// One property per block: engineers add their own entries without touching the others'.
export default {
  app: {
    name: 'Cockpit',
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
    'scripts/quality/plugin.js',
    // no controls that change a case for those who only read (issue 18, point 6)
    'scripts/qyzmet/read-only.js',
  ],

};
