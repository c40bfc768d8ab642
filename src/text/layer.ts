// The shared text layer: one walk of a file's text and tree, queried by every rule.
// Each view (lines, paragraphs, sentences, quotes, attributions, names, line kinds) is computed
// once, on first use, and lives only while the file is being checked.
import {lineIndexAt, lineStartsOf} from './line-index.js';
import type {Root as NlcstRoot} from 'nlcst';
import type {Place, Point} from '../types.js';
import {buildLines, type Line} from './lines.js';
import {buildSentences, type Paragraph, type Sentence} from './sentences.js';
import {findQuotes, type Quote} from './quotes.js';
import {quoteSettings, type QuoteSettings} from './quote-settings.js';
import {analyseAttribution, type Attribution} from './attribution.js';
import {tokenizeRange, type Token} from './tokens.js';
import {findNameMentions, type NameMention} from './names.js';
import {classifyLines, type LineClass} from './residue.js';
import {normalizeLine} from './residue-lines.js';
import {blockRanges, overlapsGuard, type Guards} from './prose-mask.js';
import {detectLanguage, type Language} from './language.js';
import {markdownGuardsOf} from '../engine/parse.js';

export type {Line, Paragraph, Sentence, Quote, Attribution, NameMention, LineClass, Token};

export class TextLayer {
  readonly text: string;
  readonly tree: NlcstRoot;
  /** File format: prose from `.txt`-like files, or Markdown (markup and code are not prose). */
  readonly format: 'text' | 'markdown';
  private readonly lineStarts: number[];
  // Each view once computed, as a field of its own (every field present from construction): a view is read
  // many times per file (per line, per sentence), and a field read is cheaper than a keyed map's two probes
  // and a new closure per read.
  private linesView: Line[] | undefined = undefined;
  private sentencesView: {sentences: Sentence[]; paragraphs: Paragraph[]} | undefined = undefined;
  private tokensView: Token[][] | undefined = undefined;
  private settingsView: QuoteSettings | undefined = undefined;
  private quotesView: Quote[] | undefined = undefined;
  private attributionsView: Attribution[] | undefined = undefined;
  private namesView: NameMention[] | undefined = undefined;
  private languageView: Language | undefined = undefined;
  private lineClassesView: LineClass[] | undefined = undefined;
  private normalized: Array<string | undefined> | undefined;
  private proseGuards: Guards | undefined;

  /** `guards`: a Markdown file's prose guards from its parse (src/text/prose-mask.ts); computed when not given. */
  constructor(text: string, tree: NlcstRoot, format: 'text' | 'markdown' = 'text', guards?: Guards) {
    this.text = text;
    this.tree = tree;
    this.format = format;
    this.proseGuards = guards;
    this.lineStarts = lineStartsOf(text);
  }

  /**
   * What is not prose in a Markdown file (front matter, code, HTML, link definitions and destinations),
   * as flat guards; empty for plain text.
   */
  get guards(): Guards {
    return (this.proseGuards ??= this.format === 'markdown' ? markdownGuardsOf(this.text) : []);
  }

  /**
   * Physical lines, without their line ending. In Markdown a line of front matter, code, an HTML block or
   * a link definition reads as blank (its text all spaces, same length): line-based analyses see prose only.
   */
  get lines(): Line[] {
    return (this.linesView ??= maskLines(buildLines(this.text, this.lineStarts), blockRanges(this.guards)));
  }

  /** Sentences from the retext tree, re-joined across hard-wrapped line breaks. */
  get sentences(): Sentence[] {
    return (this.sentencesView ??= buildSentences(this)).sentences;
  }

  /** Paragraphs: blocks of text an editor would call a paragraph (wrapped lines joined). */
  get paragraphs(): Paragraph[] {
    return (this.sentencesView ??= buildSentences(this)).paragraphs;
  }

  /**
   * The token view: each sentence's words and punctuation marks with file offsets, lower case and word-list
   * memberships, tokenised once for every analysis that reads words (attribution, figures, quotes, names).
   */
  get sentenceTokens(): Token[][] {
    return (this.tokensView ??= tokensOf(this.text, this.sentences));
  }

  /**
   * Where text stands: the writer's own, or lines quoted from another message ('>' lines of a reply), a
   * signature, a post's header (src/text/quote-settings.ts).
   */
  get settings(): QuoteSettings {
    return (this.settingsView ??= quoteSettings(this.lines, this.format === 'text'));
  }

  /** Direct quotations, with the paragraph and sentences they span. */
  get quotes(): Quote[] {
    return (this.quotesView ??= findQuotes(this));
  }

  /** Attribution per sentence: cues, sources and the scope they cover. */
  get attributions(): Attribution[] {
    return (this.attributionsView ??= analyseAttribution(this));
  }

  /** Capitalised words and sequences that behave as proper nouns. */
  get names(): NameMention[] {
    return (this.namesView ??= this.nameMentions());
  }

  private nameMentions(): NameMention[] {
    const all = findNameMentions(this);
    const guards = this.guards;
    return guards.length ? all.filter((m) => !overlapsGuard(guards, m.start, m.end)) : all;
  }

  /** The file's language, and its long paragraphs in another language (src/text/language.ts). */
  get language(): Language {
    return (this.languageView ??= detectLanguage(this));
  }

  /** Each line's boilerplate classification (residue kind, or none), from the line alone and its neighbours. */
  get lineClasses(): LineClass[] {
    return (this.lineClassesView ??= classifyLines(this));
  }

  /** `normalizeLine` of a line's trimmed text (0-based line index), computed once for every rule that asks. */
  normalizedLine(index: number): string {
    const cache = (this.normalized ??= new Array<string | undefined>(this.lineStarts.length));
    let value = cache[index];
    if (value === undefined) cache[index] = value = normalizeLine(this.lines[index].text.trim());
    return value;
  }

  /** The 1-based line of an offset. */
  lineOf(offset: number): number {
    return lineIndexAt(this.lineStarts, offset) + 1;
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return {line, column: clamped - this.lineStarts[line - 1] + 1, offset: clamped};
  }

  place(start: number, end: number): Place {
    return {start: this.point(start), end: this.point(Math.max(start, end))};
  }

  /** The sentence that contains an offset, if any. */
  sentenceAt(offset: number): Sentence | undefined {
    const list = this.sentences;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }
}

/** Each sentence's tokens, read from the file's text by range (`s.text` is `text.slice(s.start, s.end)`). */
function tokensOf(text: string, sentences: Sentence[]): Token[][] {
  const out: Token[][] = [];
  for (const s of sentences) {
    const to = Math.min(s.end, text.length);
    out.push(tokenizeRange(text, Math.min(s.start, to), to, s.start));
  }
  return out;
}

/** Lines touched by a block range (sorted [start, end) pairs) read as blank. */
function maskLines(lines: Line[], ranges: number[]): Line[] {
  let r = 0;
  for (const line of lines) {
    while (r < ranges.length && ranges[r + 1] <= line.start) r += 2;
    if (r >= ranges.length) break;
    if (!line.blank && ranges[r] < line.end) {
      line.text = ' '.repeat(line.text.length);
      line.blank = true;
    }
  }
  return lines;
}
