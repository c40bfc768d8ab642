// A vague group's view told without a reporting verb: a view noun ("drew criticism from Republicans"), an
// attitude ("some Democrats are hopeful"), a stance ("most voters favor"), a frame ("For many activists,
// …"), and the pronouns that take up a vague group. Vague markers, not cues. Part of the sentence scan of
// attribution-cues.ts.
import {BE_FORMS} from './lexicons.js';
import {type Token, W_VAGUE_SOURCE, W_ALWAYS_VAGUE, W_ANONYMOUS_HEAD, W_PARTITIVE, W_REPORT_NOUN, W_REPORTING_NOUN, tokenIndexAt} from './tokens.js';
import {isGroupHead} from './source-groups.js';
import {
  type SentenceScan, SUBORDINATORS, ADVERB_GAP, ING_CUE, kindSpan, sourceKind, sourceAt, COORDINATORS, lowerAt, quoted,
  AUXILIARIES_BEFORE_VERB, namedMember, NARROWING, objectOfPreposition, vagueSubjectHolds, subjectBefore,
} from './attribution-sources.js';
import {DETERMINERS, thinksAbout} from './attribution-objects.js';
import {beFormBefore, NOBODY} from './attribution-verbs.js';

/** Verbs of saying or holding a view, by lemma: what the unnamed people of "there are some who …" do (not "voters who could read them"). */
const VIEW_LEMMAS = new Set(['think', 'believe', 'say', 'argue', 'claim', 'contend', 'insist', 'maintain', 'fear', 'suspect', 'feel', 'warn', 'worry',
  'doubt', 'question', 'suggest', 'agree', 'predict', 'expect', 'allege', 'assert', 'charge', 'accuse', 'criticize', 'criticise', 'complain']);

/** Pronouns that take up a group just named: "Some farmers said they feared", "critics, who argue". */
const GROUP_PRONOUNS = new Set(['they', 'who', 'them', 'themselves']);

/** A plural pronoun after a vague source in the same sentence stands for it: vague too. */
export function pronounsOfVagueGroups(scan: SentenceScan): void {
  let vagueAt = -1;
  for (const c of scan.cues) {
    const src = c.source;
    if (!src) continue;
    if (src.kind === 'vague') vagueAt = src.start;
    else if (src.kind === 'named' || src.kind === 'role') vagueAt = -1;
    else if (src.kind === 'pronoun' && vagueAt >= 0 && src.start > vagueAt && GROUP_PRONOUNS.has(src.text.toLowerCase())) {
      c.source = kindSpan(scan.full, src.start, src.end, 'vague');
    } else if (src.kind === 'pronoun' && src.text.toLowerCase() === 'who') {
      // "there are some experts who think …": the relative stands for the vague group a "there are" brings in
      // (a restrictive "who" only picks out a set: "voters who said they were angry" in a poll's count, "critics who say")
      const k = tokenIndexAt(scan.tokens, src.start);
      const g = k - 1;
      const group = g >= 0 && c.kind === 'verb' && sourceKind(scan.tokens, g, false) === 'vague' ? sourceAt(scan.full, scan.tokens, g, 'vague') : undefined;
      const at = group ? tokenIndexAt(scan.tokens, group.start) : -1;
      if (group && at >= 2 && BE_FORMS.has(scan.tokens[at - 1].lower) && scan.tokens[at - 2].lower === 'there' && VIEW_LEMMAS.has(c.lemma ?? '')) {
        c.source = group;
        scan.vague.push(kindSpan(scan.full, group.start, c.end, 'subject'));
      }
    }
  }
}

/**
 * Nouns of a view or a reaction that a group can hold or voice: "drew criticism from Republicans",
 * "amid warnings from medical experts", "growing unease among many Jewish leaders".
 */
const VIEW_NOUNS = new Set(['criticism', 'criticisms', 'concern', 'concerns', 'warnings', 'praise', 'opposition', 'backlash', 'complaints',
  'pressure', 'scrutiny', 'skepticism', 'scepticism', 'outrage', 'condemnation', 'ridicule', 'anger', 'alarm', 'fears', 'doubts', 'accusations',
  'allegations', 'objections', 'resistance', 'unease', 'frustration', 'pushback', 'derision', 'mockery', 'chagrin', 'dismay', 'disapproval', 'scorn',
  'resentment', 'distrust', 'mistrust', 'suspicion', 'hostility', 'anxiety', 'acclaim', 'applause', 'disdain', 'contempt', 'fury', 'ire', 'rebuke',
  'fire', 'protests', 'censure', 'blame', 'attacks', 'claims', 'charges']);
