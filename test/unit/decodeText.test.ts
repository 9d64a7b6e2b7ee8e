import * as assert from 'assert';
import { decodeProblemText, decodeText } from '../../src/core/io/decodeText';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 and removes a leading byte-order mark', () => {
    const result = decodeText(bytes('\uFEFFKyiv said.'));
    assert.deepStrictEqual(result, { ok: true, text: 'Kyiv said.' });
  });

  it('refuses binary data with a reason', () => {
    const result = decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    assert.deepStrictEqual(result, { ok: false, problem: { code: 'binary' } });
    assert.strictEqual(decodeProblemText('x.png', { code: 'binary' }), 'x.png is not a text file (it contains binary data)');
  });

  it('refuses bytes that are not valid UTF-8', () => {
    const result = decodeText(new Uint8Array([0x4b, 0xff, 0xfe, 0x41, 0xc3]));
    assert.deepStrictEqual(result, { ok: false, problem: { code: 'invalid', encoding: 'UTF-8' } });
    assert.strictEqual(decodeProblemText('it', { code: 'invalid', encoding: 'UTF-8' }), 'it is not valid UTF-8 text');
  });

  it('decodes UTF-16 files that start with a byte-order mark', () => {
    const body = Buffer.from('Odesa port', 'utf16le');
    const result = decodeText(new Uint8Array([0xff, 0xfe, ...body]));
    assert.deepStrictEqual(result, { ok: true, text: 'Odesa port' });
  });

  it('accepts empty files (the comparison then says there is nothing to compare)', () => {
    assert.deepStrictEqual(decodeText(new Uint8Array()), { ok: true, text: '' });
  });
});
