// Captions, galleries and teasers: text on the page that belongs to a picture, a video or another story,
// not to the article. Their figures are no casualty count of the article and their "reportedly" or "is
// expected" no claim of its writer, so every rule that reads the article's voice asks here first.
import type {TextLayer} from './layer.js';
import type {Token} from './tokens.js';
import {type SentenceView, viewOf} from './figure-counts.js';

/** Labels that open a caption, a gallery or a teaser: "Photo:", "FILE -", "RELATED:", "WATCH:", "Previous story:". */
const CAPTION_LABELS = new Set(['photo', 'photos', 'file', 'image', 'images', 'caption', 'video', 'videos', 'related', 'watch', 'read', 'more', 'previous', 'earlier', 'gallery', 'slideshow', 'see', 'also', 'listen']);

/** Nouns after a label that name a list of other stories: "Related stories", "More coverage". */
const TEASER_NOUNS = new Set(['stories', 'story', 'articles', 'article', 'coverage', 'links', 'headlines', 'news']);

/**
 * Whether a sentence is a caption, a gallery entry or a teaser for another story, whose figures are no
 * casualty count of the article: it opens with a label ("Photo:", "FILE -", "RELATED:", "Previous
 * story:"), holds a gallery counter ("Image 1 of 9") or a photo credit, or is cut off ("… shot in ...").
 */
export function isCaptionOrTeaser(v: SentenceView): boolean {
  if (v.tokens.length === 0) return false;
  if (captionLabel(v)) return true;
  // cut off: "… were shot at a parade in ..."
  const tail = v.text.trimEnd();
  return tail.endsWith('...') || tail.endsWith('…');
}

/** Whether a sentence opens with a caption or teaser label or holds a gallery counter or a photo credit. */
export function captionLabel(v: SentenceView): boolean {
  const tokens = v.tokens;
  const n = tokens.length;
  if (n === 0) return false;
  // a label and a colon, dash or bar within the first three words,
  // at the sentence's opening, after nothing but marks and other labels ("(Photo:", "Read more:"): mid-sentence,
  // "let's see:" or "as I said before - " are prose
  for (let k = 0; k < n && k < 3; k++) {
    if (!CAPTION_LABELS.has(tokens[k].lower)) {
      if (tokens[k].punct) continue;
      break;
    }
    const next = k + 1 < n ? tokens[k + 1] : undefined;
    const after = charAfter(v, tokens[k]);
    if ((next !== undefined && (next.text === ':' || next.text === '—' || next.text === '–')) || after === 124 || after === 45) return true;
  }
  // "Related stories 2 killed, 22 injured …": a label and its noun open a list of other stories
  if (n > 2 && CAPTION_LABELS.has(tokens[0].lower) && TEASER_NOUNS.has(tokens[1].lower)) return true;
  for (let k = 0; k + 2 < n; k++) {
    const l = tokens[k].lower;
    // "Image 1 of 9", "(Photo: WJHL)", "Photo: Karen Warren"
    if (l === 'image' && /^\d+$/.test(tokens[k + 1].text) && tokens[k + 2].lower === 'of') return true;
    if ((l === 'photo' || l === 'photos') && tokens[k + 1].text === ':') return true;
  }
  return false;
}

/**
 * Photo credits that close a caption: "(Photo: Ana Cole / The News)", "(Photo by Ana Cole/Getty Images)", "(Ana Cole/Staff)",
 * "(AP Photo/Ana Cole)", "Courtesy photo", "(Courtesy of the family)", a video's date "(Published Sunday, May 31,
 * 2015)"; the page's "Buy Photo" button may follow.
 */
