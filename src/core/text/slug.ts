/**
 * Lower-case ASCII words joined by hyphens, accents folded, at most 40 characters
 * ("Port Calloway" → "port-calloway", "Ñandú" → "nandu"): file names of exports and ids of
 * lexicon sets made from text. `fallback` when nothing is left.
 */
export function kebabSlug(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug || fallback;
}
