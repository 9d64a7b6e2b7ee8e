// The webview pages that draw their own text (the Tone panel) in the pseudo-locale, in
// Chromium: the page as the extension renders it (src/extension/tone/toneHtml.ts, with the
// pseudo-locale's strings and a model computed from two fixture articles with those strings
// configured, as the engine's worker is), its script media/tone.js run under the page's own
// CSP, and every word it shows (text, tooltips, labels) checked: a word in plain English
// that the articles do not have is a string the page does not localise.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { launchBrowser } from './host.mjs';
import { REPO_ROOT } from './paths.mjs';
import { PSEUDO_LOCALE } from './pseudoLocale.mjs';

const require = createRequire(import.meta.url);
const OUT = path.join(REPO_ROOT, 'out', 'src');
const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');

/**
 * Checks the Tone page of a pair and of three outlets; prints one line per page and a
 * closing `pseudo-locale webviews: N passed, N failed` line. Resolves to the failures.
 */
export async function checkPseudoWebviews() {
  const l10n = require('@vscode/l10n');
  const strings = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'l10n', `bundle.l10n.${PSEUDO_LOCALE}.json`), 'utf8'));
  l10n.config({ contents: strings });
  const { compareArticles } = require(path.join(OUT, 'core', 'compare.js'));
  const { compareCollection } = require(path.join(OUT, 'core', 'collection', 'compareCollection.js'));
  const { toneModelOf, collectionToneModel } = require(path.join(OUT, 'core', 'views', 'toneModel.js'));
  const { toneHtml } = require(path.join(OUT, 'extension', 'tone', 'toneHtml.js'));
  const read = (name) => ({ text: fs.readFileSync(path.join(FIXTURES, name), 'utf8'), path: name, title: name });

  const pair = ['tone-a.txt', 'tone-b.txt'].map(read);
  const outlets = ['outlet-daily.txt', 'outlet-gazette.txt', 'outlet-wire.txt'].map(read);
  const pages = [
    { name: 'the Tone panel of a pair', inputs: pair, model: toneModelOf(compareArticles(pair[0], pair[1])) },
    { name: 'the Tone panel of three outlets', inputs: outlets, model: collectionToneModel(compareCollection(outlets)) },
  ];
  const script = fs.readFileSync(path.join(REPO_ROOT, 'media', 'tone.js'), 'utf8');
  const browser = await launchBrowser();
  let failures = 0;
  try {
    for (const { name, inputs, model } of pages) {
      const nonce = 'pseudo0123456789';
      // The page's own script inline, under its nonce, so that its CSP applies as in VS Code.
      const html = toneHtml({ cspSource: 'https://example.invalid', styleUri: 'https://example.invalid/tone.css', scriptUri: 'tone.js', nonce, model, locale: { language: PSEUDO_LOCALE, strings } })
        .replace(`<script nonce="${nonce}" src="tone.js"></script>`, () => `<script nonce="${nonce}">${script.replace(/<\/script/gi, '<\\/script')}</script>`);
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        globalThis.acquireVsCodeApi = () => ({ postMessage() {}, getState() {}, setState() {} });
      });
      // Served from an address, not set as content: the stub of the webview API is put in as a document starts.
      await page.route('https://tone.invalid/', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
      await page.goto('https://tone.invalid/');
      await page.waitForFunction(() => document.getElementById('root')?.childElementCount > 0, undefined, { timeout: 10_000 }).catch(() => {});
      const shown = await page.evaluate(() => {
        const pieces = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.parentElement?.closest('script, style')) pieces.push(node.textContent ?? '');
        }
        for (const element of document.body.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
          for (const attribute of ['title', 'aria-label', 'placeholder', 'alt']) if (element.hasAttribute(attribute)) pieces.push(element.getAttribute(attribute) ?? '');
        }
        return pieces;
      });
      await page.close();
      const problems = [...errors.map((e) => `page error: ${e}`), ...(shown.join('').trim() === '' ? ['the page shows nothing'] : []), ...unlocalised(shown, inputs)];
      if (problems.length > 0) failures++;
      console.log(`${problems.length === 0 ? '  ✔' : '  ✘'} ${name}${problems.map((p) => `\n      ${p}`).join('')}`);
    }
  } finally {
    await browser.close();
    l10n.config({ contents: {} });
  }
  console.log(`pseudo-locale webviews: ${pages.length - failures} passed, ${failures} failed`);
  return failures;
}

/**
 * Pieces of text holding a plain-English word that is not cut from the articles (the
 * actors' names and sentence previews are theirs): cut at accented (localised) words,
 * numbers and separators first.
 */
function unlocalised(pieces, inputs) {
  const passages = inputs.flatMap((input) => [input.text, input.path]).map((text) => squeeze(text).toLowerCase());
  return [
    ...new Set(
      pieces
        // Numbers and lists are the page's own frame around the articles' words (“+5 <sentence>”, “A, 7”).
        .flatMap((piece) => piece.split(/[“”"‘«»()[\]·:;,—–…]| \/ |[+\u2212-]?\d+(?:[.,]\d+)*|\S*[^\x00-\x7F’]\S*/u))
        .map(squeeze)
        .filter((segment) => segment !== '' && !passages.some((passage) => passage.includes(segment.toLowerCase())))
        .filter((segment) => (segment.match(/\p{L}+/gu) ?? []).some((word) => word.length >= 2 && /^[A-Za-z]+$/.test(word)))
    ),
  ].sort();
}

function squeeze(text) {
  return text.replace(/\s+/g, ' ').trim();
}
