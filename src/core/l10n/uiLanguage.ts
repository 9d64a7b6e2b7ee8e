import * as l10n from '@vscode/l10n';

/**
 * The BCP 47 tag of the language the strings are in: the translation's own (its translator
 * writes it in place of `en`), English without one. It names exported pages' `lang` and
 * picks the notation of numbers, so both follow the words around them.
 */
export function uiLanguage(): string {
  return l10n.t({ message: 'en', comment: ['The BCP 47 tag of the language of this translation (de, pt-BR…), for exported pages and the notation of numbers'] });
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * `value` with exactly `digits` decimals in the UI language's notation ("0.121" in English,
 * "0,121" in German), without grouping, as `toFixed` would write it in English. A tag the
 * JavaScript engine does not know gives English.
 */
export function decimal(value: number, digits: number): string {
  const language = uiLanguage();
  const key = `${language} ${digits}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false };
    try {
      format = new Intl.NumberFormat(language, options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    formats.set(key, format);
  }
  return format.format(value);
}
