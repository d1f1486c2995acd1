// form-js 1.8 (Camunda Forms in Tasklist) writes its own messages in English, with no translation hook: its validator
// returns fixed strings ("Field is required.") and its select, taglist and dynamic list write fixed labels. This
// script, loaded by Tasklist (config.js customScripts), rewrites those texts on the page into the clerk's language,
// chosen as Tasklist chooses it: the browser's first language if it is kk, ru or en, Kazakh otherwise.
// What is left in English is listed in README ("Languages").

const LANGUAGE = (() => {
  const nav = window.navigator;
  const first = ((Array.isArray(nav.languages) && nav.languages[0]) || nav.language || '').split('-')[0].toLowerCase();
  return ['kk', 'ru', 'en'].includes(first) ? first : 'kk';
})();

// [English pattern of form-js, Kazakh, Russian]; $1, $2 are the values form-js put into its message.
const MESSAGES = [
  [/^Field is required\.$/, 'Өрісті толтыру міндетті.', 'Поле обязательно для заполнения.'],
  [/^Field must match pattern (.+)\.$/, 'Мәні $1 үлгісіне сай болуы керек.', 'Значение должно соответствовать шаблону $1.'],
  [/^Field must have minimum value of (.+)\.$/, 'Мәні кемінде $1 болуы керек.', 'Значение должно быть не меньше $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Мәні $1 мәнінен аспауы керек.', 'Значение должно быть не больше $1.'],
  [/^Field must have minimum length of (.+)\.$/, 'Кемінде $1 таңба жазылуы керек.', 'Нужно не менее $1 символов.'],
  [/^Field must have maximum length of (.+)\.$/, '$1 таңбадан аспауы керек.', 'Допускается не более $1 символов.'],
  [/^Field must be a valid {1,2}international phone number\..*$/,
    'Телефон нөмірі халықаралық пішімде болуы керек (мысалы, +77010000000).',
    'Номер телефона должен быть в международном формате (например, +77010000000).'],
  [/^Field must be a valid email\.$/, 'Электрондық пошта мекенжайы дұрыс емес.', 'Неверный адрес электронной почты.'],
  [/^Value is not a number\.$/, 'Мәні сан емес.', 'Значение не является числом.'],
  [/^Value is expected to be an integer\.$/, 'Мәні бүтін сан болуы керек.', 'Значение должно быть целым числом.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'Үтірден кейін ең көбі $1 цифр болуы керек.',
    'Допускается не более $1 знаков после запятой.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    'Жарамды мән таңдаңыз; ең жақын жарамды мәндер: $1 және $2.',
    'Выберите допустимое значение; ближайшие допустимые: $1 и $2.'],
  [/^Select$/, 'Таңдаңыз', 'Выберите'],
  [/^No results$/, 'Ештеңе табылмады', 'Ничего не найдено'],
  [/^All values selected$/, 'Барлық мән таңдалды', 'Выбраны все значения'],
  [/^Add new$/, 'Жаңасын қосу', 'Добавить'],
  [/^Expand all$/, 'Барлығын ашу', 'Развернуть все'],
  [/^Collapse$/, 'Жию', 'Свернуть'],
];
const PLACEHOLDERS = [[/^Search$/, 'Іздеу', 'Поиск']];

function translate(text, table) {
  if (LANGUAGE === 'en' || !text) {
    return null;
  }
  const trimmed = text.trim();
  for (const [pattern, kk, ru] of table) {
    if (pattern.test(trimmed)) {
      return trimmed.replace(pattern, LANGUAGE === 'ru' ? ru : kk);
    }
  }
  return null;
}

function translateNode(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    const parent = root.parentElement;
    if (parent && parent.closest('.fjs-container')) {
      const text = translate(root.data, MESSAGES);
      if (text !== null && text !== root.data) {
        root.data = text;
      }
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateNode(node);
  }
  const inputs = root.matches('input[placeholder]') ? [root] : root.querySelectorAll('.fjs-container input[placeholder]');
  inputs.forEach((input) => {
    const text = translate(input.getAttribute('placeholder'), PLACEHOLDERS);
    if (text !== null) {
      input.setAttribute('placeholder', text);
    }
  });
}

if (LANGUAGE !== 'en') {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateNode(mutation.target);
      } else if (mutation.type === 'attributes') {
        if (mutation.target.closest && mutation.target.closest('.fjs-container')) {
          translateNode(mutation.target);
        }
      } else {
        mutation.addedNodes.forEach(translateNode);
      }
    }
  }).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder'],
  });
}

export default [];
