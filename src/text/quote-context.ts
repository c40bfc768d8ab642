// The context an editor reads around a quotation that has no speaker next to it, before calling it
// speakerless (read by rules/no-unattributed-quote.ts, after the attribution layer has looked for a
// speaker): a speaker carried from the paragraphs before (a run of quoted paragraphs, a paragraph of
// speech after the one that named its speaker), a written text named before the quotation ("The
// statement read ...", "The deed was signed in 1921. It grants ... “...”"), the source of an agentless
// description given in its paragraph or the one before, and a headline or teaser line, whose quotation
// is attributed in the story it heads. Each reads a few sentences around one quotation, so the cost is
// per candidate warning, not per quotation.
import {readData} from '../package-info.js';
import type {TextLayer} from './layer.js';
import type {Quote} from './quotes.js';
import {type Token, tokenIndexAt, W_NOT_NAME} from './tokens.js';

interface ContextData {
  documentNouns: string[];
}

const DOCUMENT_NOUNS = new Set(readData<ContextData>('quote-frames.json').documentNouns);
/** How many tokens before a quotation (and from the start of the sentence before) are read for a document noun. */
const DOCUMENT_WINDOW = 40;
/** Words that make the noun after them a particular text ("the statement", "its letter", "an ad"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'whose']);
/** How many paragraphs before a quotation's own are read for the speaker it continues. */
const CARRY_PARAGRAPHS = 2;
/** A headline or teaser line holds at most this many words. */
const HEADLINE_WORDS = 25;
const WORD = /[\p{L}\p{N}]+/gu;
/** What may close a line after its last word: closing marks, brackets, a footnote star. */
const LINE_TAIL = /[\s"'”’»)\]*]+$/u;
const TERMINAL = /[.!?…:;]$/u;

/** Whether the sentence has a speaker: a quotation it opens with a (not vague) speaker, or a cue with a real source. */
function hasSpeaker(text: TextLayer, s: number): boolean {
  const a = text.attributions[s];
  if (!a) return false;
  for (const qa of a.quotes) if (qa.speaker && qa.speaker.kind !== 'vague') return true;
  for (const c of a.cues) if (c.resolved && c.source && c.source.kind !== 'vague') return true;
  return false;
}

/**
 * Whether only marks stand before the quotation in its sentence. Stricter than the attribution layer's
 * "opens its sentence", which lets a connective stand first ("And “...”"): a quotation after a connective
 * is no paragraph of the speaker's words run on.
 */
function onlyMarksBefore(text: TextLayer, q: Quote): boolean {
  const tokens = text.sentenceTokens[q.firstSentence] ?? [];
  for (let k = tokenIndexAt(tokens, q.start) - 1, n = 0; k >= 0; k--, n++) if (!tokens[k].punct || n >= MARKS_READ) return false;
  return true;
}

/** At most this many marks are read back before a quotation, and this many sentences around it: each check stays short. */
const MARKS_READ = 8;
const SENTENCES_READ = 24;

/**
 * A quotation that opens its sentence continues the speaker of the sentences before it: one named earlier in
 * its paragraph or in the CARRY_PARAGRAPHS paragraphs before (a run of quoted paragraphs goes on with one
 * speaker; news names the speaker once and quotes them over several paragraphs).
 */
export function carriedSpeaker(text: TextLayer, q: Quote): boolean {
  if (!onlyMarksBefore(text, q)) return false;
  const sentences = text.sentences;
  for (let s = q.firstSentence - 1; s >= 0 && sentences[s].paragraph >= q.paragraph - CARRY_PARAGRAPHS && q.firstSentence - s <= SENTENCES_READ; s--) {
    if (hasSpeaker(text, s)) return true;
  }
  return false;
}

/**
 * The source of an agentless description ("was described as", "was reported to be") given in its
 * paragraph, before or after it, or in the paragraph before ("According to police, ... \n\nThe victim was
 * reported to be “...”").
 */
export function sourceAround(text: TextLayer, q: Quote): boolean {
  const sentences = text.sentences;
  const paragraphs = text.paragraphs;
  const from = q.paragraph > 0 ? paragraphs[q.paragraph - 1].first : paragraphs[q.paragraph].first;
  const to = paragraphs[q.lastParagraph].last;
  for (let s = Math.max(from, q.firstSentence - SENTENCES_READ); s <= to && s < sentences.length && s - q.lastSentence <= SENTENCES_READ; s++) {
    if (hasSpeaker(text, s)) return true;
  }
  return false;
}

/** Verbs by which a written text gives its words ("the statement read", "the agreement provides that"). */
const TEXT_VERBS = new Set(['read', 'reads', 'reading', 'say', 'says', 'said', 'saying', 'state', 'states', 'stated', 'stating', 'provide', 'provides',
  'provided', 'stipulate', 'stipulates', 'stipulated', 'declare', 'declares', 'declared', 'grant', 'grants', 'granted', 'note', 'notes', 'noted',
  'warn', 'warns', 'warned', 'add', 'adds', 'added', 'continue', 'continues', 'continued',
  'conclude', 'concludes', 'concluded', 'specify', 'specifies', 'specified', 'describe', 'describes',
  'described', 'call', 'calls', 'called', 'urge', 'urges', 'urged', 'ask', 'asks', 'asked', 'accuse', 'accuses', 'accused', 'charge', 'charges',
  'charged', 'allege', 'alleges', 'alleged', 'claim', 'claims', 'claimed', 'promise', 'promises', 'promised', 'pledge', 'pledges', 'pledged']);
/** Words that hand a text's words over to the quotation after it ("the line that “...”", "the sign: “...”"). */
const HANDOVER = new Set(['that', ':', ',', 'reading', 'saying', 'stating', 'which', 'read']);

/** The index of a document noun after its determiner or a possessive ("the statement", "the company's letter") in tokens [from, to), from `k` on; -1: none. */
function documentAt(tokens: Token[], from: number, to: number, k: number): number {
  for (; k < to && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.punct || !DOCUMENT_NOUNS.has(t.lower)) continue;
    for (let i = k - 1; i >= Math.max(from, k - 3); i--) {
      const p = tokens[i];
      if (DETERMINERS.has(p.lower) || p.possessive) return k;
      if (p.punct) break;
    }
  }
  return -1;
}

