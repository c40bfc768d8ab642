// An authority's account of an incident: in an article (or a stretch of one) that tells of one incident,
// a statement by an authority about the people harmed ("Police said all the victims were taken to
// Halifax Medical Center", "'We've got four victims,' said Sgt. Ana Cole", "the sheriff's office said in a
// release that both were hurt", "According to police records, the men …") is the article's source for
// its figures of that incident, however far from them it stands: local news gives the count in the lede
// and the police account paragraphs later.
// - An authority: a source whose words name an office or an institution that keeps the count (police,
//   sheriff, coroner, medical examiner, hospital, officials, ministry, spokesman, a police report or
//   release; the list below), a name with such a title ("Capt. Rodney Cox"), that name again ("Cox
//   said"), a pronoun right after one ("he said"), a quotation spoken by one, or a headline label
//   ("Coroner: …"). Witnesses, neighbours and relatives are no authority here (they keep no count).
// - About the people harmed: the statement tells of a harm (harmOf: killed, wounded, victims, hospital,
//   condition …); "Police say the gunfire broke out after a party" speaks of the incident, not its count.
// - One incident: the article is cut into stretches where the text turns to another incident ("in a
//   separate shooting", "another shooting", "in an unrelated", "elsewhere", "meanwhile", "earlier this
//   week", "last week", "in that case") or where a figure gives a day or place other than the stretch's;
//   an account covers the figures of its own stretch only.
// Agentless reports ("were reported killed") are no source here either: they are no source sentence.
// Computed once per article from the shared token view and attribution layer.
import type {TextLayer} from './layer.js';
import type {Token} from './tokens.js';
import type {Source} from './attribution-sources.js';
import type {CasualtyFigure} from './figures.js';
import {harmOf, casualtySourced, DEPARTMENT_ACRONYM} from './figure-sources.js';

/**
 * Words of a source that make it an authority that keeps a count of the harmed. From the speaker heads of
 * US local crime news and wire copy (police and court reporting) and the role nouns of the attribution
 * layer (rules/data/attribution-nouns.json) that name an office; titles as in rules/data/names-titles.json.
 */
const AUTHORITY = new Set([
  'police', 'policeman', 'policemen', 'officer', 'officers', 'sheriff', "sheriff's", 'sheriffs', 'deputy', 'deputies', 'trooper', 'troopers',
  'patrol', 'constable', 'constabulary', 'marshal', 'marshals', 'detective', 'detectives', 'investigator', 'investigators', 'coroner', "coroner's",
  'examiner', "examiner's", 'pathologist', 'hospital', 'hospitals', 'doctors', 'physicians', 'paramedics', 'medics', 'firefighters', 'fire', 'ems',
  'rescue', 'rescuers', 'morgue', 'mortuary',
  'official', 'officials', 'authorities', 'authority', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokespeople', 'ministry',
  'minister', 'department', 'office', 'agency', 'bureau', 'government', 'army', 'military', 'navy', 'command', 'commander', 'prosecutor',
  'prosecutors', 'attorney', 'district', 'mayor', 'governor', 'chief', 'sgt', 'sergeant', 'lt', 'lieutenant', 'capt', 'captain', 'cpl',
  'corporal', 'insp', 'inspector', 'superintendent', 'commissioner', 'sheriff', 'dispatchers', 'records', 'record', 'report', 'reports',
  'release', 'statement', 'affidavit', 'complaint', 'documents', 'court', 'radio', 'embassy', 'fbi', 'atf', 'nypd', 'lapd', 'cpd',
]);

/** Sources that keep no count: "police told a neighbor" is the neighbour's word. */
const NOT_AUTHORITY = new Set(['witness', 'witnesses', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'resident', 'residents', 'friend', 'friends', 'relative', 'relatives', 'family', 'mother', 'father', 'aunt', 'uncle', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'cousin', 'grandmother', 'grandfather']);

/** Words that say the text turns to another incident: "in a separate shooting", "elsewhere", "meanwhile". */
const TURN_WORDS = new Set(['separate', 'separately', 'unrelated', 'elsewhere', 'meanwhile']);
/** Nouns of an incident after "another", "previous" or an ordinal: "another shooting", "a previous incident", "the second shooting". */
const INCIDENT_NOUNS = new Set(['shooting', 'shootings', 'incident', 'incidents', 'stabbing', 'attack', 'crash', 'case', 'homicide', 'killing', 'explosion']);
const OTHER_WORDS = new Set(['another', 'previous', 'earlier', 'similar', 'second', 'third', 'fourth', 'fifth']);
/** "last week", "earlier this month", "in that case". */
const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'summer', 'winter', 'spring', 'fall', 'autumn']);

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}'’]+/u).map((w) => w.replace(/’/g, "'"));
}

