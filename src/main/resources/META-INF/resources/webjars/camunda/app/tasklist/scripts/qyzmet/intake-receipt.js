// Issue 18, item 2: the intake answers in Tasklist as it does through the API. After a clerk starts an application
// from Tasklist's start dialog, Tasklist only says "started" and closes the dialog; this script (config.js
// customScripts) watches the start's answer (the webapps' engine API: process-definition/{id}/submit-form or start),
// reads the case's receipt from Qyzmet's API in the clerk's session (GET /api/applications/{number}/receipt and
// .../documents: the session is accepted for reading, within her office's scope) and shows it in a dialog: the case
// number, the expected date of the result and the office, or the refusal of item 16 naming each missing document,
// with the link that prints the receipt (the PDF Qyzmet issued when the case started). A started complaint shows its
// talon (GET /api/complaints/{number}). It also groups the start dialog's list: the state services (named with their
// codes, S01-S13) first, then the other processes a clerk may start. Texts in the clerk's language, chosen as
// Tasklist chooses it (the browser's first language if kk, ru or en; Kazakh otherwise).

const LANGUAGE = (() => {
  const nav = window.navigator;
  const first = ((Array.isArray(nav.languages) && nav.languages[0]) || nav.language || '').split('-')[0].toLowerCase();
  return ['kk', 'ru', 'en'].includes(first) ? first : 'kk';
})();

const TEXTS = {
  kk: {
    accepted: 'Өтініш қабылданды',
    refused: 'Құжаттарды қабылдаудан бас тартылды',
    complaint: 'Шағым тіркелді',
    started: 'Іс басталды',
    number: 'Іс нөмірі',
    service: 'Қызмет',
    applicant: 'Өтініш беруші',
    expected: 'Нәтиженің күтілетін мерзімі',
    onTheSpot: 'Нәтиже бірден беріледі',
    office: 'Қабылдаған кеңсе',
    servesFrom: 'Кеңсе өтінішті қарай бастайтын уақыт',
    missing: 'Жетіспейтін құжаттар',
    ground: 'Бас тарту негізі',
    print: 'Қолхатты басып шығару',
    printRefusal: 'Бас тарту туралы қолхатты басып шығару',
    printTalon: 'Талонды басып шығару',
    noPrint: 'Басып шығаратын құжат әлі дайын емес.',
    unreadable: 'Қолхатты оқу мүмкін болмады; ісі нөмірі бойынша табуға болады.',
    answerDue: 'Жауап берілетін мерзім',
    reviewBody: 'Қарайтын орган',
    close: 'Жабу',
    services: 'Мемлекеттік көрсетілетін қызметтер',
    others: 'Шағымдар және мобильдік орталық',
  },
  ru: {
    accepted: 'Заявление принято',
    refused: 'В приёме документов отказано',
    complaint: 'Жалоба зарегистрирована',
    started: 'Дело начато',
    number: 'Номер дела',
    service: 'Услуга',
    applicant: 'Заявитель',
    expected: 'Ожидаемый срок результата',
    onTheSpot: 'Результат выдаётся сразу',
    office: 'Принявшее учреждение',
    servesFrom: 'Учреждение начнёт рассмотрение',
    missing: 'Недостающие документы',
    ground: 'Основание отказа',
    print: 'Распечатать расписку',
    printRefusal: 'Распечатать расписку об отказе',
    printTalon: 'Распечатать талон',
    noPrint: 'Документ для печати ещё не готов.',
    unreadable: 'Не удалось прочитать расписку; дело можно найти по номеру.',
    answerDue: 'Срок ответа',
    reviewBody: 'Рассматривающий орган',
    close: 'Закрыть',
    services: 'Государственные услуги',
    others: 'Жалобы и мобильный центр',
  },
  en: {
    accepted: 'Application accepted',
    refused: 'Documents refused',
    complaint: 'Complaint registered',
    started: 'Case started',
    number: 'Case number',
    service: 'Service',
    applicant: 'Applicant',
    expected: 'Expected result by',
    onTheSpot: 'The result is given at once',
    office: 'Office that took it',
    servesFrom: 'The office starts on it',
    missing: 'Missing documents',
    ground: 'Ground of refusal',
    print: 'Print the receipt',
    printRefusal: 'Print the refusal receipt',
    printTalon: 'Print the talon',
    noPrint: 'The document to print is not ready yet.',
    unreadable: 'The receipt could not be read; the case can be found by its number.',
    answerDue: 'Answer due',
    reviewBody: 'Reviewing body',
    close: 'Close',
    services: 'State services',
    others: 'Complaints and mobile centre',
  },
};
const T = TEXTS[LANGUAGE];