/** Adjectives and nouns of standing with a group: "popular with many Republicans", "his popularity among voters". */
const STANDING_WITH = new Set(['popular', 'unpopular', 'popularity', 'unpopularity']);
/** Words between a view noun and its "from": "criticism, especially from", "questions even from". */
const VIEW_GAP = new Set(['especially', 'particularly', 'even', 'mostly', 'mainly', 'largely', 'chiefly', 'also', 'both', 'including', 'in', 'part', ',']);

/**
 * A view held or voiced by a vague group, told as a noun: a view noun (or a standing) and "from",
 * "among" or "with" the group ("drew criticism from Republicans", "the chagrin of fellow Democrats" is
 * not read). The preposition at i; the group must be a vague source.
 */
export function viewOfGroup(scan: SentenceScan, i: number): void {
  const tokens = scan.tokens;
  const prep = tokens[i].lower;
  let k = i - 1;
  while (k > 0 && i - k <= 3 && VIEW_GAP.has(tokens[k].lower)) k--;
  const w = tokens[k];
  if (w.possessive || quoted(scan.own, w)) return;
  if (prep === 'with' ? !STANDING_WITH.has(w.lower) : !(VIEW_NOUNS.has(w.lower) || (prep === 'among' && STANDING_WITH.has(w.lower)))) return;
  for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
    const t = tokens[j];
    if (t.punct) return;
    const kind = sourceKind(tokens, j, true);
    if (!kind) continue;
    if (kind !== 'vague') return;
    const src = sourceAt(scan.full, tokens, j, kind);
    if (namedMember(scan, src)) return;
    scan.vague.push(kindSpan(scan.full, w.start, src.end, 'subject'));
    return;
  }
}

/** Degree words before an adjective: "most hopeful", "deeply concerned". */
const DEGREE = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'quite', 'rather', 'somewhat', 'fairly', 'ever', 'even', 'all', 'much', 'far']);

/** Words that open a verb's object: "concerned the storage". */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'this']);

/** Verbs that link a group to how it feels: "are worried", "remain skeptical", "grew nervous". */
const LINKING = /^(?:is|are|was|were|be|been|remain|remains|remained|grow|grows|grew|grown|become|becomes|became|feel|feels|felt|seem|seems|seemed)$/;

/**
 * An adjective of belief or feeling at i whose subject is a vague group: "some Democrats are hopeful",
 * "party leaders, increasingly worried", "many voters remain skeptical". A vague marker, not a cue.
 */
export function attitudeOfGroup(scan: SentenceScan, i: number): void {
  const tokens = scan.tokens;
  let k = i - 1;
  while (k >= 0 && !tokens[k].punct && (ADVERB_GAP.test(tokens[k].lower) || DEGREE.has(tokens[k].lower)) && !BE_FORMS.has(tokens[k].lower)) k--;
  if (k < 0) return;
  // predicative only: after a linking verb, or right after the group ("party leaders, increasingly
  // worried"); not attributive ("some anxious hours")
  const linked = LINKING.test(tokens[k].lower);
  if (!linked && !(isGroupHead(tokens[k]) || (tokens[k].f & W_VAGUE_SOURCE) !== 0) || tokens[k].lower === 'most' || tokens[k].lower === 'some') return;
  // "Others concerned the storage of a gas can": "concern" with its object is "be about", not a feeling
  // ("Parents also alarmed a child that young was out" leaves out its "that": a feeling)
  if (!linked && /^concern(?:s|ed)?$/.test(tokens[i].lower) && OBJECT_OPENERS.has(lowerAt(tokens, i + 1))) return;
  const verb = linked ? k : k + 1;
  const source = subjectBefore(scan, verb, false);
  if (!source || source.kind !== 'vague') return;
  // reports and statements have no feelings: "radio reports were overly optimistic" judges the reports
  if (reportHead(tokens, source)) return;
  if (!vagueSubjectHolds(tokens, verb < i ? verb : i, source, false)) return;
  scan.vague.push(kindSpan(scan.full, source.start, tokens[i].end, 'subject'));
}