/**
 * Whether a written text gives the words before token `open` of its sentence: a document noun with a verb of
 * giving words after it ("The statement read:", "the agreement says the buyer"), or right before the
 * quotation ("the line that", "a sign: ").
 */
function documentGives(tokens: Token[], open: number): boolean {
  const from = Math.max(0, open - DOCUMENT_WINDOW);
  for (let k = documentAt(tokens, from, open, from); k >= 0; k = documentAt(tokens, from, open, k + 1)) {
    if (open - k <= 3) {
      let handed = true;
      for (let i = k + 1; i < open; i++) if (!HANDOVER.has(tokens[i].lower)) handed = false;
      if (handed) return true;
    }
    for (let i = k + 1; i < open && i <= k + 3; i++) if (TEXT_VERBS.has(tokens[i].lower)) return true;
  }
  return false;
}

/**
 * A quotation of a written text named before it: in its own sentence, giving the words ("The sign on the door
 * read “...”", "the line that “...”"), or in the sentence before it ("The deed was signed in 1921. It grants the
 * land “...”"). A text that is only the subject of its own sentence does not give the quoted words ("The bill
 * would scrap “welfare as we know it”": someone's phrase).
 */
export function documentQuoted(text: TextLayer, q: Quote): boolean {
  const tokens = text.sentenceTokens[q.firstSentence] ?? [];
  const open = tokenIndexAt(tokens, q.start);
  if (documentGives(tokens, open)) return true;
  // the text named in the sentence before, the quotation's sentence going on about it ("It grants ...")
  const prev = q.firstSentence - 1;
  if (prev < 0 || text.sentences[prev].paragraph < q.paragraph - 1) return false;
  const before = text.sentenceTokens[prev] ?? [];
  return documentAt(before, 0, Math.min(before.length, DOCUMENT_WINDOW), 0) >= 0;
}

/**
 * A quotation in a headline or teaser line: a paragraph of one line, of at most HEADLINE_WORDS words, with
 * no sentence punctuation at its end ("‘He died in my hands’: 3 killed in clashes", "2:51 “We knew they
 * were in a wreck” Pause"). A headline's quotation is attributed in the story it heads.
 */
export function inHeadline(text: TextLayer, q: Quote): boolean {
  if (q.paragraph !== q.lastParagraph) return false;
  const p = text.paragraphs[q.paragraph];
  if (!p || p.end - p.start > 300) return false;
  const body = text.text.slice(p.start, p.end).trim();
  if (body.includes('\n')) return false;
  if (TERMINAL.test(body.replace(LINE_TAIL, ''))) return false;
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(body) && words <= HEADLINE_WORDS) words++;
  WORD.lastIndex = 0;
  return words <= HEADLINE_WORDS;
}