type Reading = 'authority' | 'other' | 'none';

/** How many words before a name its title may take ("Bamberg Police Lt. Regina Gatling"), and after it ("Marlos Walker, Ozark Chief of Police"). */
const TITLE_BEFORE = 4;
const TITLE_AFTER = 6;

/**
 * The words of a source with the words just before it (a title, "Police Lt.", or the head the layer's
 * span left out: "Officials at the scene say" gives "the scene"), and a name's apposition after a comma.
 */
function sourceWords(source: Source, tokens: Token[]): string[] {
  const ws = words(source.text);
  let k = 0;
  while (k < tokens.length && tokens[k].end <= source.start) k++;
  for (let j = Math.max(0, k - TITLE_BEFORE); j < k; j++) if (!tokens[j].punct || tokens[j].text === '.') ws.push(tokens[j].lower.replace(/\.$/, ''));
  if (source.kind !== 'named') return ws;
  let e = k;
  while (e < tokens.length && tokens[e].start < source.end) e++;
  if (e < tokens.length && tokens[e].text === ',') {
    for (let j = e + 1; j < tokens.length && j <= e + TITLE_AFTER && !tokens[j].punct; j++) ws.push(tokens[j].lower);
  }
  return ws;
}

/** What a source's words say of it: an authority, a source of another kind, or nothing to read. */
function readSource(source: Source, titled: Set<string>, tokens: Token[], functional = false): Reading {
  if (source.kind === 'vague' && !functional) return 'none';
  const ws = sourceWords(source, tokens);
  for (const w of ws) if (NOT_AUTHORITY.has(w)) return 'other';
  for (const w of ws) if (AUTHORITY.has(w) || AUTHORITY.has(w.replace(/'s$/, ''))) return 'authority';
  if (DEPARTMENT_ACRONYM.test(source.text)) return 'authority';
  if (source.kind === 'named') {
    const last = words(source.text).filter((w) => w !== '').pop();
    return last !== undefined && titled.has(last) ? 'authority' : 'other';
  }
  return source.kind === 'pronoun' ? 'none' : 'other';
}

/** The last name of a titled named source, remembered so that "Cox said" later reads as the captain. */
function remember(source: Source, titled: Set<string>): void {
  if (source.kind !== 'named' && source.kind !== 'role' && source.kind !== 'anonymous') return;
  const ws = words(source.text).filter((w) => w !== '');
  if (ws.length >= 2) titled.add(ws[ws.length - 1]);
}

/** The sentence an offset lies in (the one the speaker was found in). */
function speakerSentence(layer: TextLayer, offset: number): number {
  return layer.sentenceAt(offset)?.index ?? 0;
}

/**
 * The speaker of the top-level quotation each sentence lies in, where the layer found one: one pass over
 * the quotes (each spans its sentences once), not a search per sentence.
 */
function quoteSpeakers(layer: TextLayer): Array<Source | undefined> {
  const out = new Array<Source | undefined>(layer.sentences.length).fill(undefined);
  const quotes = layer.quotes;
  const attributions = layer.attributions;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    if (q.depth > 0) continue;
    let speaker: Source | undefined;
    for (const qa of attributions[q.firstSentence].quotes) if (qa.quote === qi && qa.speaker) speaker = qa.speaker;
    if (speaker === undefined) continue;
    for (let i = q.firstSentence; i <= q.lastSentence && i < out.length; i++) out[i] ??= speaker;
  }
  return out;
}

/**
 * Whether each sentence is an authority's account of the people harmed: a source sentence
 * (`source`, src/text/figure-sources.ts) whose source is an authority and that tells of a harm or names
 * a victim of the article's figures (`victims`, see victimNames): "According to police, Ruiz was
 * standing with friends when a sedan opened fire" is the police account of "Ana Ruiz, 25, was
 * shot and killed", as "the victims" is.
 */
export function authorityAccounts(layer: TextLayer, source: boolean[], victims: ReadonlySet<string> = new Set()): boolean[] {
  const out = new Array<boolean>(source.length).fill(false);
  const titled = new Set<string>();
  let lastAuthority = false;
  let speakers: Array<Source | undefined> | undefined;
  for (let i = 0; i < source.length; i++) {
    const a = layer.attributions[i];
    let authority = false;
    let read = false;
    for (const c of a.cues) {
      if (c.source === undefined || !casualtySourced(c, layer.sentenceTokens[i])) continue;
      let r = readSource(c.source, titled, layer.sentenceTokens[i], c.resolved !== true);
      if (r === 'none' && c.source.kind === 'pronoun') r = lastAuthority ? 'authority' : 'other';
      if (r === 'authority') { authority = true; remember(c.source, titled); }
      if (r !== 'none') read = true;
    }
    if (!read && a.scope === 'quote') {
      speakers ??= quoteSpeakers(layer);
      const speaker = a.quotes.find((q) => q.speaker)?.speaker ?? speakers[i];
      if (speaker !== undefined) {
        let r = readSource(speaker, titled, layer.sentenceTokens[speakerSentence(layer, speaker.start)]);
        if (r === 'none' && speaker.kind === 'pronoun') r = lastAuthority ? 'authority' : 'other';
        authority = r === 'authority';
        if (authority) remember(speaker, titled);
        read = r !== 'none';
      }
    }
    // a paragraph introduced by "Officer Ana Ruiz reported:" is that speaker's account, sentence by sentence
    if (!read && a.scope === 'paragraph') {
      const intro = introducerOf(layer, i);
      if (intro >= 0) {
        for (const c of layer.attributions[intro].cues) {
          if (c.source === undefined) continue;
          const r = readSource(c.source, titled, layer.sentenceTokens[intro], c.resolved !== true);
          if (r === 'none') continue;
          authority = r === 'authority';
          if (authority) remember(c.source, titled);
          read = true;
          break;
        }
      }
    }
    if (!read && source[i] && labelledByAuthority(layer.sentenceTokens[i])) { authority = true; read = true; }
    if (read) lastAuthority = authority;
    out[i] = source[i] && authority && (tellsOfHarmed(layer.sentenceTokens[i]) || namesVictim(layer.sentenceTokens[i], victims)) && !withholdsHarm(layer.sentenceTokens[i]);
  }
  return out;
}

/** The sentence that introduces sentence i's paragraph ("… reported:" closing the paragraph before it), or -1. */
function introducerOf(layer: TextLayer, i: number): number {
  const first = layer.paragraphs[layer.sentences[i].paragraph].first;
  const intro = first - 1;
  return intro >= 0 && /:\s*$/.test(layer.sentences[intro].text) ? intro : -1;
}

/**
 * Whether a sentence tells of people harmed, by its lower-case words: a capitalised word inside the
 * sentence names a unit or a place ("Homicide Squad detectives", "Children's Hospital"), not a harm.
 */
function tellsOfHarmed(tokens: Token[]): boolean {
  let capitalised = false;
  for (let k = 1; k < tokens.length && !capitalised; k++) capitalised = tokens[k].cap;
  // (the first word too when a capitalised word follows it: "Homicide Squad detectives")
  return harmOf(capitalised ? tokens.filter((t, k) => !t.cap || (k === 0 && !(tokens[1]?.cap ?? false))) : tokens) !== 0;
}

/** A victim's name before the age a figure gives: "Ana Ruiz, 25," "Ana Silva, 52, and Ben Cole, 20". */
const NAME_BEFORE_AGE = /(\p{Lu}[\p{L}'’-]+),\s*\d{1,3}\b/gu;

/** The surnames (lower case) of the victims named in figures' counts ("Ana Maria Ruiz, 25," gives "ruiz"). */
export function victimNames(figures: CasualtyFigure[]): Set<string> {
  const out = new Set<string>();
  for (const f of figures) if (f.named) for (const m of f.count.matchAll(NAME_BEFORE_AGE)) out.add(m[1].toLowerCase());
  return out;
}

/** Words of the attack itself: "a sedan opened fire", "the shooting", "shots rang out". */
const ATTACK_WORDS = new Set(['fire', 'fired', 'firing', 'gunfire', 'shooting', 'shots', 'gunshots', 'gunman', 'gunmen', 'shooter', 'stabbing', 'attack', 'attacked', 'ambush']);

/**
 * Whether a sentence tells of the attack on one of the victims, named by surname (a capitalised word):
 * "According to police, Ruiz was standing with friends when a sedan opened fire". A sentence that
 * names the victim but not the attack may tell of another matter ("According to the complaint, police
 * went to Ruiz's home in May"), or of a relative of the same name.
 */
export function namesVictim(tokens: Token[], victims: ReadonlySet<string>): boolean {
  if (victims.size === 0) return false;
  let named = false;
  let attack = false;
  for (const t of tokens) {
    if (t.cap && victims.has(t.lower)) named = true;
    else if (ATTACK_WORDS.has(t.lower)) attack = true;
  }
  return named && attack;
}

/** Words by which an authority says what it does not tell: "Police did not release the names of the victims". */
const WITHHOLD = new Set(['not', "n't", 'never', 'declined', 'refused', 'withheld', 'unavailable']);
const NO_NEWS = new Set(['information', 'details', 'word', 'comment', 'update', 'updates']);

/** Whether a sentence says what was not told ("did not release", "declined to say", "no details"). */
function withholds(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const l = tokens[k].lower;
    if (WITHHOLD.has(l) || l.endsWith("n't") || l.endsWith('n’t') || (l === 'no' && k + 1 < tokens.length && NO_NEWS.has(tokens[k + 1].lower))) return true;
  }
  return false;
}

/** Words that open a clause of its own, which may withhold what the clause before it tells: "…, but there is no word on her condition". */
const CLAUSE_BREAKS = new Set(['but', ';', 'however', 'though', 'although']);

/**
 * Whether a sentence withholds what it tells of the harmed: every clause of it that tells of a harm
 * withholds ("Police did not say how badly the victims were hurt"); "Authorities said a woman was shot,
 * but there is no word on her condition" tells of the shooting and withholds only the condition.
 */
function withholdsHarm(tokens: Token[]): boolean {
  let any = false;
  for (let from = 0; from < tokens.length;) {
    let to = from + 1;
    while (to < tokens.length && !CLAUSE_BREAKS.has(tokens[to].lower)) to++;
    const clause = tokens.slice(from, to);
    if (harmOf(clause) !== 0) {
      if (!withholds(clause)) return false;
      any = true;
    }
    from = to;
  }
  return any || withholds(tokens);
}

/** "Coroner: Two died", "Baton Rouge Police: 4 shot", "KCSO: Five found dead": a headline's label of its source. */
function labelledByAuthority(tokens: Token[]): boolean {
  for (let k = 1; k < tokens.length && k <= 6; k++) if (tokens[k].text === ':') return AUTHORITY.has(tokens[k - 1].lower) || DEPARTMENT_ACRONYM.test(tokens[k - 1].text);
  return false;
}

/** Whether a sentence turns to another incident (see the head of this file). */
function turnsToAnother(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const l = tokens[k].lower;
    if (TURN_WORDS.has(l)) return true;
    const next = k + 1 < tokens.length ? tokens[k + 1].lower : '';
    if (OTHER_WORDS.has(l) && INCIDENT_NOUNS.has(next)) return true;
    if (l === 'last' && PERIODS.has(next)) return true;
    if (l === 'earlier' && (next === 'this' || next === 'that' || next === 'in') && k + 2 < tokens.length && PERIODS.has(tokens[k + 2].lower)) return true;
    if ((l === 'that' || l === 'this') && next === 'case' && k > 0 && tokens[k - 1].lower === 'in') return true;
  }
  return false;
}

/** How many sentences open an article: its headline and lede. */
const OPENING = 3;
/** Plural incidents in the opening make the article a roundup: "Weekend shootings leave 3 dead". */
const INCIDENTS = new Set(['shootings', 'incidents', 'stabbings', 'attacks', 'crashes', 'accidents', 'homicides', 'killings']);

const DEFINITE = new Set(['the', 'these', 'those', 'both']);

/** Whether the article's opening tells of several incidents, or turns to another one. */
function roundup(layer: TextLayer): boolean {
  const tokens = layer.sentenceTokens;
  for (let i = 0; i < tokens.length && i < OPENING; i++) {
    const ts = tokens[i];
    // (not "the shootings were reported at 12:05 a.m.": the definite plural of one incident's shots)
    for (let k = 0; k < ts.length; k++) if (INCIDENTS.has(ts[k].lower) && !(k > 0 && DEFINITE.has(ts[k - 1].lower))) return true;
  }
  return false;
}

/**
 * The stretch of one incident each sentence lies in: a new stretch opens at a sentence that turns to
 * another incident, or whose figure gives a day or place other than the stretch's. In a roundup
 * (several incidents in its opening) each paragraph is a stretch of its own (numbered below zero).
 */
export function incidentStretches(layer: TextLayer, figures: CasualtyFigure[]): number[] {
  const out: number[] = [];
  if (roundup(layer)) return layer.sentences.map((s) => -1 - s.paragraph);
  let stretch = 0;
  let when = '';
  let where = '';
  let n = 0;
  const tokens = layer.sentenceTokens;
  for (let i = 0; i < tokens.length; i++) {
    let turn = turnsToAnother(tokens[i]);
    const first = n;
    for (; n < figures.length && figures[n].sentence === i; n++) {
      const f = figures[n];
      if ((f.when !== '' && when !== '' && f.when !== when) || (f.where !== '' && where !== '' && f.where !== where)) turn = true;
    }
    if (turn && i > 0) { stretch++; when = ''; where = ''; }
    for (let k = first; k < n; k++) {
      if (when === '') when = figures[k].when;
      if (where === '') where = figures[k].where;
    }
    out.push(stretch);
  }
  return out;
}
