import type { Word } from '../types';

/**
 * Reporting verbs that attribute a quote, in every form news copy uses them.
 *
 * Forms that are also common nouns ("claims", "states", "notes", "calls", "reports") are
 * listed only in their past and -ing forms: "denied claims that…" must not make "claims" the
 * verb of a quote later in the sentence. A few verbs attribute only after a quote ("“Why?”
 * she asked"; "she continued"), because before one they usually mean something else ("when
 * asked about reports…", "continued to…").
 */
const ANY_POSITION = `
  say says said saying tell tells told telling add adds added adding explain explains explained explaining
  insist insists insisted insisting deny denies denied denying warn warns warned warning
  describe describes described describing argue argues argued arguing assert asserts asserted asserting
  declare declares declared declaring announce announces announced announcing confirm confirms confirmed confirming
  acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting concede concedes conceded conceding
  allege alleges alleged alleging suggest suggests suggested suggesting observe observes observed observing
  emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing
  underline underlines underlined underlining underscore underscores underscored underscoring
  reiterate reiterates reiterated reiterating reaffirm reaffirms reaffirmed reaffirming
  clarify clarifies clarified clarifying urge urges urged urging respond responds responded responding
  write writes wrote writing written recall recalls recalled recalling caution cautions cautioned cautioning
  predict predicts predicted predicting threaten threatens threatened threatening accuse accuses accused accusing
  blast blasts blasted blasting slam slams slammed slamming rubbish rubbishes rubbished rubbishing
  dismiss dismisses dismissed dismissing reject rejects rejected rejecting refute refutes refuted refuting
  retort retorts retorted retorting complain complains complained complaining lament laments lamented lamenting
  agree agrees agreed conclude concludes concluded concluding reveal reveals revealed revealing
  disclose discloses disclosed disclosing inform informs informed informing assure assures assured assuring
  advise advises advised advising dub dubs dubbed dubbing brand brands branded branding
  characterise characterises characterised characterising characterize characterizes characterized characterizing
  highlight highlights highlighted highlighting maintain maintains maintained maintaining
  tweet tweeted tweeting boast boasts boasted boasting quip quips quipped mention mentions mentioned mentioning
  stressed stressing claimed claiming stated stating noted noting called calling termed terming
  reported reporting commented commenting remarked remarking answered answering replied replies replying
  promised pledged pledging vowed vowing charged countered countering labelled labeled labelling labeling quoted
  posted
`;

const AFTER_ONLY = 'asked asks continued continues wondered shouted whispered joked';

/** Multi-word reporting verbs, as word norms. */
const PHRASES: readonly (readonly string[])[] = [
  'made it clear',
  'makes it clear',
  'making it clear',
  'made clear',
  'pointed out',
  'points out',
  'pointing out',
  'went on',
  'goes on',
  'according to',
].map((p) => p.split(' '));

const FORMS = new Set(ANY_POSITION.split(/\s+/).filter(Boolean));
const AFTER_FORMS = new Set(AFTER_ONLY.split(' '));

/** "according to" names its source after it, like a verb placed before its subject. */
export const ACCORDING_TO = 'according to';

/**
 * The reporting verb starting at `words[i]`, as the number of words it spans (1, or more for
 * "made it clear"), or 0. `after` says whether the verb follows the quote.
 */
export function reportingVerbAt(words: readonly Word[], i: number, after: boolean): number {
  const norm = words[i]?.norm;
  if (norm === undefined) {
    return 0;
  }
  for (const phrase of PHRASES) {
    if (phrase[0] === norm && phrase.every((p, k) => words[i + k]?.norm === p && words[i + k]!.sentence === words[i]!.sentence)) {
      return phrase.length;
    }
  }
  if (FORMS.has(norm) || (after && AFTER_FORMS.has(norm))) {
    return 1;
  }
  return 0;
}

/** True when the verb form is a participle whose subject is the sentence's subject. */
export function isParticiple(word: Word): boolean {
  return word.norm.endsWith('ing');
}

/**
 * Words that may sit between a speaker and the verb: adverbs ("she further said", "the
 * spokesperson categorically stated") and auxiliaries ("he has said", "she was quoted").
 */
export function isFiller(word: Word): boolean {
  return (
    FILLERS.has(word.norm) || (word.norm.length > 4 && word.norm.endsWith('ly') && !NOT_ADVERBS.has(word.norm))
  );
}

const FILLERS = new Set(
  'also further later then again earlier once still too today yesterday has had have was were is would will did does not never'.split(' ')
);
const NOT_ADVERBS = new Set(['italy', 'family', 'daily', 'ally', 'rally', 'assembly', 'reply', 'supply', 'july', 'apply', 'fly', 'only']);

const wordSet = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Verbs that characterise something as a quoted label: "condemned the verdict as “a travesty
 * of justice”", "hailed the deal as “historic”". They attribute a quote only through "as";
 * without it ("condemned the “referendum”") the marks may well be the outlet's.
 */
const CHARACTERISING = wordSet(`
  condemn condemns condemned condemning denounce denounces denounced denouncing
  decry decries decried decrying hail hails hailed hailing praise praises praised praising
  criticise criticises criticised criticising criticize criticizes criticized criticizing
  deride derides derided deriding ridicule ridicules ridiculed ridiculing mock mocks mocked mocking
  lambast lambasts lambasted lambaste lambastes castigate castigates castigated castigating
  attack attacks attacked attacking welcome welcomes welcomed welcoming greet greets greeted greeting
  portray portrays portrayed portraying depict depicts depicted depicting paint paints painted
  cast casts casting see sees saw seen view views viewed viewing regard regards regarded
`);

/** True when the word characterises its object "as" something ("hailed the deal as “…”"). */
export function isCharacterising(word: Word): boolean {
  return CHARACTERISING.has(word.norm);
}

/**
 * Reporting verbs that take no quoted object of their own: before a quote they introduce it
 * only through a colon, a comma or "that" ("responded: “…”", "replied that “…”"). In
 * "emergency services had responded “as quickly as humanly possible”" the quote says how they
 * responded; "charged with “hooliganism”" is a legal charge, not speech.
 */
export const NEEDS_INTRODUCTION = wordSet(`
  respond responds responded responding reply replies replied replying answer answers answered answering charged
`);

/**
 * Verbs that reject an object: the quote is theirs when it is the object ("rejected “any
 * interference”", "dismissed the report as “fake news”"), not when it hangs off the object
 * through a preposition ("rejected calls for a “ceasefire”": the calls are rejected, the marks
 * are the outlet's).
 */
export const REBUTTALS = wordSet(`
  reject rejects rejected rejecting dismiss dismisses dismissed dismissing refute refutes refuted refuting
  rubbish rubbishes rubbished rubbishing slam slams slammed slamming blast blasts blasted blasting
`);

/** Prepositions by which a quote hangs off a rejected object: calls for, reports of, talk about. */
export const OBJECT_PREPOSITIONS = wordSet('for of about over on against to into with in');

/** Forms of "be" that make the participle after them passive: "was condemned as “…”", "were told". */
export const BE_FORMS = wordSet('is are was were be been being');
