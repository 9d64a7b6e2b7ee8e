import * as assert from 'node:assert/strict';
import { PREVIEW_LENGTH, preview } from '../../src/core/views/toneModel';

/** The preview by its definition: the whole text flattened, then cut. */
function reference(text: string, length = PREVIEW_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  let cut = flat.lastIndexOf(' ', length);
  if (cut < length / 2) {
    cut = length;
    const code = flat.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
  }
  return flat.slice(0, cut).replace(/[\s,;:–—-]+$/, '') + '…';
}

describe('tone preview of a long sentence', () => {
  it('is the start of the whole sentence flattened, however much whitespace and text follow', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pieces = ['word', 'Kyiv', ' ', '   ', '\n\n', '\t', ',', '—', '😀', 'a-very-long-compound-word-without-spaces', ' '.repeat(400)];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const parts = Math.floor(random() * 200);
      for (let i = 0; i < parts; i++) text += pieces[Math.floor(random() * pieces.length)];
      assert.equal(preview(text), reference(text), JSON.stringify(text));
      assert.equal(preview(text, 10), reference(text, 10), JSON.stringify(text));
    }
  });
});
