import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
const strings = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;

/** Every string the manifest shows a user, wherever it sits. */
function shown(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['title', 'description', 'markdownDescription', 'name', 'displayName', 'category', 'contextualTitle'].includes(key) ? [value] : [];
  if (Array.isArray(value)) return key === 'enumDescriptions' ? value.filter((v): v is string => typeof v === 'string') : value.flatMap((v) => shown(v));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => shown(v, k));
  return [];
}

describe('the manifest’s strings', () => {
  const parsed = JSON.parse(manifest) as { contributes: unknown; displayName: string; description: string; capabilities: unknown };

  it('are all placeholders of package.nls.json, so a translation can replace every one', () => {
    const all = [parsed.displayName, parsed.description, ...shown(parsed.capabilities), ...shown(parsed.contributes)];
    assert.ok(all.length > 60, `${all.length} strings`);
    const literal = all.filter((s) => !/^%[\w.-]+%$/.test(s));
    assert.deepStrictEqual(literal, []);
  });

  it('name keys package.nls.json has, and it has no key the manifest does not use', () => {
    const used = new Set([...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]!));
    for (const key of used) assert.ok(key in strings, `package.nls.json has no ${key}`);
    for (const key of Object.keys(strings)) assert.ok(used.has(key), `${key} is not used`);
    for (const [key, value] of Object.entries(strings)) assert.ok(value.trim().length > 0, key);
  });
});
