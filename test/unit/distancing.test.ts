import * as assert from 'assert';
import { distancingMarkers } from '../../src/core/distancing/distancing';
import { findQuotes } from '../../src/core/quotes/quotes';
import { segment } from '../../src/core/text/segment';
import type { Quote, SegmentedText } from '../../src/core/types';

type Found = [kind: string, marker: string, phrase: string];

/**
 * Every curly-quoted span as a quote with no speaker or verb: what a quote finder that
 * attributes nothing would report. Run with these, a must-not case tests this module's own
 * rules rather than the quote finder's attribution.
 */
function bareQuotes(doc: SegmentedText): Quote[] {
  return [...doc.text.matchAll(/(?<!\p{L})[“‘]([^“”‘’]+?)[”’](?!\p{L})/gu)].map((m) => {
    let start = m.index! + 1;
    let end = start + m[1]!.length;
    while (/[\s,]/.test(doc.text[end - 1]!)) end--;
    while (/\s/.test(doc.text[start]!)) start++;
    const sentence = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
    return { quote: { text: doc.text.slice(start, end), start, end }, sentence };
  });
}

/** The markers of a text as [kind, marked text, phrase]; every span must slice the text. */
function markers(text: string, quotes: (doc: SegmentedText) => Quote[] = findQuotes): Found[] {
  const doc = segment(text);
  return distancingMarkers(doc, quotes(doc)).map((m) => {
    assert.strictEqual(text.slice(m.start, m.end), m.text, 'marker offsets are exact');
    assert.strictEqual(text.slice(m.phrase.start, m.phrase.end), m.phrase.text, 'phrase offsets are exact');
    assert.ok(m.start <= m.phrase.start && m.phrase.end <= m.end, 'the phrase lies inside its marker');
    assert.strictEqual(doc.sentences[m.sentence]!.start <= m.start && m.start < doc.sentences[m.sentence]!.end, true, 'sentence index');
    return [m.kind, m.text, m.phrase.text];
  });
}

