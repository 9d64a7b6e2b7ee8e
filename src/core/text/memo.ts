/**
 * Memoises a function of one word. The engine asks the same few thousand words the same
 * questions in every pair of a collection (how is it spelled in the US, what is its stem), so
 * answers are kept; the table is emptied when it grows past `limit`, which bounds its memory
 * on huge or hostile texts.
 */
export function memoizeWord(compute: (word: string) => string, limit = 100_000): (word: string) => string {
  let table = new Map<string, string>();
  return (word) => {
    let value = table.get(word);
    if (value === undefined) {
      value = compute(word);
      if (table.size >= limit) table = new Map();
      table.set(word, value);
    }
    return value;
  };
}
