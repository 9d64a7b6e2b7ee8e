/**
 * Timings of reading web pages and Markdown files (readHtml, readMarkdown): the fixture page,
 * a long synthetic news page, and 1 MB of each hostile construct the unit tests check for
 * correctness. Each line is the median of five readings, wall clock and CPU time (the CPU
 * time is the steadier figure on a shared machine).
 *
 * Run with `npx tsc -p . && node out/bench/readPages.js`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readHtml } from '../src/core/extract/html';
import { readMarkdown } from '../src/core/extract/markdown';
import { formatMs, median, pad } from './measure';

const MB = 1024 * 1024;
const repeat = (unit: string, length = MB) => unit.repeat(Math.ceil(length / unit.length));

/** A long news page: masthead menu, ads, a 150-paragraph article, sidebars, comments, footer. */
function longPage(paragraphs: number, links: number): string {
  const item = (i: number) => `<li class="menu-item"><a href="/s/${i}"><span class="icon"></span>Section ${i}</a></li>`;
  const paragraph = (i: number) => `<p>The council met on day ${i} and <a href="/x${i}">voted</a> to close the Westgate library, officials said.</p>`;
  const sidebar = `<div class="box"><h3>Popular</h3><ul>${Array.from({ length: links / 10 }, (_, i) => `<li><a href="/p/${i}">Popular story ${i}</a></li>`).join('')}</ul></div>`;
  const comments = Array.from({ length: links / 4 }, (_, i) => `<div class="comment"><span>user${i}</span><p>Comment ${i} on it.</p></div>`).join('');
  return `<!DOCTYPE html><html><head><title>Library closes | Courier</title></head><body>
<header><nav><ul>${Array.from({ length: links }, (_, i) => item(i)).join('\n')}</ul></nav></header>
<div class="page">${'<div class="ad"><div></div></div>'.repeat(links / 2)}
<div class="content"><div class="story-body"><h1>Library closes</h1>${Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('\n')}</div>
<div class="sidebar">${sidebar.repeat(3)}</div><section class="comments">${comments}</section></div></div>
<footer><ul>${Array.from({ length: links / 2 }, (_, i) => item(i)).join('')}</ul></footer></body></html>`;
}

const fixture = fs.readFileSync(path.resolve(__dirname, '../../test/fixtures/pages/harbour-page.html'), 'utf8');

const html: [string, string][] = [
  ['fixture page (harbour-page.html)', fixture],
  ['long news page (150 paragraphs)', longPage(150, 1600)],
  ['unclosed <script', repeat('<script x ')],
  ['unclosed <!--', repeat('<!-- a ')],
  ['unclosed <a ', repeat('<a href=x ')],
  ['attribute without end', repeat('<div a="')],
  ['<div> nested 100,000 deep', '<html><body>' + '<div>'.repeat(100_000) + 'Deep text.' + '</div>'.repeat(100_000) + '</body></html>'],
  ['stray closers under deep nesting', '<div>'.repeat(100_000) + '</x>'.repeat(100_000)],
  ['100,000 <p> elements', '<html><body>' + Array.from({ length: 100_000 }, (_, i) => `<p>Word ${i}</p>`).join('') + '</body></html>'],
  ['unclosed references', repeat('&amp &#x12 ')],
  ['alternating furniture', repeat('<p class="share">x</p><nav>y</nav>')],
];

const markdown: [string, string][] = [
  ['article of 300 paragraphs', '# Library closes\n\n' + 'The council met on *Tuesday* and voted to close the [library](http://example.org/lib), officials said.\n\n'.repeat(300)],
  ['unclosed [', repeat('[a ')],
  ['unclosed ![', repeat('![a ')],
  ['unclosed link target', repeat('[a](b ')],
  ['nested brackets', '['.repeat(MB / 2) + ']'.repeat(MB / 2)],
  ['run of *', repeat('*')],
  ['unclosed **', repeat('**a')],
  ['quotes nested on one line', repeat('> ')],
  ['many short paragraphs', repeat('a\n\n')],
];

function time(read: (text: string) => unknown, text: string): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 5; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    read(text);
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const widths = [8, 34, 10, 10, 10];
console.log(pad(['reader', 'input', 'size', 'wall ms', 'cpu ms'], widths));
for (const [reader, cases, read] of [
  ['html', html, readHtml],
  ['markdown', markdown, readMarkdown],
] as const) {
  for (const [label, text] of cases) {
    const { wall, cpu } = time(read, text);
    console.log(pad([reader, label, `${Math.round(text.length / 1024)} KB`, formatMs(wall), formatMs(cpu)], widths));
  }
}