const CREDIT_END = /(?:\((?:[A-Z]{2,6} )?(?:Photo|Photos|Image|File photo)\b[^()]{0,80}\)|\((?:\p{Lu}[\p{L}.'’-]+ ){1,3}\p{Lu}[\p{L}.'’-]+ ?\/ ?\p{Lu}[\p{L}\d .&'’-]{1,40}\)|\(Published [^()]{0,50}\d{4}\)|Getty Images\)?|\(Courtesy\b[^()]{0,60}\)|\b[Cc]ourtesy (?:photo|image)s?)\s*(?:Buy Photo)?\s*$/u;
/**
 * A video player's teaser for another story: its running time, then its headline ("1:21 Boy killed with
 * machete; uncle suspected", "5:35 New details emerge at hearing … Pause"); not a clock time of a live
 * blog ("7:21 PM: …", "10:03 pm - …").
 */
const VIDEO_TEASER = /^\s*\d{1,2}:\d{2}\s+(?![AaPp]\.?[Mm]\b)["“‘]?[A-Z0-9]/;
/** The longest a teaser line runs: a headline, not a paragraph. */
const VIDEO_TEASER_LENGTH = 160;
/** A video's caption, closed by its date of publication: "… Ana Cole reports. (Published Sunday, May 31, 2015)". */
const VIDEO_PUBLISHED = /\(Published [^()]{0,50}\d{4}\)\s*$/;
/** Whether a paragraph is a video's caption (its title line above it is the video's, too). */
export function isVideoCaption(text: string): boolean {
  return VIDEO_PUBLISHED.test(text);
}
/** A video player's button closing its text (the video's title and description run into one line before it): "… See more videos". */
const VIDEO_PLAYER_END = /\b(?:See|Watch) more videos\s*$/i;
/** Credits and page buttons that open a caption: "Buy Photo", "Courtesy photo". */
const CREDIT_START = /^\s*(?:Buy Photo|Courtesy (?:photo|image))\b/i;
/** A handout credit before the caption's first capital: "Family Handout Ana Ruiz, 3, …" (case-sensitive: "Handout payments" is prose). */
const HANDOUT_START = /^\s*(?:(?:Family|Police|File|Submitted) )?[Hh]andout(?: (?:[Pp]hoto|[Ii]mage))? (?=\p{Lu})/u;

/**
 * Whether a paragraph is a video teaser ("1:21 Boy killed with machete; uncle suspected"), a caption that opens
 * or closes with a credit, a video player's text closed by its button ("… See more videos"), or, of several sentences, a gallery, whose figures are no casualty count of the article: a sentence of it opens with a caption label ("Photo: Ana Cole/The News Image 1 of 5
 * … was shot", the gallery's later sentences), or it opens or closes with a credit ("Buy Photo Ana Cole, 30,
 * … (Photo: Ben Lee / The News)", "… was killed in March. Courtesy photo"). `views` are its sentences.
 */
export function isCaptionParagraph(text: string, views: SentenceView[]): boolean {
  if (text.length <= VIDEO_TEASER_LENGTH && VIDEO_TEASER.test(text)) return true;
  if (CREDIT_START.test(text) || HANDOUT_START.test(text) || CREDIT_END.test(text) || VIDEO_PLAYER_END.test(text)) return true;
  return views.length > 1 && views.some((v) => captionLabel(v));
}

/** The first character after a token other than a space, or 0. */
function charAfter(v: SentenceView, t: Token): number {
  for (let o = t.end; o < v.base + v.text.length; o++) {
    const c = v.text.charCodeAt(o - v.base);
    if (c !== 32) return c;
  }
  return 0;
}

/** Per layer, per paragraph: 1 a caption, 2 not, 0 not yet asked (asked lazily: most paragraphs never are). */
const CAPTION_MEMO = new WeakMap<TextLayer, Uint8Array>();

/**
 * Whether a paragraph of the layer is a caption, a gallery, a video teaser or a video's title: `isCaptionParagraph`,
 * or a headline on its own right above a video's caption ("1 Dead, 3 Injured in Shooting" above "… Ana Cole
 * reports. (Published Friday, May 6, 2016)").
 */
export function captionParagraph(layer: TextLayer, p: number): boolean {
  let memo = CAPTION_MEMO.get(layer);
  if (memo === undefined) CAPTION_MEMO.set(layer, (memo = new Uint8Array(layer.paragraphs.length)));
  if (memo[p] !== 0) return memo[p] === 1;
  const para = layer.paragraphs[p];
  const views: SentenceView[] = [];
  for (let j = para.first; j <= para.last; j++) views.push(viewOf(layer, j));
  let caption = isCaptionParagraph(layer.text.slice(para.start, para.end), views);
  if (!caption && views.length === 1 && views[0].headline && p + 1 < layer.paragraphs.length) {
    const next = layer.paragraphs[p + 1];
    caption = isVideoCaption(layer.text.slice(next.start, next.end));
  }
  memo[p] = caption ? 1 : 2;
  return caption;
}

/**
 * Whether a sentence of the layer is page furniture: in a caption paragraph, or opening with a caption or teaser
 * label itself. A sentence cut off with "..." is not enough here: writers trail off too ("A further 4,000 are
 * believed to be wounded ..."), and wire copy runs items together with "...".
 */
export function captionSentence(layer: TextLayer, index: number): boolean {
  return captionParagraph(layer, layer.sentences[index].paragraph) || captionLabel(viewOf(layer, index));
}
