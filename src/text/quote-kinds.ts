// What a quotation is, read from what the text shows before anyone asks who said it: quoted speech or
// writing, or a mention — the title of a work, a name, a term or so-called word, a scare quote, a
// slogan, chant or sign, code, a rhetorical question. Only speech can lack a speaker. The signs: the
// words right before the opening mark ("called", "titled", "the phrase", "so-called", "the slogan", a
// broadcaster's possessive, "on" before a programme), the capitalisation of the quoted words (Title
// Case, ALL CAPS), whether they read as a clause (a pronoun subject, an auxiliary, a contraction),
// their length, and code-like characters.
import {readData} from '../package-info.js';
import {VERB_FORMS, inflect} from './lexicons.js';
import {type Token, tokenIndexAt, W_NOT_NAME} from './tokens.js';

export type QuoteKind = 'speech' | 'title' | 'name' | 'term' | 'scare' | 'slogan' | 'code' | 'question';

/** The kinds, as data: which of them are speech that needs a speaker. */
export const QUOTE_KINDS: Readonly<Record<QuoteKind, {speech: boolean; about: string}>> = {
  speech: {speech: true, about: 'quoted speech or writing: a clause, or a fragment of four words or more'},
  title: {speech: false, about: 'the title of a work or programme: Title Case, after "titled", a broadcaster\'s possessive, "on"'},
  name: {speech: false, about: 'a name or nickname: after "called", "named", "dubbed", "known as", "billed as"'},
  term: {speech: false, about: 'a word used as a word: after "so-called", "the phrase", "the term"'},
  scare: {speech: false, about: 'a scare quote: three words or fewer that do not read as a clause'},
  slogan: {speech: false, about: 'a slogan, chant, sign or banner'},
  code: {speech: false, about: 'code, markup, an address, a number or a version string'},
  question: {speech: false, about: 'a rhetorical question the writer poses ("the question is: ...?")'},
};

interface FrameData {
  speechVerbs: string[];
  naming: string[];
  titleNouns: string[];
  termCues: string[];
  sloganCues: string[];
  agentlessSpeech: string[];
}

const frames = readData<FrameData>('quote-frames.json');

/** Verbs that report speech when they stand next to a quotation: the reporting verbs and the quote-only ones. */
export const QUOTE_VERB_FORMS = new Map<string, string>(VERB_FORMS);
{
  const irregular: Record<string, string[]> = {
    begin: ['begins', 'began', 'begun', 'beginning'], cry: ['cries', 'cried', 'crying'], sing: ['sings', 'sang', 'sung', 'singing'],
    put: ['puts', 'put', 'putting'], write: ['writes', 'wrote', 'written', 'writing'], rage: ['rages', 'raged', 'raging'],
    snap: ['snaps', 'snapped', 'snapping'], chime: ['chimes', 'chimed', 'chiming'], weep: ['weeps', 'wept', 'weeping'], sob: ['sobs', 'sobbed', 'sobbing'],
    plead: ['pleads', 'pleaded', 'pled', 'pleading'], sigh: ['sighs', 'sighed', 'sighing'], rail: ['rails', 'railed', 'railing'],
    speak: ['speaks', 'spoke', 'spoken', 'speaking'], worry: ['worries', 'worried', 'worrying'], fret: ['frets', 'fretted', 'fretting'],
  };
  for (const lemma of frames.speechVerbs) {
    const forms = irregular[lemma] ?? regularForms(lemma);
    for (const f of [lemma, ...forms]) if (!QUOTE_VERB_FORMS.has(f)) QUOTE_VERB_FORMS.set(f, lemma);
  }
}

/** -s, -ed, -ing forms of a regular verb (the reporting lexicon's inflection: "rip", "ripped"). */
function regularForms(lemma: string): string[] {
  return inflect(lemma).slice(1);
}

const NAMING = new Set(frames.naming);
const TITLE_NOUNS = new Set(frames.titleNouns);
const TERM_CUES = new Set(frames.termCues);
const SLOGAN_CUES = new Set(frames.sloganCues);
/** Participles that make an agentless passive of speech before a quotation ("was described as"). */
export const AGENTLESS_SPEECH = new Set(frames.agentlessSpeech);
/** Names of works titled with "titled": a Title Case quotation after them is a title, not a name. */
const TITLING = new Set(['titled', 'entitled', 'headlined', 'subtitled', 'captioned']);

/** Words left lower-case in Title Case (articles, short prepositions and conjunctions). */
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'vs', 'via',
  'into', 'onto', 'upon', 'per', 'de', 'la', 'le', 'el', 'y', 'del', 'von', 'van', 'der', 'du', 'da', 'di', 'et', 'en', 'is', 'be', 'than', 'off', 'up', 'out', 'over']);
