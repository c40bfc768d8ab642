// Flags quoted speech with no speaker: a quotation in the writer's own text (not in a quoted message, a
// reply's echo of one, a signature or a header: src/text/quote-settings.ts) that the text layer reads as
// speech or writing (not a title, name, term, scare quote, slogan or code: src/text/quote-kinds.ts) whose
// speaker the attribution layer cannot find next to it, in its paragraph, in the one before or in a block
// quotation's citation (src/text/quote-speakers.ts and attribution.ts), nor the context an editor reads
// (src/text/quote-context.ts: a speaker carried from the two paragraphs before, a written text named before
// it, a person named right after it), or that an agentless passive of speech governs with no source in its
// paragraph or the one before ("was described as “a licence to pollute”", "was said to be “furious”"). The
// writer's rhetoric (a short exclamation standing alone), a restatement in the paragraph answering a quoted
// passage, a quotation in another language and one in a headline or teaser line are not judged.
import type {FileRule} from '../src/types.js';
import {QUOTE_KINDS} from '../src/text/quote-kinds.js';
import type {TextLayer, Quote} from '../src/text/layer.js';
import {FUNCTION_WORDS} from '../src/text/language.js';
import {carriedSpeaker, documentQuoted, echoesEarlier, hearsayFrame, inHeadline, namedAfter, sourceAround} from '../src/text/quote-context.js';

export interface Options {
  /** Shortest quotation of speech (in words) that needs a speaker, or that an agentless passive needs a source for (hearsay: any length). */
  minWords: number;
  /** Also report quotations whose speaker is a vague group ("critics claim “…”"). */
  vagueSpeakers: boolean;
}

