// What every Camunda webapp of Qyzmet is configured with (Tasklist, Cockpit, Admin, Welcome): each app's
// scripts/config.js imports this module (Camunda loads config.js as an ES module) and adds what is its own.
// One property per block: engineers add their own entries without touching the others'.
export default function qyzmetConfig(name, own) {
  return {
    app: {
      name,
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

    ...own,
  };
}