/** Participles of hearsay that take "to be" ("was said to be", "is reported to be", "was rumoured to have"). */
const HEARSAY = new Set(['said', 'reported', 'rumored', 'rumoured', 'reputed', 'alleged', 'believed', 'thought', 'understood', 'known']);
/** How many tokens before a quotation are read for its hearsay frame. */
const HEARSAY_WINDOW = 5;

/**
 * Whether an agentless passive of hearsay governs the quotation ("was said to be “furious”"): someone's words,
 * however short. A description ("was described as “skinny”", "has been seen as “seriously weakening”")
 * puts a word or two in quotes as the writer's scare quote.
 */
export function hearsayFrame(text: TextLayer, q: Quote): boolean {
  const tokens = text.sentenceTokens[q.firstSentence] ?? [];
  const open = tokenIndexAt(tokens, q.start);
  for (let k = open - 1; k >= Math.max(0, open - HEARSAY_WINDOW); k--) {
    if (HEARSAY.has(tokens[k].lower) && k + 1 < open && tokens[k + 1].lower === 'to') return true;
  }
  return false;
}

/** How many tokens after a quotation are read for a person's name in its sentence. */
const NAME_AFTER_WINDOW = 10;

/**
 * A person named by a full name (two capitalised words or more, no ordinary word among them) right after the
 * quotation in its sentence, when no speech verb says so ("“So much happening around here,” when Joe Baucum
 * heard ..."): the sentence tells of the one who said it.
 */
export function namedAfter(text: TextLayer, q: Quote): boolean {
  const tokens = text.sentenceTokens[q.lastSentence] ?? [];
  let k = tokenIndexAt(tokens, q.end);
  for (let n = 0; k + 1 < tokens.length && n < NAME_AFTER_WINDOW; k++, n++) {
    const t = tokens[k];
    if (t.punct && t.text !== ',') return false;
    const next = tokens[k + 1];
    if (t.cap && next.cap && !t.punct && !next.punct && !(t.f & W_NOT_NAME) && !(next.f & W_NOT_NAME)) return true;
  }
  return false;
}

/** The shortest quotation (in words) whose repetition of earlier text is read as an echo. */
const ECHO_WORDS = 3;

/** The file's words, lower case, joined by single spaces (with one before and after), and where each word starts in the text. */
interface WordRun {
  joined: string;
  /** joinedStarts[i]: where word i starts in `joined`; rawStarts[i]: where it starts in the text. */
  joinedStarts: number[];
  rawStarts: number[];
}
const RUNS = new WeakMap<TextLayer, WordRun>();

function wordRun(text: TextLayer): WordRun {
  let run = RUNS.get(text);
  if (run) return run;
  const parts: string[] = [];
  const joinedStarts: number[] = [];
  const rawStarts: number[] = [];
  let at = 1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text.text); m; m = WORD.exec(text.text)) {
    parts.push(m[0].toLowerCase());
    joinedStarts.push(at);
    rawStarts.push(m.index);
    at += m[0].length + 1;
  }
  WORD.lastIndex = 0;
  run = {joined: ` ${parts.join(' ')} `, joinedStarts, rawStarts};
  RUNS.set(text, run);
  return run;
}

/**
 * Whether the quotation repeats, word for word, text that stands earlier in the file (a headline or lede
 * the story then quotes, a passage of the post being answered): its source is where it first appeared,
 * and the writer is pointing back at it, not reporting new speech. Case, punctuation and line breaks are
 * ignored. The file's words are joined once per file; each candidate is one string search.
 */
export function echoesEarlier(text: TextLayer, q: Quote): boolean {
  if (q.words < ECHO_WORDS) return false;
  const words = q.inner.match(WORD);
  if (!words || words.length < ECHO_WORDS) return false;
  const run = wordRun(text);
  const at = run.joined.indexOf(` ${words.join(' ').toLowerCase()} `);
  if (at < 0) return false;
  // the first occurrence's word, by binary search over where the words start in the joined string
  let lo = 0, hi = run.joinedStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (run.joinedStarts[mid] <= at + 1) lo = mid; else hi = mid - 1;
  }
  return run.rawStarts[lo] < q.start;
}