/** A quotation this short (in words) that makes up its sentence and ends in '!' or '?' is the writer's exclamation. */
const RHETORICAL_WORDS = 8;
const EXCLAIMS = /[!?][\s.'’"”]*$/u;
const LETTER = /[\p{L}\p{N}]/u;
const STANDS_ALONE = 12;

/** Whether a short quotation standing as a sentence of its own ends in an exclamation or a question. */
function rhetorical(text: TextLayer, q: Quote): boolean {
  if (q.words > RHETORICAL_WORDS || !EXCLAIMS.test(q.inner.slice(-12))) return false;
  const first = text.sentences[q.firstSentence];
  const last = text.sentences[q.lastSentence];
  if (!first || !last) return false;
  // (only a few characters may stand around it: its marks, a connective's worth)
  if (q.start - first.start > STANDS_ALONE || last.end - q.end > STANDS_ALONE) return false;
  return !LETTER.test(text.text.slice(first.start, Math.max(first.start, q.start))) && !LETTER.test(text.text.slice(Math.min(q.end, last.end), last.end));
}

/** Short English words that are no words of the languages franc confuses with English, read with language.ts's FUNCTION_WORDS. */
const SHORT_ENGLISH = new Set(['i', 'a', 'in', 'is', 'it', 'we', 'be', 'are', 'on', 'no', 'my', 'me', 'so', 'do', 'if', 'or', 'an', 'at', 'he', 'she', 'us', 'our', 'was', 'will', 'can', 'all', 'one']);
/** Quotations of at least this many words are read for English words; the first FOREIGN_READ of their words. */
const FOREIGN_WORDS = 6;
const FOREIGN_READ = 16;
const WORD = /[\p{L}]+(?:['’]\p{L}+)?/gu;

/**
 * A quotation in another language (no English function word in its first words): the engine drops what the
 * English rules report in a long foreign paragraph, and a foreign quotation is read no better.
 */
function foreign(q: Quote): boolean {
  if (q.words < FOREIGN_WORDS) return false;
  const head = q.inner.slice(0, 200);
  let read = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(head); m && read < FOREIGN_READ; m = WORD.exec(head), read++) {
    const w = m[0].toLowerCase();
    if (FUNCTION_WORDS.has(w) || SHORT_ENGLISH.has(w)) { WORD.lastIndex = 0; return false; }
  }
  WORD.lastIndex = 0;
  return read >= FOREIGN_WORDS;
}

const rule: FileRule<Options> = {
  meta: {
    id: 'no-unattributed-quote',
    description: 'Direct quotations of speech with no speaker in scope',
    level: 'warn',
    defaults: {minWords: 4, vagueSpeakers: false},
    schema: {
      vagueSpeakers: {type: 'boolean', description: 'Also report quotations whose speaker is a vague group ("critics claim “…”", "analysts called it “…”"). Off by default: the group is a speaker a reader can see, and no-unattributed-claim reports the vague source itself.'},
      minWords: {type: 'number', integer: true, minimum: 1, description: 'Shortest quotation of speech (in words) that needs a speaker; a shorter one is flagged only when an agentless passive of hearsay governs it ("was said to be “furious”"). Titles, names, terms, scare quotes, slogans and code never need one.'},
    },
    version: 10,
    language: 'eng',
  },
  check(ctx) {
    const {text, options} = ctx;
    const quotes = text.quotes;
    for (const a of text.attributions) {
      for (const qa of a.quotes) {
        const q = quotes[qa.quote];
        // a quotation in a quoted message, a reply's echo of one, a signature or a header is not the writer's to attribute
        if (q.depth > 0 || qa.speaker || !(q.setting === 'prose' || q.setting === 'answer')) continue;
        // Only speech needs a speaker; a short quotation that an agentless passive of speech governs is
        // someone's words all the same.
        const speech = QUOTE_KINDS[q.kind].speech;
        // (a word or three under an agentless description is the writer's scare quote: "described as “skinny”";
        // under hearsay it is someone's word: "was said to be “furious”")
        const agentless = qa.unnamed === 'agentless' && (speech || q.kind === 'scare' || q.kind === 'term') &&
          (q.words >= options.minWords || hearsayFrame(text, q));
        if (qa.unnamed === 'agentless' && !agentless) continue;
        // a headline or teaser line's quotation is attributed in the story it heads
        if (inHeadline(text, q)) continue;
        if (agentless) {
          // the source of the description given in its paragraph or the one before ("According to police, ...")
          if (sourceAround(text, q)) continue;
        } else {
          if (!(speech && q.words >= options.minWords)) continue;
          // the paragraph answering a quoted passage restates it; a short exclamation or question standing
          // alone is the writer's rhetoric ("“Bad luck? Hardly!”")
          if (q.setting === 'answer' || rhetorical(text, q) || foreign(q)) continue;
          // a vague speaker is named as such; else the speaker carried from the paragraphs before, the
          // written text named before it ("The statement read ...", "The deed ... It grants ... “...”"), or
          // a person named right after it in its sentence ("“...,” when Joe Baucum heard ...")
          // A full name right after it in its own sentence outranks a vague group read further off ("But
          // others see it climbing. “...,” said Vahid Fathi of ...").
          // (a vague group is a speaker the reader sees; no-unattributed-claim reports it as a vague source)
          if (qa.unnamed === 'vague' && !options.vagueSpeakers) continue;
          if (qa.unnamed === 'vague' ? namedAfter(text, q) : carriedSpeaker(text, q) || documentQuoted(text, q) || namedAfter(text, q)) continue;
        }
        // words quoted again from earlier in the file (its headline, the post being answered) point back at
        // where they first stood
        if (echoesEarlier(text, q)) continue;
        const reason = agentless
          ? `Unexpected quotation of ${q.words} words said by nobody named, expected who said it`
          : qa.unnamed === 'vague'
            ? `Unexpected quotation of ${q.words} words with a vague speaker, expected who said it`
            : `Unexpected quotation of ${q.words} words with no speaker, expected who said it`;
        ctx.report({reason, place: text.place(q.start, q.end)});
      }
    }
  },
};
export default rule;
