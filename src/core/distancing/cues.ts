/**
 * Word lists that tell a quoted word in the outlet's own voice (a scare quote) from quoted
 * words that belong to someone else, name a work, or mention a word as a word. All entries
 * are word norms (lower case, apostrophes unified, possessive removed).
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Verbs that hand the quoted words to someone ("what he called “provocations”", "dubbed
 * “the deal of the century”", "she said the “reforms”"). "called" inside "so-called" and
 * "called for/on/off" are not labelling and are excluded where these are used.
 */
export const LABEL_VERBS = words(`
  call calls called calling dub dubs dubbed dubbing term terms termed terming
  label labels labelled labeled labelling labeling brand brands branded branding
  describe describes described describing characterised characterized characterise characterize
  nickname nicknamed name named names title titled entitled style styled coin coined
  say says said saying tell tells told telling write writes wrote put puts
  claim claims claimed claiming allege alleged insist insisted deny denied
`);

/** Particles after which "called" asks for something rather than naming it. */
export const NOT_LABELLING_AFTER = words('for on off up upon in out back');

/** "known as", "referred to as": the words that, followed by "as", introduce a label. */
export const AS_LABEL = words('known referred billed touted hailed styled branded dubbed described regarded');

/**
 * Nouns that make the quoted words a title or a name of a work, programme or operation
 * (Operation “Iron Swords”, the “Today” programme, the film “Civil War”), a document's own
 * wording (a resolution ‘deploring’ …) or a word mentioned as a word (the word “genocide”).
 */
export const WORK_OR_WORD = words(`
  word words term terms phrase phrases expression expressions label labels name names nickname
  adjective noun verb slogan slogans motto hashtag chant chants chanted chanting banner banners
  placard placards sign signs headline headlines headlined caption title titles
  show shows programme programmes program programs series episode film films movie movies
  documentary book books novel memoir song songs album play opera podcast poem painting exhibition
  newspaper magazine column article essay blog website channel host presenter anchor
  operation exercise campaign doctrine brand symbol logo letter
  resolution resolutions statement statements communique declaration letter memo memorandum
  decree manifesto tweet post posts text
`);

/**
 * Nouns of reported speech. Quoted words inside the clause they govern ("reports that
 * Pakistan was supplying “defense items”") repeat the source's wording: attributed.
 */
export const REPORT_NOUNS = words(`
  report reports claim claims allegation allegations accusation accusations suggestion suggestions
  rumour rumours rumor rumors assertion assertions statement statements remark remarks comment
  comments assurance assurances warning warnings charge charges
`);

/** Words in front of a quoted Title Case phrase that make it a name used with distance. */
export const DETERMINERS = words('the a an this that these those its their his her our');

/**
 * Words of statehood and authority. A quoted name that claims one (the “Donetsk People's
 * Republic”, the “Islamic State”) is held at a distance; other quoted Title Case names
 * (the “Green Deal”, the “Peace Formula”) are names of plans and works, quoted as names.
 */
export const AUTHORITY = words(`
  republic state army government authority authorities caliphate ministry parliament court
  police militia guard front council federation kingdom emirate administration regime people
  liberation election elections referendum president governor mayor
`);
