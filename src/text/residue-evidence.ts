// The evidence a residue verdict rests on, as data: the id the code compares, the words a message shows
// ("Evidence: a URL alone"), and its source, which the learned classifier reads as a feature
// (src/learn/residue-features.ts).

/** Where the evidence comes from: a lexicon line, a lexicon pattern, the line's own shape, or its context. */
export const EVIDENCE_SOURCES = {'lexicon-line': 1, 'lexicon-pattern': 2, shape: 3, context: 4} as const;
export type EvidenceSource = keyof typeof EVIDENCE_SOURCES;

export const EVIDENCE = {
  'lexicon-line': {text: 'lexicon line', source: 'lexicon-line'},
  'lexicon-pattern': {text: 'lexicon pattern', source: 'lexicon-pattern'},
  'gallery-counter': {text: 'a gallery caption with its counter', source: 'shape'},
  separator: {text: 'a separator line', source: 'shape'},
  'url-alone': {text: 'a URL alone', source: 'shape'},
  'handle-alone': {text: 'a handle alone', source: 'shape'},
  counter: {text: 'a number alone (a counter)', source: 'shape'},
  'date-alone': {text: 'a date or time alone', source: 'shape'},
  'by-name': {text: '"By NAME"', source: 'shape'},
  'name-handle': {text: 'a name and a handle', source: 'shape'},
  'name-date': {text: 'a name and a date', source: 'shape'},
  'glued-home': {text: 'a breadcrumb glued to the headline', source: 'shape'},
  'glued-crumbs': {text: 'glued breadcrumb words', source: 'shape'},
  'gallery-repeated': {text: 'a gallery caption repeated without its counter', source: 'context'},
  'teaser-above': {text: 'a related-story teaser above the article (cut-off excerpts)', source: 'context'},
  'name-by-byline': {text: 'a name alone next to a byline or date', source: 'context'},
  'footer-line': {text: 'a short line among residue after the article', source: 'context'},
  'twice-in-article': {text: 'the same line twice in the article', source: 'context'},
  'list-item': {text: 'an item of a list after a list header', source: 'context'},
  'doubled-title': {text: 'a teaser\'s title printed twice in a row', source: 'context'},
} as const satisfies Record<string, {text: string; source: EvidenceSource}>;
export type Evidence = keyof typeof EVIDENCE;

/** The words a message shows for the evidence ('' for none). */
export function evidenceText(evidence: Evidence | undefined): string {
  return evidence ? EVIDENCE[evidence].text : '';
}

/** The evidence's source as the classifier's feature: 0 for none. */
export function evidenceCode(evidence: Evidence | undefined): number {
  return evidence ? EVIDENCE_SOURCES[EVIDENCE[evidence].source] : 0;
}