/** Words that make a quotation read as a clause: subject pronouns, auxiliaries, modals, copulas. */
const CLAUSE_WORDS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'is', 'are', 'was', 'were', 'am', 'will', 'would', 'can', 'could',
  'should', 'must', 'may', 'might', 'shall', 'has', 'have', 'had', 'do', 'does', 'did', 'been', 'being', 'let', 'please', 'there', 'it',
  'this', 'that', 'not', 'no', 'yes', 'never', 'me', 'my', 'our', 'us']);
const CONTRACTION = /(?:n['’]t|['’](?:m|re|ve|ll|d|s))$/;
/** Prepositions after which a Title Case quotation names a programme, work or event ("on “Meet the Press”"). */
const TITLE_PREPOSITIONS = new Set(['on', 'in', 'for', 'from', 'of', 'at', 'to', 'with', 'during', 'into', 'about']);
const HEADLINES = new Set(['headline', 'headlines', 'headlined', 'title', 'titles', 'subtitle', 'caption', 'captions', 'subject']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'new']);
const CLOSERS = new Set(['”', '"', '’', '»']);
const LY_WORD = /ly$/;
const QUESTION_CUES = new Set(['question', 'questions', 'yourself', 'ourselves', 'themselves', 'wondering']);

/** Code, markup, addresses (web and mail), handles, numbers and versions. */
const CODE = /[<>{}=|\\^~]|:\/\/|www\.|^\s*[@#]\w|\w\.(?:com|org|net|gov|edu|io|js|ts|py|json|html?|php|exe|txt|csv|xml|pdf|sh)\b|\w@\w[\w-]*\.\w|\b[a-z]+_[a-z]|\(\)|;\s*$|\s--?[a-z]/i;
const VERSION = /^\s*v?\d+(?:\.\d+)+[a-z]?\s*$|\b(?:v|version\s?)\d+(?:\.\d+)+/i;
const HAS_LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const TERMINAL = /[.!?…]["'”’)\]]*\s*$/u;
const QUESTION_END = /\?["'”’)\]]*\s*$/u;

/** Quotations longer than this (in words) are prose, not code. */
const CODE_WORDS = 20;
/** How many tokens to read around a quotation: frames are short, and the scan stays linear. */
const WINDOW = 4;
/** At most this many quoted words are read for their capitalisation and clause words. */
const INSIDE = 40;

/** What a quotation is: the fields of a Quote that the classification reads. */
export interface QuoteSpan {
  start: number;
  end: number;
  inner: string;
  words: number;
  firstSentence: number;
  lastSentence: number;
}

const NO_TOKENS: Token[] = [];

/**
 * The kind of a quotation. `sentences` are the token lists of the layer's sentences (file offsets), of which
 * the quotation spans `firstSentence` to `lastSentence`; `full` is the file's text.
 */
export function classifyQuote(full: string, q: QuoteSpan, sentences: Token[][]): QuoteKind {
  const tokens = q.firstSentence < sentences.length ? sentences[q.firstSentence] : NO_TOKENS;
  // The kind shows in the quotation's first and last words: the patterns read a window at each end, so a
  // quotation left open over a long paragraph costs no more than a short one (each reading the whole
  // inner text made a paragraph of thousands of open quotes quadratic).
  const head = edge(q.inner, true);
  const inner = edge(q.inner, false);
  // (code is short: a long quotation of prose is not run through the code pattern)
  if (!HAS_LETTER.test(head) || (q.words <= CODE_WORDS && CODE.test(head)) || (q.words <= 3 && VERSION.test(head))) return 'code';
  const before = q.start > 0 ? full.charCodeAt(q.start - 1) : 32;
  if (before === 0x3d || (q.end < full.length && (full.charCodeAt(q.end) === 0x3d || full.charCodeAt(q.end) === 0x3e))) return 'code';
  // an argument of a call: 'printf("...")', 'load("...")'
  if (before === 0x28 && q.start > 1 && WORD_CHAR.test(full[q.start - 2])) return 'code';
  // a quotation that is a bracketed aside of its own ("(“No, we aren't spying on you.”)", "(“Our History”)"): a
  // gloss or the writer's imagined line, not reported speech
  if (before === 0x28 && q.end < full.length && full.charCodeAt(q.end) === 0x29) return 'term';
  const first = tokenIndexAt(tokens, q.start);
  const shape = readShape(sentences, q, first, inner);
  const cue = mentionCue(tokens, first, shape, q.words);
  if (cue !== 'speech') return cue;
  if (opensSentence(tokens, first)) {
    // "The tagline? “...”", "Just what is this slogan?\n\n“...”": a question or colon that names a slogan or a headline
    if (q.firstSentence > 0 && announcesMention(sentences[q.firstSentence - 1])) return 'slogan';
    // "“Meth. We're on it” is appearing on billboards": a quotation that is its sentence's subject is mentioned, not said
    if (!ENDS_WITH_PUNCT.test(inner) && SUBJECT_VERB.test(full.slice(q.end, q.end + 24))) return 'term';
  }
  // Title Case: a title, or a headline's quotation (speech in body text is not written so)
  if (shape.content >= 2 && shape.titleCase && (shape.content >= 3 || !(shape.sentenceLike && shape.clause))) return 'title';
  if (shape.allCaps >= 2 && shape.allCaps === shape.content) return 'title';
  if (shape.question && questionFrame(tokens, first)) return 'question';
  if (q.words <= 3 && !shape.clause) return 'scare';
  // "a new “too big to fail” tax", "Obama's “if you like your plan, you can keep it” promise"
  if (q.words <= 12 && modifiesNoun(tokens, first, q.end)) return 'term';
  return 'speech';
}

const EDGE = 400;

/** At most EDGE characters at the start (or the end) of a quotation's words. */
function edge(inner: string, start: boolean): string {
  if (inner.length <= EDGE) return inner;
  return start ? inner.slice(0, EDGE) : inner.slice(inner.length - EDGE);
}

/** "a new “too big to fail” tax", "the “90 to 95 percent” figure": a quoted phrase between a determiner and its noun. */
function modifiesNoun(tokens: Token[], first: number, end: number): boolean {
  const before = first - 1 >= 0 ? tokens[first - 1].lower : '';
  const before2 = first - 2 >= 0 ? tokens[first - 2].lower : '';
  const possessive = (first - 1 >= 0 && tokens[first - 1].possessive) || (first - 2 >= 0 && tokens[first - 2].possessive);
  if (!(DETERMINERS.has(before) || DETERMINERS.has(before2) || possessive)) return false;
  // the first token at or after the quote's end (a binary search: the tokens between may be thousands of marks)
  let k = first + 1;
  let hi = tokens.length;
  while (k < hi) {
    const mid = (k + hi) >> 1;
    if (tokens[mid].start < end) k = mid + 1;
    else hi = mid;
  }
  // the token after the closing mark (if the mark is a token, skip it)
  if (k < tokens.length && tokens[k].punct && CLOSERS.has(tokens[k].text)) k++;
  if (k >= tokens.length) return false;
  const next = tokens[k];
  return !next.punct && !next.cap && !(next.f & W_NOT_NAME) && !LY_WORD.test(next.lower) && next.lemma === undefined;
}

/** What the quoted words look like. */
interface Shape {
  /** Words that are not MINOR, read (at most INSIDE of them). */
  content: number;
  /** Every content word starts with a capital letter or a digit. */
  titleCase: boolean;
  /** Content words written all in capitals (two letters or more). */
  allCaps: number;
  /** A subject pronoun, an auxiliary, a modal, a contraction or a reporting verb. */
  clause: boolean;
  /** Starts with a capital and ends with terminal punctuation inside the marks. */
  sentenceLike: boolean;
  question: boolean;
}

function readShape(sentences: Token[][], q: QuoteSpan, first: number, inner: string): Shape {
  const shape: Shape = {content: 0, titleCase: true, allCaps: 0, clause: false, sentenceLike: false, question: QUESTION_END.test(inner)};
  let words = 0;
  // (marks count too: a quotation of thousands of bare marks is read no further than one of words)
  let read = 0;
  for (let s = q.firstSentence; s <= q.lastSentence && s < sentences.length && words < INSIDE && read < 4 * INSIDE; s++) {
    const tokens = sentences[s];
    for (let k = s === q.firstSentence ? first : 0; k < tokens.length && tokens[k].end <= q.end && words < INSIDE && read < 4 * INSIDE; k++, read++) {
      const t = tokens[k];
      if (t.punct) continue;
      words++;
      readWord(shape, t, words, inner);
      // decided: a clause not in Title Case reads as speech whatever follows
      if (shape.clause && !shape.titleCase && words >= 3) return shape;
    }
  }
  if (shape.content === 0) shape.titleCase = false;
  return shape;
}

/** Adds the quoted word t (the `words`-th) to the shape. */
function readWord(shape: Shape, t: Token, words: number, inner: string): void {
  if (words === 1) shape.sentenceLike = t.cap && TERMINAL.test(inner);
  const lower = t.lower;
  if (CLAUSE_WORDS.has(lower) || CONTRACTION.test(lower) || (t.lemma !== undefined && words > 1)) shape.clause = true;
  if (MINOR.has(lower) && words > 1) return;
  shape.content++;
  const c = t.text.charCodeAt(0);
  if (!(t.cap || (c >= 48 && c <= 57))) shape.titleCase = false;
  if (t.cap && t.text.length >= 2 && allCapitals(t.text)) shape.allCaps++;
}

/** Whether a word is written in capitals only (no lower-case letter; ASCII read by code, the rest by case mapping). */
function allCapitals(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return word === word.toUpperCase();
  }
  return true;
}


/**
 * The mention frame right before the quotation (the tokens before `first`, its opening mark): a kind other
 * than speech when one is found, else 'speech'.
 */
function mentionCue(tokens: Token[], first: number, shape: Shape, words: number): QuoteKind {
  // tokens[first] is the opening mark; read back from the word before it
  let k = first - 1;
  const capitalised = shape.titleCase || shape.allCaps > 0;
  for (let n = 0; k >= 0 && n < WINDOW; k--, n++) {
    const t = tokens[k];
    if (t.punct) {
      if (t.text === ',' || t.text === '(') continue;
      break;
    }
    const lower = t.lower;
    if (SLOGAN_CUES.has(lower)) return 'slogan';
    if (n <= 1 && (lower === 'so-called' || TERM_CUES.has(lower))) return 'term';
    if (n <= 2 && NAMING.has(lower)) {
      if (TITLING.has(lower)) return 'title';
      // "called “Quick Question”" names; "called it “a disaster for the town”" is a characterisation (speech)
      if (capitalised && words <= 8) return 'name';
      if (words <= 3) return 'term';
      return 'speech';
    }
    if (n === 0 && lower === 'as' && k > 0 && NAMING.has(tokens[k - 1].lower)) return capitalised ? 'name' : 'term';
    // "headlines such as “...”", "the headline “...”": a headline quoted as a headline
    if (n <= 2 && HEADLINES.has(lower)) return 'title';
    if (n === 0 && capitalised && (TITLE_NOUNS.has(lower) || (t.possessive && t.cap) || TITLE_PREPOSITIONS.has(lower))) return 'title';
    // "Latin for “if you wish peace”": a translation is a gloss, not speech
    if (n === 0 && lower === 'for' && k > 0 && TERM_CUES.has(tokens[k - 1].lower)) return 'term';
  }
  return 'speech';
}

/** Punctuation closing a quotation's words ("...,” she said"): speech that goes on to its frame. */
const ENDS_WITH_PUNCT = /[,.!?…;:]\s*$/u;
/** A verb right after a quotation that makes the quotation its subject ("“...” is appearing", "“...” became"). */
const SUBJECT_VERB = /^\s+(?:is|was|are|were|has|had|have|became|becomes|appears|appeared|remains|remained|seems|seemed)\b/;
/** How many words at the end of the sentence before are read for a slogan or headline noun. */
const ANNOUNCE_WINDOW = 6;

/** At most this many marks are read back before a quotation's opening mark (a scan per quotation stays short). */
const OPENING_MARKS_READ = 8;

/** Whether only punctuation stands before token `first` (a quotation's opening mark) in its sentence. */
function opensSentence(tokens: Token[], first: number): boolean {
  for (let k = first - 1, n = 0; k >= 0; k--, n++) {
    if (!tokens[k].punct || n >= OPENING_MARKS_READ) return false;
  }
  return true;
}

/** A sentence ending in "?" or ":" whose last words name a slogan or a headline ("The tagline?", "The headline read:"). */
function announcesMention(tokens: Token[] | undefined): boolean {
  if (!tokens || tokens.length === 0) return false;
  const end = tokens[tokens.length - 1].text;
  if (end !== '?' && end !== ':') return false;
  for (let k = tokens.length - 2, n = 0; k >= 0 && n < ANNOUNCE_WINDOW; k--, n++) {
    const lower = tokens[k].lower;
    if (SLOGAN_CUES.has(lower) || HEADLINES.has(lower)) return true;
  }
  return false;
}

/** "the question is: “...?”", "ask yourself “...?”": a question posed by the writer. */
function questionFrame(tokens: Token[], first: number): boolean {
  for (let k = first - 1, n = 0; k >= 0 && n < WINDOW; k--, n++) if (QUESTION_CUES.has(tokens[k].lower)) return true;
  return false;
}