// Where Qyzmet's API is: the same server, before /camunda/ (Tasklist is at <context>/camunda/app/tasklist/).
const ROOT = window.location.pathname.replace(/\/camunda\/.*$/, '');
const START = /\/process-definition\/[^/]+(\/[^/]+)?\/(submit-form|start)$/;

/** "2026-12-21T18:00:00+05:00" as the receipt prints it: "21.12.2026 18:00 (UTC+05:00)", in the office's time. */
function printed(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso || '');
  if (!m) {
    return iso || '';
  }
  return `${m[3]}.${m[2]}.${m[1]} ${m[4]}:${m[5]} (UTC${m[6] === 'Z' ? '+00:00' : m[6]})`;
}

/** "S01 item 16, line 704" (the catalogue's citation) in the clerk's language. */
function citation(text) {
  const m = /^(\S+) item (\S+), line (\d+)$/.exec(text || '');
  if (!m || LANGUAGE === 'en') {
    return text || '';
  }
  return LANGUAGE === 'ru' ? `${m[1]}, п. ${m[2]}, строка ${m[3]}` : `${m[1]}, ${m[2]}-тармақ, ${m[3]}-жол`;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

async function read(path) {
  const response = await fetch(ROOT + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(String(response.status));
  }
  return response.json();
}

function close() {
  document.querySelectorAll('.qyzmet-receipt-backdrop').forEach((node) => node.remove());
}

function dialog(kind, title) {
  close();
  const backdrop = element('div', 'qyzmet-receipt-backdrop');
  const box = element('div', `qyzmet-receipt qyzmet-receipt-${kind}`);
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-modal', 'true');
  const heading = element('h3', 'qyzmet-receipt-title', title);
  heading.id = 'qyzmet-receipt-title';
  box.setAttribute('aria-labelledby', heading.id);
  box.appendChild(heading);
  backdrop.appendChild(box);
  backdrop.addEventListener('click', (event) => {
    if (event.target === backdrop) {
      close();
    }
  });
  return {backdrop, box};
}

function row(list, label, value, className) {
  if (value === undefined || value === null || value === '') {
    return;
  }
  list.appendChild(element('dt', null, label));
  list.appendChild(element('dd', className, value));
}

function finish({backdrop, box}, links) {
  const actions = element('div', 'qyzmet-receipt-actions');
  links.forEach((link) => actions.appendChild(link));
  const button = element('button', 'btn btn-default qyzmet-receipt-close', T.close);
  button.type = 'button';
  button.addEventListener('click', close);
  actions.appendChild(button);
  box.appendChild(actions);
  document.body.appendChild(backdrop);
  button.focus();
}

function printLink(href, text) {
  const link = element('a', 'btn btn-primary qyzmet-receipt-print', text);
  link.href = ROOT + href;
  link.target = '_blank';
  link.rel = 'noopener';
  return link;
}

async function showReceipt(number) {
  const receipt = await read(`/api/applications/${encodeURIComponent(number)}/receipt`);
  const refused = receipt.kind === 'refusalReceipt';
  const shown = dialog(refused ? 'refused' : 'accepted', refused ? T.refused : T.accepted);
  const list = element('dl', 'qyzmet-receipt-lines');
  row(list, T.number, receipt.businessKey, 'qyzmet-receipt-number');
  row(list, T.service, `${receipt.standard} · ${(receipt.service && (receipt.service.kk || receipt.service.en)) || ''}`);
  row(list, T.applicant, receipt.applicant && receipt.applicant.fullName);
  if (!refused) {
    row(list, T.expected, receipt.expectedResultAt ? printed(receipt.expectedResultAt) : T.onTheSpot,
      'qyzmet-receipt-expected');
  }
  if (receipt.office) {
    row(list, T.office, [receipt.office.name, receipt.office.address].filter(Boolean).join(', '),
      'qyzmet-receipt-office');
  }
  if (receipt.officeServesFrom) {
    row(list, T.servesFrom, printed(receipt.officeServesFrom));
  }
  shown.box.appendChild(list);
  if (refused) {
    shown.box.appendChild(element('h4', null, T.missing));
    const missing = element('ul', 'qyzmet-receipt-missing');
    (receipt.missingDocuments || []).forEach((document) => {
      missing.appendChild(element('li', null, document.name || document.code));
    });
    shown.box.appendChild(missing);
    if (receipt.refusal) {
      shown.box.appendChild(element('p', 'qyzmet-receipt-ground',
        `${T.ground}: ${receipt.refusal.text} (${citation(receipt.refusal.citation)})`));
    }
  }
  const links = [];
  try {
    const documents = await read(`/api/applications/${encodeURIComponent(number)}/documents`);
    const printable = documents.find((d) => d.kind === receipt.kind);
    if (printable) {
      links.push(printLink(printable.href, refused ? T.printRefusal : T.print));
    } else {
      shown.box.appendChild(element('p', 'qyzmet-receipt-note', T.noPrint));
    }
  } catch (e) {
    shown.box.appendChild(element('p', 'qyzmet-receipt-note', T.noPrint));
  }
  finish(shown, links);
}

async function showTalon(number) {
  const talon = await read(`/api/complaints/${encodeURIComponent(number)}`);
  const shown = dialog('accepted', T.complaint);
  const list = element('dl', 'qyzmet-receipt-lines');
  row(list, T.number, talon.number || number, 'qyzmet-receipt-number');
  row(list, T.reviewBody, talon.reviewBody);
  row(list, T.answerDue, talon.answerDue ? printed(talon.answerDue) : null);
  shown.box.appendChild(list);
  const links = [];
  try {
    const documents = await read(`/api/applications/${encodeURIComponent(number)}/documents`);
    const printable = documents.find((d) => d.kind === 'complaintTalon');
    if (printable) {
      links.push(printLink(printable.href, T.printTalon));
    }
  } catch (e) {
    // the talon's print is also among the case's documents
  }
  finish(shown, links);
}

/** The number of a started case whose receipt is not read (a mobile centre's visit), or could not be read. */
function showNumber(number, unreadable) {
  const shown = dialog('accepted', T.started);
  const list = element('dl', 'qyzmet-receipt-lines');
  row(list, T.number, number, 'qyzmet-receipt-number');
  shown.box.appendChild(list);
  if (unreadable) {
    shown.box.appendChild(element('p', 'qyzmet-receipt-note', T.unreadable));
  }
  finish(shown, []);
}

async function started(instance) {
  const number = instance && instance.businessKey;
  if (!number) {
    return;
  }
  const key = instance.definitionKey || (instance.definitionId || '').split(':')[0];
  try {
    if (key === 'complaint') {
      await showTalon(number);
    } else if (/^S\d{2}$/.test(key)) {
      await showReceipt(number);
    } else {
      showNumber(number, false);
    }
  } catch (e) {
    showNumber(number, true);
  }
}

// The start's answer, as Tasklist's HTTP client (XMLHttpRequest) receives it.
const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function qyzmetOpen(method, url, ...rest) {
  const path = String(url).split('?')[0];
  this.qyzmetStart = String(method).toUpperCase() === 'POST' && path.includes('/api/engine/') && START.test(path);
  return open.call(this, method, url, ...rest);
};
XMLHttpRequest.prototype.send = function qyzmetSend(...args) {
  if (this.qyzmetStart) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        try {
          started(JSON.parse(this.responseText));
        } catch (e) {
          // not a process instance: nothing to show
        }
      }
    });
  }
  return send.apply(this, args);
};

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    close();
  }
});

// The start dialog's list, sorted by name by Tasklist: the state services (their names begin with the code, S01-S13)
// come first; a heading is set on the first item of each group (CSS shows it, styles/user-styles.css). Nothing is
// moved: the list belongs to Tasklist's Angular.
function group(list) {
  const items = Array.from(list.children).filter((li) => li.tagName === 'LI');
  const service = (li) => /^S\d{2}\b/.test((li.textContent || '').trim());
  const firstService = items.find(service);
  const firstOther = items.find((li) => !service(li));
  items.forEach((li) => {
    const title = li === firstService ? T.services : li === firstOther ? T.others : null;
    if (title && li.getAttribute('data-qyzmet-group') !== title) {
      li.setAttribute('data-qyzmet-group', title);
    } else if (!title && li.hasAttribute('data-qyzmet-group')) {
      li.removeAttribute('data-qyzmet-group');
    }
  });
}

new MutationObserver(() => {
  document.querySelectorAll('.modal ul.processes').forEach(group);
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

export default [];