describe('distancing markers', () => {
  // Each case is a marker an analyst would point to; the sentences vary the quote marks and
  // put apostrophes next to single quotes so a possessive cannot pass for a closing mark.
  const positives: Array<[string, string, Found[]]> = [
    ['war, British single quotes after a possessive', 'Kyiv’s ‘reforms’ have stalled since the spring.', [['scare-quote', '‘reforms’', 'reforms']]],
    ['war, curly double quotes', 'The “ceasefire” lasted barely a day before the shelling resumed.', [['scare-quote', '“ceasefire”', 'ceasefire']]],
    ['elections, straight double quotes', 'A "referendum" held under occupation drew long queues of soldiers.', [['scare-quote', '"referendum"', 'referendum']]],
    ['business, straight single quotes after a possessive', "The company's 'restructuring' cost four thousand jobs.", [['scare-quote', "'restructuring'", 'restructuring']]],
    ['migration, a two-word phrase', 'Migrants were held in a ‘reception centre’ on the island for weeks.', [['scare-quote', '‘reception centre’', 'reception centre']]],
    ['courts, a curly apostrophe right before the opening mark', 'After the ruling, the court’s ‘independence’ became a punchline.', [['scare-quote', '‘independence’', 'independence']]],
    ['a comma inside the closing mark stays out of the phrase', 'The ‘reforms,’ which few voters wanted, passed anyway.', [['scare-quote', '‘reforms,’', 'reforms']]],
    ['a full stop inside the closing mark stays out of the phrase', 'The board cut wages to deliver the “savings.”', [['scare-quote', '“savings.”', 'savings']]],
    ['two markers in one sentence', 'The ministry’s ‘reforms’ and the “savings” they promise were debated.', [['scare-quote', '‘reforms’', 'reforms'], ['scare-quote', '“savings”', 'savings']]],
    // A verb straight after the quote, with no comma between, is the outlet's own sentence
    // going on ("claimed the bombing"), not speech handed back to a speaker.
    ['a quoted name of a would-be state as the subject', 'The “Islamic State” claimed the bombing.', [['scare-quote', '“Islamic State”', 'Islamic State']]],
    ['courts, so-called with a quoted word', 'The judge dismissed the testimony of so-called "experts" hired by the defence.', [['so-called', 'so-called "experts"', 'experts']]],
    ['war, so-called up to the verb', 'Moscow’s so-called special military operation entered its third year.', [['so-called', 'so-called special military operation', 'special military operation']]],
    ['so called without a hyphen, up to an adverb', 'The so called experts recently changed their minds.', [['so-called', 'so called experts', 'experts']]],
    ['so-called stops where a name begins', 'The so-called peacekeepers Moscow sent stayed.', [['so-called', 'so-called peacekeepers', 'peacekeepers']]],
    ['self-proclaimed before a possessive', 'Leaders of the self-proclaimed republic’s parliament met.', [['so-called', 'self-proclaimed republic', 'republic']]],
    ['self-declared with a name that has a possessive inside', "Officials of the self-declared Donetsk People's Republic counted the votes.", [['so-called', "self-declared Donetsk People's Republic", "Donetsk People's Republic"]]],
    ['self-styled with a name of connectors', 'Fighters of the self-styled Army of the South fled.', [['so-called', 'self-styled Army of the South', 'Army of the South']]],
  ];
  for (const [name, text, expected] of positives) {
    it(`finds ${name}`, () => {
      assert.deepStrictEqual(markers(text), expected);
    });
  }

  // Quoted words that belong to someone, name a work, mention a word or are speech. All but
  // the ones marked `finder` must stay clean even when the quote finder attributes nothing.
  const negatives: Array<[string, string, 'finder'?]> = [
    ['a quote attributed after it', 'It was an ‘old story’, she said.'],
    ['a quote attributed after it with the comma inside', '“Nonsense,” Mr. Lee said.'],
    ['a quote attributed before it', 'The minister called them “not accurate” on Tuesday.'],
    ['what he called “…”', 'He denounced what he called “provocations” at the border.'],
    ['what Moscow calls a “…”', 'The offensive is part of what Moscow calls a “special military operation” in the east.'],
    ['a name residents use', 'Residents call it “the wall”.'],
    ['a quoted symbol', 'The “Z” symbol appeared on the tanks.'],
    ['a label handed back after a pause', 'The “reforms”, as the minister put it, were overdue.'],
    ['the title of a show', 'She appeared on “Meet the Press” on Sunday.'],
    ['the name of an operation', 'The army launched Operation “Iron Swords” at dawn.'],
    ['a plan’s name in Title Case', 'Farmers protested against the ‘Green Deal’ rules in Brussels.'],
    ['a word mentioned as a word', 'Officials avoided the word “genocide” in the statement.'],
    ['a nickname introduced as one', 'The colonel was known as “the Butcher” in the region.'],
    ['a long quoted sentence', 'The banner read “We will never give up this land, not for any price” in red letters.'],
    ['a pull quote before a colon', '“Not a ceasefire”: the envoy on the talks.'],
    ['apostrophes only', "Britain's voters and the party’s members argued about the workers' union in the ’90s.", 'finder'],
    ['a scare quote nested in a speaker’s quote', '“We reject the ‘reforms’ entirely,” the union leader said.', 'finder'],
    ['so-called inside a speaker’s quote', '“These so-called reforms are a fraud,” the senator said.'],
    ['a quoted “so-called”', 'The “so-called” reforms stalled.'],
    ['so called as an explanation of a name', 'The bay is so called because of its shape.'],
    // 002 among the shared articles: "reports in the Indian media that Pakistan was supplying
    // “defense items”" repeats the reports' wording inside the clause they govern.
    ['words inside a clause of reported speech', 'Reports in the local press that the army was using “cluster munitions” were denied.'],
    // 004: "a UN Security Council resolution ‘deploring’ Russia’s aggression" cites the document.
    ['a document’s own wording', 'The council passed a resolution ‘deploring’ the closure of the port.'],
  ];
  for (const [name, text, finder] of negatives) {
    it(`does not flag ${name}`, () => {
      assert.deepStrictEqual(markers(text), []);
      if (!finder) {
        assert.deepStrictEqual(markers(text, bareQuotes), [], 'without attribution from the quote finder');
      }
    });
  }

  it('takes a bare quote of one short phrase as a scare quote', () => {
    // The counterpart of the must-not cases above: the same helper does produce markers.
    assert.deepStrictEqual(markers('The “ceasefire” held.', bareQuotes), [['scare-quote', '“ceasefire”', 'ceasefire']]);
  });
});