/** Whether a source's last word is a report or a statement ("radio reports", "the claims"), not people. */
function reportHead(tokens: Token[], source: {end: number}): boolean {
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (tokens[k].end > source.end) continue;
    return (tokens[k].f & (W_REPORT_NOUN | W_REPORTING_NOUN)) !== 0;
  }
  return false;
}

/** Words that open what is known: "few realise that", "voters know how". */
const KNOWN_CLAUSE = new Set(['that', 'how', 'what', 'whether', 'why', 'who', 'which', 'where', 'when', 'about']);

/** What follows "wanted" in its police sense: "wanted in connection with", "wanted for questioning", "wanted on warrants", "wanted by police". */
const WANTED_BY_POLICE = new Map<string, ReadonlySet<string>>([
  ['in', new Set(['connection'])],
  ['for', new Set(['questioning', 'murder', 'robbery', 'burglary', 'assault', 'homicide', 'theft', 'fraud', 'rape', 'kidnapping', 'arson', 'shooting', 'allegedly'])],
  ['on', new Set(['warrants', 'warrant', 'charges', 'felony', 'outstanding'])],
  ['by', new Set(['police', 'authorities', 'the', 'federal', 'state', 'local', 'deputies', 'investigators'])],
]);

/** Whether "wanted" at i is the police's: sought for a crime, not a wish ("what voters wanted in a president"). */
function wantedByPolice(tokens: Token[], i: number): boolean {
  return WANTED_BY_POLICE.get(lowerAt(tokens, i + 1))?.has(lowerAt(tokens, i + 2)) ?? false;
}

/** Endings of a participle that a form of "be" before makes passive: "are known for", "were heard". */
const STANCE_PARTICIPLE = /(?:ed|wn|rd|ood)$/;

/**
 * A verb of wanting, feeling or knowing at i whose subject is a vague group: "most voters favor", "some
 * of his supporters saw a culprit", "Democrats want", "no one expected". A vague marker, not a cue: a
 * named subject ("Ms Lund wants") is the writer's report of a person, and a group is no source to check.
 */
