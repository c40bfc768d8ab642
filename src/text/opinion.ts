// Whether an article is an opinion or analysis piece, whose author states views in their own voice: a
// label at its head ("Opinion", "Analysis:", "Comment |", "Editorial") or a first-person author ("I
// bought my son a phone …", or a reviewer's "we ran it under load") in a good part of its sentences outside quotations, or a
// contributor's bio line ("Bill Thompson is a regular commentator on …"). In such a piece "it
// seems", "it is clear" are the author's stance, signed by the byline, not claims missing a source.
import type {TextLayer} from './layer.js';
import type {Quote} from './quotes.js';
import {residueLine} from '../learn/residue-model.js';

export interface ArticleVoice {
  opinion: boolean;
  /** What gave it away: a label at the head, or the author's first person. */
  why: 'label' | 'first-person' | 'post' | 'bio' | undefined;
}

/** A label line, or a label before a headline: "Opinion", "ANALYSIS: A river in trouble", "Comment | …". */
const LABEL = /^\s*(?:opinion|analysis|news analysis|comment|commentary|editorial|column|op-ed|oped|perspective|viewpoint|point of view|my view|our view|essay|letters?(?: to the editor)?|first person|blog)\s*(?:$|[:|—–]|\s-\s)/i;
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'mine', 'we', 'us', 'our', 'ours', 'ourselves']);
/** How many lines at the head of the article may carry the label. */
const HEAD_LINES = 4;
/** The author's first person: in at least this share of the sentences, and in at least MIN_SENTENCES of them. */
const SHARE = 0.25;
const MIN_SENTENCES = 3;

export function articleVoice(layer: TextLayer): ArticleVoice {
  // a mail or news post, signed by its header ("From: …", "Subject: …"): what "seems" in it is its author's view
  if (signedPost(layer)) return {opinion: true, why: 'post'};
  // (a whole-page scrape opens with its menus: the head and the share are read on the article's own lines)
  let seen = 0;
  for (let i = 0; i < layer.lines.length; i++) {
    const line = layer.lines[i];
    if (line.text.trim() === '' || residueLine(layer, i)) continue;
    if (LABEL.test(line.text)) return {opinion: true, why: 'label'};
    if (++seen >= HEAD_LINES) break;
  }
  if (layer.lines.some((line) => contributorBio(line.text))) return {opinion: true, why: 'bio'};
  const sentences = layer.sentences.filter((s) => !residueLine(layer, layer.lineOf(s.start) - 1));
  if (sentences.length === 0) return {opinion: false, why: undefined};
  const quotes: Quote[] = [];
  for (const q of layer.quotes) if (q.depth === 0) quotes.push(q);
  let first = 0;
  let qi = 0;
  for (const s of sentences) {
    for (const t of layer.sentenceTokens[s.index]) {
      // ("US" in capitals is the country: "US exports", "the US deficit")
      if (!FIRST_PERSON.has(pronounOf(t.lower)) || t.text === 'US') continue;
      while (qi < quotes.length && quotes[qi].end <= t.start) qi++;
      if (qi < quotes.length && quotes[qi].start < t.start) continue;
      first++;
      break;
    }
  }
  const opinion = first >= MIN_SENTENCES && first >= SHARE * sentences.length;
  return {opinion, why: opinion ? 'first-person' : undefined};
}

/** A first-person contraction's pronoun ("I’d like to think", "we're not expecting": the tokens "i’d", "we're"), else the word itself. */
const CONTRACTED = /^(i|we)['’](?:d|m|ve|ll|re)$/;
export function pronounOf(lower: string): string {
  if (lower.length < 3 || lower.length > 5) return lower;
  const m = CONTRACTED.exec(lower);
  return m === null ? lower : m[1];
}

/**
 * A contributor's bio line, as opinion pages sign a column at its foot: "Bill Thompson is a regular commentator on
 * …", "NRO contributor Victor Davis Hanson is …", "Jane Roe is a contributing writer for …".
 */
const BIO = /^(?:\p{Lu}+\s+)?(?:contributor|columnist|contributing (?:writer|editor|columnist))\s+\p{Lu}|^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+is\s+an?\s+(?:[\p{L}-]+\s+){0,4}?(?:columnist|contributor|contributing (?:writer|editor)|opinion writer|commentator)\b/u;

function contributorBio(text: string): boolean {
  // (a cheap look for the role's word first: most lines have none)
  if (text.length > 400 || !/columnist|contribut|commentator|opinion writer/i.test(text)) return false;
  return BIO.test(text.trim());
}

/** A header line of a mail or news message. */
const HEADER = /^(?:From|Subject|Newsgroups|Date|Organization|Lines|Message-ID|Reply-To|To):\s/;
/** How many lines at the head may hold the header. */
const HEADER_LINES = 8;

/** Whether the file opens with a message header that names its author: a From: and a Subject: line among its first lines. */
export function signedPost(layer: TextLayer): boolean {
  let from = false;
  let subject = false;
  for (let i = 0, seen = 0; i < layer.lines.length && seen < HEADER_LINES; i++) {
    const t = layer.lines[i].text;
    if (t.trim() === '') continue;
    seen++;
    if (!HEADER.test(t)) break;
    if (t.startsWith('From:')) from = true;
    if (t.startsWith('Subject:')) subject = true;
  }
  return from && subject;
}
