#!/usr/bin/env python3
"""Builds Qyzmet's Kazakh (kk) and Russian (ru) locale files for Camunda's Tasklist, Admin and welcome page.

The texts are written in l10n/webapps-*.txt, one key a line: `KEY | kk | ru` (a key of "labels" by its name, a date
word by its path such as `dateLocales.months[0]`; `app:KEY` for a text that differs in one webapp). This script walks
each webapp's en.json from the Camunda webjar key by key, takes the translation of every key, checks that it keeps
the English text's placeholders ({{...}}, %d, %s) and HTML tags, and writes kk.json and ru.json with the same
structure next to where the webjar keeps en.json, under src/main/resources. A key without a translation stops it.

    python3 l10n/generate-webapp-locales.py [path/to/camunda-webapp-webjar-7.24.0.jar]

Cockpit's files are written separately (cockpit/locales); LocaleFilesTest checks all of them against en.json.
"""
import json
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_JAR = os.path.expanduser(
    '~/.m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar/7.24.0/camunda-webapp-webjar-7.24.0.jar')
APPS = ['tasklist', 'admin', 'welcome']
LANGS = ['kk', 'ru']
# Keys whose text is Qyzmet's own, not a translation of Camunda's (so the English HTML need not be kept).
OWN_TEXT = {'labels.BANNER_CE_EOL_TEXT'}

PLACEHOLDER = re.compile(r'\{\{[^}]*\}\}|%[ds]')
TAG = re.compile(r'</?(a|b|br|code|div|em|i|li|p|span|strong|ul)\b[^>]*>')


def read_texts():
    texts = {}
    for name in sorted(os.listdir(os.path.join(ROOT, 'l10n'))):
        if not (name.startswith('webapps-') and name.endswith('.txt')):
            continue
        with open(os.path.join(ROOT, 'l10n', name), encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if not line.strip() or line.startswith('#'):
                    continue
                parts = line.split(' | ')
                if len(parts) != 3:
                    sys.exit(f'{name}:{number}: expected KEY | kk | ru')
                key = parts[0].strip()
                if key in texts:
                    sys.exit(f'{name}:{number}: {key} written twice')
                texts[key] = {'kk': parts[1].strip(), 'ru': parts[2].strip()}
    return texts


def leaves(node, path=''):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from leaves(v, f'{path}.{k}' if path else k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from leaves(v, f'{path}[{i}]')
    else:
        yield path, node


def translate(node, path, lookup):
    if isinstance(node, dict):
        return {k: translate(v, f'{path}.{k}' if path else k, lookup) for k, v in node.items()}
    if isinstance(node, list):
        return [translate(v, f'{path}[{i}]', lookup) for i, v in enumerate(node)]
    if not isinstance(node, str):
        return node  # numbers (week.dow, week.doy) stay as they are
    return lookup(path, node)


def check(app, lang, path, english, text):
    if sorted(PLACEHOLDER.findall(english)) != sorted(PLACEHOLDER.findall(text)):
        sys.exit(f'{app}/{lang} {path}: placeholders {PLACEHOLDER.findall(english)} but got {text!r}')
    if path not in OWN_TEXT and TAG.findall(english) != TAG.findall(text):
        sys.exit(f'{app}/{lang} {path}: HTML tags {TAG.findall(english)} but got {text!r}')


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_JAR
    texts = read_texts()
    used = set()
    with zipfile.ZipFile(jar) as z:
        for app in APPS:
            base = f'META-INF/resources/webjars/camunda/app/{app}/locales/'
            english = json.loads(z.read(base + 'en.json').decode('utf-8-sig'))
            for lang in LANGS:
                def lookup(path, value):
                    short = path[len('labels.'):] if path.startswith('labels.') else path
                    for key in (f'{app}:{short}', short):
                        if key in texts:
                            used.add(key)
                            check(app, lang, path, value, texts[key][lang])
                            return texts[key][lang]
                    sys.exit(f'{app}: no translation for {path} ({value!r})')
                result = translate(english, '', lookup)
                target = os.path.join(ROOT, 'src/main/resources', base, f'{lang}.json')
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, 'w', encoding='utf-8') as out:
                    json.dump(result, out, ensure_ascii=False, indent=2)
                    out.write('\n')
                print(f'{target}: {sum(1 for _ in leaves(result))} texts')
    unused = sorted(set(texts) - used)
    if unused:
        sys.exit(f'texts for keys no webapp has: {unused}')


if __name__ == '__main__':
    main()