export function groupStance(scan: SentenceScan, i: number): void {
  const tokens = scan.tokens;
  const t = tokens[i];
  // a gerund or a participle tells of its subject elsewhere ("hoping to", "favoring the rich"); a
  // determiner or an owner before it makes a noun ("their support", "the wants of")
  if (ING_CUE.test(t.lower)) return;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (prev === undefined || prev.possessive || DETERMINERS.has(prev.lower)) return;
  // (a plural's possessive apostrophe is no part of its token: "customers' credit reports")
  if (/['’]/.test(scan.full[prev.end] ?? '') && /s$/i.test(prev.text)) return;
  if (thinksAbout(tokens, i)) return;
  // "Four people wanted in connection with the shooting", "a man wanted for murder": sought by the police, not a wish
  if (t.lower === 'wanted' && wantedByPolice(tokens, i)) return;
  // "some of the most wanted men": a superlative, an adjective
  if ((prev.lower === 'most' || prev.lower === 'least') && lowerAt(tokens, i - 2) === 'the') return;
  // a noun after all: "a tale of illicit love.", "their sense of"
  const after = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  // (at the end of a relative clause the object went before: "the war, which most voters opposed,")
  const closing = after === undefined || (after.punct && after.text !== '“' && after.text !== '"');
  if (after?.lower === 'of') return;
  // "several suspects were arrested": a plural noun before its own verb
  if (/s$/.test(t.lower) && after !== undefined && (BE_FORMS.has(after.lower) || AUXILIARIES_BEFORE_VERB.has(after.lower))) return;
  // knowing a person or a thing is no view ("Everyone knew David"); knowing that or how something is, is
  if (/^kn[eo]w/.test(t.lower) && (closing || !KNOWN_CLAUSE.has(after.lower))) return;
  // "are known for", "were heard": a passive, not the group's own stance
  if (STANCE_PARTICIPLE.test(t.lower) && beFormBefore(tokens, i) >= 0) return;
  const source = subjectBefore(scan, i, false);
  if (!source || source.kind !== 'vague') return;
  // "No one knew what it was", "No one understands why": that nobody knows is no view anyone holds
  if (/^(?:kn[eo]w|understand|understood)/.test(t.lower) && NOBODY.test(source.text)) return;
  // a bare quantity makes the word a noun or an adjective ("some sense of pacing", "the most loathed",
  // "most recently known") unless it opens its clause ("Some fear the worst", "…, but many want")
  if (source.end > t.start) return;
  if (closing) {
    const first = tokenIndexAt(tokens, source.start);
    if (first === 0 || !OBJECT_RELATIVES.has(tokens[first - 1].lower)) return;
  }
  // people, not things a quantity counts ("some much-needed local support", "a few tweets")
  let people = false;
  for (let h = tokenIndexAt(tokens, source.start); h < i && tokens[h].end <= source.end; h++) {
    const w = tokens[h];
    // the head of the group comes before what narrows it ("Others in the African-American community")
    if (NARROWING.has(w.lower) && people) break;
    people = isGroupHead(w) || (w.f & (W_ALWAYS_VAGUE | W_VAGUE_SOURCE | W_ANONYMOUS_HEAD)) !== 0 || w.lower === 'one';
  }
  if (!people) return;
  // a bare quantity, determiners before it allowed ("the most trusted stations"), must open its clause
  const q = tokenIndexAt(tokens, source.end) - 1;
  if (q >= 0 && (tokens[q].f & W_ALWAYS_VAGUE) !== 0) {
    let k = q - 1;
    while (k >= 0 && DETERMINERS.has(tokens[k].lower) && tokens[k].lower !== 'of') k--;
    const before = k >= 0 ? tokens[k] : undefined;
    if (before !== undefined && !before.punct && !COORDINATORS.has(before.lower) && !SUBORDINATORS.has(before.lower)) return;
  }
  // a plural group and a verb in the third person singular do not agree ("a guide for cyclists wants")
  if (/[^s]s$/.test(t.lower) && /s$/i.test(source.text)) return;
  if (!vagueSubjectHolds(tokens, i, source, false) || objectOfPreposition(tokens, source)) return;
  scan.vague.push(kindSpan(scan.full, source.start, t.end, 'subject'));
}

/** Relative pronouns that leave the object of their clause's verb before it: "the war, which most voters opposed". */
const OBJECT_RELATIVES = new Set(['which', 'who', 'whom', 'that']);

/** Words that make a frame's phrase something other than a crowd: "For these assignments and others". */
const FRAME_BREAKERS = new Set(['the', 'these', 'those', 'this', 'that', 'and', 'or']);

/** Prepositions of a frame that gives a group's view: "For most voters, …", "To many readers, …". */
const VIEW_FRAME = new Set(['for', 'to']);

/**
 * A sentence (or its clause after "but"/"and") opened by "for" or "to" and a vague group of people set off
 * by a comma: "For many activists, talk of surrender is infuriating.", "To some, the delay was a relief."
 * What follows is the group's view, told without anyone to ask. Not times or amounts ("For many years,",
 * "For most of the day,", "To some degree,"): the phrase's last word must head a group of people, and a
 * quantity must pick some of them.
 */
export function groupFrame(scan: SentenceScan): void {
  const tokens = scan.tokens;
  let k = 0;
  if (k < tokens.length && COORDINATORS.has(tokens[k].lower)) k++;
  if (k >= tokens.length || !VIEW_FRAME.has(tokens[k].lower)) return;
  let comma = -1;
  for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) {
    if (tokens[j].punct) { if (tokens[j].text === ',') comma = j; break; }
  }
  if (comma < k + 2) return;
  const h = comma - 1;
  const head = tokens[h];
  const people = isGroupHead(head) || (head.f & (W_ALWAYS_VAGUE | W_VAGUE_SOURCE)) !== 0;
  if (!people || sourceKind(tokens, h, true) !== 'vague') return;
  // a quantity makes it a share of the group's members ("For many Democrats"); a bare group is more
  // often the author's analysis of its interests ("For Republicans, the stakes are high")
  let counted = false;
  for (let j = k + 1; j <= h; j++) {
    // things told of before ("For these assignments and others,"), not a crowd
    if (FRAME_BREAKERS.has(tokens[j].lower)) return;
    if ((tokens[j].f & (W_PARTITIVE | W_ALWAYS_VAGUE)) !== 0) counted = true;
  }
  if (!counted) return;
  scan.vague.push(kindSpan(scan.full, tokens[k].start, head.end, 'subject'));
}
