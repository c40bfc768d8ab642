// Flags a sentence that reports a claim, view, accusation or expectation without saying whose: vague
// sources ("critics say", "by all accounts", "reportedly", "most voters want"), agentless reports ("is accused of", "is
// expected to", "has faced ridicule") and, optionally, impersonal stance ("it seems"). A sentence whose
// content is attributed in scope (text.attributions) passes, and so do markers inside quotations; a real
// source of the sentence before in the same paragraph stands for agentless reports and stance
// (`carryPrevious`), never for vague sources.
import type {FileRule, Place} from '../src/types.js';
import {incidentOffice, incidentRole, type Attribution, type Source, type Span} from '../src/text/attribution.js';
import type {TextLayer} from '../src/text/layer.js';
import {articleVoice, pronounOf, type ArticleVoice} from '../src/text/opinion.js';
import {captionSentence} from '../src/text/captions.js';
import {AT_A_PLACE, reportKind} from '../src/text/source-groups.js';
import {measuresFigure} from '../src/text/attribution-objects.js';
import {FACTUAL_VERBS, GROUP_NAMES, GROUP_STANCE_FORMS, JUDGING_PARTICIPLES, NEWS_AGENCIES, RECOVERY} from '../src/text/lexicons.js';
import {type Token, W_REPORT_NOUN, W_REPORTING_NOUN, W_NOT_NAME, W_PARTITIVE, W_ALWAYS_VAGUE, tokenIndexAt} from '../src/text/tokens.js';
import {residueLine} from '../src/learn/residue-model.js';
import {teaserBlurb} from '../src/text/teasers.js';
import {isOrdinaryWord} from '../src/text/english-words.js';
import {compileNow} from '../src/util/compile-now.js';
import {collapseSpaces} from '../src/text/chars.js';

export interface Options {
  /** Report vague sources and weasel phrases. */
  vague: boolean;
  /** Report agentless passives and their kin. */
  agentless: boolean;
  /** Also report vague subjects of reporting and stance verbs ("experts said", "many of his supporters believe", "most voters want"). */
  vagueSubjects: boolean;
  /** Report impersonal stance frames ("it seems", "it is clear"). */
  stance: boolean;
  /** Also report named anonymous sourcing ("officials said"). */
  anonymous: boolean;
  /** Also report, in opinion and analysis pieces and signed posts, what is the author's own there: impersonal stance, a
   * judging passive ("is considered"), a vague group's wants ("everybody wants"). */
  stanceInOpinion: boolean;
  /** Let the speaker of the sentence before (same paragraph) stand for agentless reports and stance. */
  carryPrevious: boolean;
}

const rule: FileRule<Options> = {
  meta: {
    id: 'no-unattributed-claim',
    description: 'Claims, views, accusations and expectations reported without their source',
    level: 'warn',
    defaults: {vague: true, vagueSubjects: true, agentless: true, stance: true, anonymous: false, stanceInOpinion: false, carryPrevious: true},
    schema: {
      vague: {type: 'boolean', description: 'Report vague sources and weasel phrases ("critics say", "by all accounts", "reportedly").'},
      vagueSubjects: {type: 'boolean', description: 'Also report reporting verbs whose subject is a vague noun phrase ("experts said", "many of his supporters believe") and vague groups that want, favor or fear something ("most voters want"), beyond the fixed weasel phrases.'},
      agentless: {type: 'boolean', description: 'Report agentless reports ("is accused of", "is expected to", "has faced criticism").'},
      stance: {type: 'boolean', description: 'Report impersonal stance frames ("it seems", "it is clear").'},
      anonymous: {type: 'boolean', description: 'Also report named anonymous sourcing ("officials said", "sources familiar with the talks said").'},
      carryPrevious: {type: 'boolean', description: 'Let a real source of the sentence before, in the same paragraph, stand for the agentless reports and impersonal stance of a sentence that does not tell of that source ("Acme said it would close the plant. The closure is expected to cost 300 jobs.").'},
      stanceInOpinion: {type: 'boolean', description: 'Also report, in opinion and analysis pieces (a label such as "Opinion" or "Analysis:" at the head, or a first-person author) and signed mail or news posts, what is the author\'s own view there: impersonal stance ("it seems"), judging passives ("is considered a weapon", "is known to") and what a vague group wants or knows ("everybody wants").'},
    },
    version: 47,
    language: 'eng',
  },
  check(ctx) {
    const {text, options} = ctx;
    const quotes = text.quotes.filter((q) => q.depth === 0);
    let voice: ArticleVoice | undefined;
    let caseStory: boolean | undefined;
    // Top-level quotes do not overlap and are sorted: only the last one opening before a span can hold it
    // (a binary search, so spans may be asked about in any order).
    const quoted = (m: {start: number; end: number}) => {
      let lo = 0;
      let hi = quotes.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (quotes[mid].start < m.start) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 && m.end <= quotes[lo - 1].end;
    };
    // whether each line is a broadcast transcript, asked once per line (a line may hold thousands of markers)
    const transcripts = new Map<number, boolean>();
    const transcriptAt = (i: number) => {
      let yes = transcripts.get(i);
      if (yes === undefined) transcripts.set(i, yes = transcriptLine(text.lines[i]?.text ?? ''));
      return yes;
    };
    // a sentence the file repeats (a story filed twice, a post quoting itself, a page's metadata copy of its article)
    // is judged where it first stands: the same claim twice is one problem
    let repeats: Set<number> | undefined;
    const repeated = (k: number) => (repeats ??= repeatedSentences(text)).has(k);
    for (const a of text.attributions) {
      if (a.inQuote) continue;
      if (options.anonymous) for (const m of a.anonymous) if (!quoted(m)) ctx.report({reason: `Unexpected anonymous source \`${m.text}\`, expected a named source`, place: place(m)});
      // attributed by the quotation or paragraph it lies in
      if (a.scope === 'quote' || a.scope === 'paragraph') continue;
      if (a.vague.length + a.agentless.length + a.stance.length === 0) continue;
      if (repeated(a.sentence)) continue;
      // a headline in title case compresses its attribution ("Farmers Worried About New Water Rules")
      if (titleCase(text.sentenceTokens[a.sentence]) || capitalsHeadline(text, a.sentence)) continue;
      // a headline in sentence case over a lede that names its source ("Nat Insurance to rise, say Tories" over "…, Tory
      // leader Michael Howard has claimed."): the lede tells whose the headline's claim is
      if (headlineSourcedBelow(text, a.sentence)) continue;
      // a photo or video caption, a gallery or a teaser for another story is the page's, not the writer's voice
      if (captionSentence(text, a.sentence)) continue;
      // a source opening the next sentence gives the claim its source; a vague source stays vague
      // so does the speaker of the sentence before, in the same paragraph, for agentless reports and stance
      const next = a.scope === 'next' || (options.carryPrevious && a.previous !== undefined);
      // a speaker carried over from the paragraph before (wire copy) stands for agentless reports only, not
      // for the writer's own stance
      const across = a.previous !== undefined && a.sentence > 0 && text.sentences[a.sentence].paragraph !== text.sentences[a.sentence - 1].paragraph;
      const found: Array<[Span, string]> = [];
      // "The USDA report showed stocks fell, traders said": the group passes on a named report, its source
      const relayed = passesOnReport(a, text.sentenceTokens[a.sentence]);
      // the police's or investigators' account of an incident told next to it covers its "allegedly" and
      // "reportedly" (the report retells what they say), not a vague group's view
      // and the account the sentence before in the paragraph gives covers its "allegedly" ("Rangel's family says her
      // brother was moving his rifle. He allegedly set it down": still their allegation); not its "reportedly", which
      // by wire style tells of other reports than the speaker's ("The LSE said … . Euronext is reportedly working …")
      const incident = (m: Span & {kind: string}) => options.carryPrevious && m.kind === 'phrase' && INCIDENT_HEARSAY.test(m.text) &&
        (a.incidentAccount !== undefined || (a.previous !== undefined && /^allegedly$/i.test(m.text)));
      // "I find it hard to believe … because people think …": the author speaking in the first person signs the
      // sentence's generalisations about groups and its stance as their own view
      const signed = authorSpeaks(text.sentenceTokens[a.sentence], quoted);
      // a charge, an arrest, a warrant or a suit told of in this sentence or the one beside it
      let legalNear: boolean | undefined;
      const caseNear = () => (legalNear ??= [a.sentence - 1, a.sentence, a.sentence + 1].some((k) => k >= 0 && k < text.sentences.length && namesLegalDocument(text.sentenceTokens[k])));
      // records and documents cited bare ("Records show", "public records show") are documents a reader can ask for:
      // blind readers of local news judged every such warning wrong (4 of 40 and 5 of 40), though PolNeAR labels them vague
      const recordsCited = (m: Span) => BARE_RECORDS.test(m.text);
      // the next sentence, when it is in this paragraph: where a vague lead's holders or report are named
      const nextInParagraph = text.sentences[a.sentence + 1]?.paragraph === text.sentences[a.sentence].paragraph;
      // or the first of the next paragraph, when this sentence closes its own
      const nextOpensParagraph = !nextInParagraph && text.sentences[a.sentence + 1]?.paragraph === text.sentences[a.sentence].paragraph + 1;
      // "Surveys have shown … Research by Acme revealed …": the named report the next sentence of the paragraph tells of
      // (or, when this sentence is its paragraph, the next paragraph's first: local news sets each sentence apart,
      // "… according to media reports.\n\nDeputy Hagen died Friday after a shooting, KATC has reported.")
      const ownParagraph = text.paragraphs[text.sentences[a.sentence].paragraph];
      const nextOwnParagraph = nextOpensParagraph && ownParagraph.first === ownParagraph.last;
      const reportNamed = (m: Span) => ((nextInParagraph || nextOwnParagraph) && reportNamedNext(m, text.sentenceTokens[a.sentence + 1], text.attributions[a.sentence + 1], !nextInParagraph)) ||
        (a.sentence > 0 && text.sentences[a.sentence - 1].paragraph === text.sentences[a.sentence].paragraph && pressNamedBefore(m, text.sentenceTokens[a.sentence - 1], text.attributions[a.sentence - 1]));
      // in a crime story told as a case account, what "is believed" or "thought" of the case and a victim's
      // prognosis are the investigators' too ("The car is believed to be a dark sedan", "The child is expected to
      // survive", "It is believed the offender fled")
      const caseBelief = (m: Span) => (CASE_PASSIVE.test(m.text) || (/expect/i.test(m.text) && (PROGNOSIS.test(text.text.slice(m.end, m.end + 40)) ||
        CASE_STEP_BEFORE.test(text.text.slice(Math.max(0, m.start - 40), m.start))))) &&
        (caseStory ??= caseAccountTold(text));
      const caseHearsay = (m: Span & {kind: string}) => m.kind === 'phrase' && /^it\s/i.test(m.text) && caseBelief(m);
      // a vague marker the story itself accounts for: an account or records behind it, a surname, witnesses telling
      // the police or arriving, a report named next
      const accounted = (m: Span & {kind: string}) => incident(m) || caseHearsay(m) || recordsCited(m) || surnameSubject(m, text.text) ||
        toldOffice(m, text.text) || responders(m, text.text) || reportNamed(m) || officeFindings(a, m, text.text) || relaysNamed(a, m, text.text);
      // a group subject that is no crowd here: speaking through a statement, part of the witnesses just told of, voiced
      // at once by a named member, or telling of its own experience
      // (asked once per sentence, not once per marker: a sentence of thousands of markers was quadratic)
      let statement: boolean | undefined;
      // in a signed post or an opinion piece, what a vague group wants, dislikes or knows ("everybody wants to cover his
      // ass", "All people want …", "Many other Serbs oppose …") and what a thing "is considered" or "known" to be are the
      // writer's own characterisation, signed by the header or byline; what a group or a report says or alleges stays hearsay
      const postersJudgement = (m: Span, subject: boolean) => !options.stanceInOpinion && (subject ? GROUP_STANCE_FORMS : JUDGING_PARTICIPLES).has(lastWord(m.text)) &&
        (voice ??= articleVoice(text)).opinion;
      const placedGroup = (m: Span & {kind: string}) => m.kind === 'subject' && ((statement ??= STATEMENT.test(text.sentences[a.sentence].text)) || postersJudgement(m, true) ||
        partOfGroupBefore(m, text, a.sentence) || voicedNext(m, text, a.sentence) || selfReport(m, text.text) || WRITER_AMONG.test(m.text) || pollSample(m, text, a.sentence) ||
        (identityGroup(m, text.sentenceTokens[a.sentence]) && (voice ??= articleVoice(text)).opinion));
      if (options.vague) for (const m of a.vague) if (!accounted(m) && !placedGroup(m) && (m.kind === 'phrase' || (options.vagueSubjects && !signed && !(relayed && !overlaps(m, relayed)) && !memberNamedNext(text.attributions[a.sentence + 1], text.sentenceTokens[a.sentence + 1], m) && !(nextInParagraph && holdersNamedNext(text.sentenceTokens[a.sentence], text.sentenceTokens[a.sentence + 1], text.attributions[a.sentence + 1], m)) && !expertQuotedNext(text.attributions[a.sentence + 1], text.sentenceTokens[a.sentence + 1], text.sentenceTokens[a.sentence], m) && !marketFigure(text.sentenceTokens[a.sentence], m))) && !covered(a, m, text.text)) found.push([m, `Unexpected vague source \`${m.text}\`, expected who says so`]);
      // an official account of an incident told next to it in the paragraph (police, deputies, officials) covers
      // its agentless reports, but not the passives that stand for an unnamed source by house style ("is thought to")
      // the incident office's account (in the sentence too) covers a victim's prognosis: "… were shot, but are expected to survive"
      const account = (m: Span) => options.carryPrevious && ((!HOUSE_HEARSAY.test(m.text) && (a.account !== undefined ||
        (a.incidentAccount !== undefined && PROGNOSIS.test(text.text.slice(m.end, m.end + 40))))) || caseBelief(m));
      // "According to the Times, the leader wants … . He is said to have discussed … . He is said to believe …": the
      // outlet the paragraph last cites, with no other speaker since, goes on telling (as "reportedly" goes on with it)
      const outletBefore = (m: Span) => PRESS_HEARSAY.test(m.text) && outletTelling(text, a.sentence);
      if (options.agentless) for (const m of a.agentless) if ((!next || (across && a.scope !== 'next' && HEARSAY.test(m.text))) && !account(m) && !outletBefore(m) && !postersJudgement(m, false) && !covered(a, m, text.text)) found.push([m, `Unexpected unattributed \`${m.text.replace(/\s+/g, ' ')}\`, expected who says so`]);
      // (the stance of a paragraph where the writer speaks in the first person is theirs: "I asked his friends … This seemed improbable.")
      const signedParagraph = () => {
        const p = text.paragraphs[text.sentences[a.sentence].paragraph];
        for (let k = p.first; k <= p.last; k++) if (k !== a.sentence && authorSpeaks(text.sentenceTokens[k], quoted)) return true;
        return false;
      };
      if (options.stance && !a.attributed && !signed && (!next || (across && a.scope !== 'next')) && a.stance.length > 0 && (options.stanceInOpinion || (!(voice ??= articleVoice(text)).opinion && !signedParagraph()))) {
        // in a case story, what "appears" of the scene or the harm is the investigators' first reading ("His injuries do not
        // appear to be serious", "There appeared to be one gunman"); "seems" stays the writer's
        // (a paraphrase the speaker's quotation goes on with at once, in the paragraph: "After he returned, he seemed
        // more mellow. “That is part of what drew us closer,” he said.")
        if (!quotedNext(text, a.sentence)) for (const m of a.stance) if (!(/(?:^|\s)appear/i.test(m.text) && (caseStory ??= caseAccountTold(text)))) found.push([m, `Unexpected unattributed stance \`${m.text}\`, expected whose view it is`]);
      }
      // "was charged after allegedly stabbing a man", "was arrested. He is accused of …": the charge, suit, indictment
      // or arrest told of in this sentence or the next to it is the source
      // a crime story that tells its case from the police's or the charging papers' account makes
      // its "allegedly", "reportedly" and "is accused" theirs wherever they stand ("According to the complaint, …
      // Maloney allegedly pointed the gun", two paragraphs on)
      const caseTold = (m: Span) => (ALLEGED.test(m.text) || INCIDENT_HEARSAY.test(m.text)) && (caseStory ??= caseAccountTold(text));
      const alleged = (m: Span) => (ALLEGED.test(m.text) && caseNear()) || caseTold(m);
      // "There were reports of gunfire. When officers responded, they found …": calls to the police, an event
      const calledIn = (m: Span) => calledInReport(text, a.sentence, m);
      // a line the residue classifier calls page furniture (a teaser headline, a widget, a cookie notice) is not the article's claim
      // (and so is a line cut off by an ellipsis mid-phrase: "… which ar...", "… to a memorial at a…", an excerpt of
      // another page shown as a teaser, or a caption cut to fit)
      // (and a teaser's blurb between the marks of a run of teasers: a video's title with its running time, a
      // section's pipe, a time stamp; src/text/teasers.ts)
      const furniture = (m: Span) => residueLine(text, text.lineOf(m.start) - 1) || transcriptAt(text.lineOf(m.start) - 1) || cutOff(text.lines[text.lineOf(m.start) - 1].text) ||
        pageTitle(text, text.lineOf(m.start) - 1) ||
        teaserBlurb(text.lines, text.lineOf(m.start) - 1);
      // lines quoted from another message ('>' lines of a reply) are its author's, shown as theirs by the reply's
      // "X writes:", not the writer's to attribute; a signature's motto is no claim (a post's subject line is its headline, judged)
      // (so is a reply's subject line, "Subject: Re: …": the headline of the post it answers, someone else's words)
      const elsewhere = (m: Span) => text.settings.quotedFrom(m.start) || (m.start < text.settings.header && REPLY_SUBJECT.test(text.lines[text.lineOf(m.start) - 1].text));
      // a numbered reference closing the sentence, or the next one in its paragraph, is the source: "Studies indicate
      // that … (10, 11).", "Studies indicate … One study in 77 people showed … (19)."
      // (and the first sentence of the next paragraph, when this one closes its own: "Studies indicate that yoga can
      // help.\n\nOne small study in 50 people showed … (12).")
      const cited = citesReference(text, a.sentence) || ((nextInParagraph || nextOpensParagraph) && citesReference(text, a.sentence + 1));
      // a question asks, it does not tell: "Was any evidence found that …?", "Is it widely believed that …?"
      // (a question the writer answers in the next breath is still a question)
      const asked = QUESTION_END.test(text.sentences[a.sentence].text) && !quoted({start: text.sentences[a.sentence].end - 1, end: text.sentences[a.sentence].end});
      // "Most people can't say they survived …": what nobody is able to say is no claim; "others Posted: Sunday, March 8":
      // a page's label before its colon, not a verb
      const noneSaid = (m: Span) => CANNOT_SAY.test(m.text) || (LABEL_WORD.test(m.text) && text.text.charCodeAt(m.end) === 58) ||
        // "is justly regarded as …", "users rightly expect", "analysts wrongly predicted": the writer judges the view
        WRITER_JUDGES.test(m.text) || WRITER_JUDGES_BEFORE.test(text.text.slice(Math.max(0, m.start - 16), m.start));
      // a source or a report inside a condition supposes, it does not tell: "… to panic if U.K. opinion polls show a
      // swing", "Now, if a slave is considered property, …" (not "if press reports are to be believed", a hedge on what
      // follows; not stance, which "if this all seems familiar, it's because …" asserts)
      const supposed = (m: Span) => !a.stance.includes(m) && CONDITION_BEFORE.test(text.text.slice(Math.max(text.sentences[a.sentence].start, m.start - 48), m.start)) && !/to\s+be\s+believed$/i.test(text.text.slice(Math.max(0, m.start - 6), m.end));
      const first = cited || asked ? undefined : found.filter(([m]) => !quoted(m) && !alleged(m) && !calledIn(m) && !furniture(m) && !elsewhere(m) && !noneSaid(m) && !supposed(m)).sort((x, y) => x[0].start - y[0].start)[0];
      if (first) ctx.report({reason: first[1], place: place(first[0])});
    }
    function place(m: Span): Place {
      return text.place(m.start, m.end);
    }
  },
};
/** The last word of a marker, in lower case ("is considered" → "considered"). */
function lastWord(text: string): string {
  return text.slice(text.search(/\S+$/)).toLowerCase();
}

/** "if" or "unless" opening the clause a marker stands in: up to four words before it, none a dash, an auxiliary or a
 * modal (a verb of the condition's own: "but if it does happen it is unlikely" puts the marker in the main clause),
 * and no break between. */
const CONDITION_BEFORE = /\b(?:if|unless)\s+(?:(?!(?:-{1,3}|does|do|did|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|shall)\s)[^\s.,;:!?—–]+\s+){0,4}$/i;

/** A marker that ends in saying under a negated modal of ability: "can't say", "could not really say". */
const CANNOT_SAY = /\b(?:can(?:['’]?t|not)|could(?:n['’]t|\s+not))\s+(?:\w+\s+)?say$/i;
/** Adverbs by which the writer judges a view right or wrong, right before its verb: "justly regarded", "wrongly predicted". */
const JUDGING = String.raw`(?:rightly|justly|wrongly|correctly|mistakenly|falsely|unfairly|unjustly|erroneously)`;
const WRITER_JUDGES = new RegExp(String.raw`\b${JUDGING}\s+\S+$`, 'i');
const WRITER_JUDGES_BEFORE = new RegExp(String.raw`\b${JUDGING}\s+$`, 'i');
/** A marker that ends in a capitalised word (before a colon: a page's label, "Posted:", "Updated:"). */
const LABEL_WORD = /\s\p{Lu}\p{Ll}+$/u;

/** A speaker's label in a broadcast transcript: "Tom: THANK YOU, JOHN.", "BRIAN: THEY BELIEVE …", "Anchor: POLICE …". */
const SPEAKER_LABEL = /(?:^|[.!?"]\s+)(?:\p{Lu}\p{Ll}+|\p{Lu}{2,}):\s+\p{Lu}{2,}/u;

/**
 * Whether a line is a broadcast transcript: long, in capitals, with a speaker's label in it. What it says is
 * the labelled anchor's or reporter's talk on air ("LOOKS LIKE …", "IT'S UNLIKELY …"), each line signed by its
 * label, not the article's unattributed claims.
 */
function transcriptLine(line: string): boolean {
  if (line.length < 200 || !SPEAKER_LABEL.test(line)) return false;
  let upper = 0;
  let lower = 0;
  for (const ch of line) {
    if (ch >= 'A' && ch <= 'Z') upper++;
    else if (ch >= 'a' && ch <= 'z') lower++;
  }
  return upper >= 4 * lower;
}

/**
 * Whether a sentence is a headline set in capitals on a line of its own, as wire stories open ("NY TRADERS SAY
 * SOVIETS MADE LARGE SUGAR PURCHASE"): like a title-case headline it compresses the attribution its first
 * paragraph gives. (Capitals that run on over lines or end in a full stop, a broadcast script, are judged.)
 */
function capitalsHeadline(text: TextLayer, sentence: number): boolean {
  const s = text.sentences[sentence];
  const line = text.lines[text.lineOf(s.start) - 1];
  const whole = line ? text.text.slice(line.start, line.end).trim() : '';
  // a headline has no full stop (a line of capitals that ends in one is a sentence: a script, a shout)
  // (an initialism's stop is none: "DEALERS SAY FED INTERVENED BUYING DOLLARS IN U.S.")
  if (!line || text.lineOf(s.end - 1) !== line.number || whole !== s.text.trim() || (/[.!?]$/.test(whole) && !/(?:^|\s)(?:\p{Lu}\.){2,}$/u.test(whole))) return false;
  let words = 0;
  for (const t of text.sentenceTokens[sentence]) {
    if (t.punct || !/\p{L}/u.test(t.text)) continue;
    if (t.text !== t.text.toUpperCase()) return false;
    words++;
  }
  return words >= 3;
}

/** The most words a headline over its lede runs to. */
const HEADLINE_WORDS = 16;

/**
 * Whether a sentence is the article's headline in sentence case (its first paragraph, one line without a full
 * stop) and the lede under it (the first sentence of the next paragraph) is attributed to a real source: the
 * headline compresses the lede, whose source is given at once (bbc blind readings, seeds 96 and 99: "Tories
 * attack burglar 'U-turns'" over "Tory leader Michael Howard has accused …").
 */
function headlineSourcedBelow(text: TextLayer, k: number): boolean {
  const s = text.sentences[k];
  if (s.paragraph !== 0) return false;
  const para = text.paragraphs[0];
  if (para.first !== k || para.last !== k || /[.!?]["”’']?\s*$/.test(s.text) || s.text.includes('\n')) return false;
  if (text.sentenceTokens[k].filter((t) => !t.punct).length > HEADLINE_WORDS) return false;
  const lede = text.paragraphs[1];
  return lede !== undefined && text.attributions[lede.first].attributed && text.attributions[lede.first].scope === 'sentence';
}

/** Whether most longer words of a sentence are capitalised (not all-caps): a headline in title case. */
function titleCase(tokens: Token[]): boolean {
  let words = 0, caps = 0;
  for (const t of tokens) {
    if (t.punct || t.text.length < 4) continue;
    words++;
    if (t.cap && t.text !== t.text.toUpperCase()) caps++;
  }
  return words >= 3 && caps >= 0.8 * words;
}

/** Words that may stand between an article and a member's role noun: "a senior analyst", "an oil economist". */
const MEMBER_GAP = 3;
/** Prepositions after a member's role noun: "an analyst at Acme", "a delegate from Ohio". */
const MEMBER_AFTER = new Set(['at', 'with', 'for', 'of', 'in', 'from', 'on']);
/** How far (in tokens) a member's role noun may stand from the named source it describes: "Ana Ruiz, an analyst at Acme, said". */
const MEMBER_REACH = 8;

/**
 * Whether the sentence after a vague group names one of its members as a speaker: "Analysts said the
 * merger would fail. Ana Ruiz, an analyst at Acme, said …" (the group's view is told through a named
 * member). The next sentence must have a named source (or the body the member works for) with the
 * group's word in the singular close by.
 */
function memberNamedNext(next: Attribution | undefined, tokens: Token[] | undefined, m: Span): boolean {
  if (!next || !tokens) return false;
  const singulars = new Set<string>();
  for (const w of m.text.toLowerCase().split(/[^a-z-]+/)) if (w.length > 4 && /[^s]s$/.test(w)) singulars.add(w.slice(0, -1));
  if (singulars.size === 0) return false;
  for (const c of next.cues) {
    if (!c.resolved || (c.source?.kind !== 'named' && c.source?.kind !== 'role')) continue;
    const src = c.source;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (!singulars.has(t.lower)) continue;
      // the member's role noun itself, not an adjective of a group ("the Republican race", "the African-American vote"):
      // a mark, a preposition or a name after it ("an analyst at Acme", "analyst Ana Ruiz")
      const after = tokens[k + 1];
      if (after && !after.punct && !MEMBER_AFTER.has(after.lower) && !(after.cap && !(after.f & W_NOT_NAME))) continue;
      // a role noun with its article: "an analyst", "a senior economist" (not "analyst estimates")
      let article = false;
      for (let j = k - 1; j >= Math.max(0, k - MEMBER_GAP); j--) if (/^(?:a|an|the)$/.test(tokens[j].lower)) article = true;
      // or set off before or after the name: "John Smith, analyst at Acme", "Acme analyst John Smith"
      if (!article && !(k > 0 && tokens[k - 1].text === ',') && !(k + 1 < tokens.length && tokens[k + 1].start === src.start) && !(t.start >= src.start && t.end <= src.end)) continue;
      const near = (t.start >= src.end ? tokenDistance(tokens, src.end, t.start) : tokenDistance(tokens, t.end, src.start)) <= MEMBER_REACH;
      if (near) return true;
    }
  }
  return false;
}

/** Bare pronoun groups that a paragraph goes on to spell out: "Others remain more sceptical. Nissan …". */
const BARE_GROUP = /^(?:others|some)$/;

/**
 * "Others remain more sceptical. Nissan has bought Toyota's technology …": a bare "others" or "some" whose
 * sentence is only the stance (nothing after the marker but its closing mark), followed in the same
 * paragraph by a sentence that opens with a name, introduces the holders it goes on to name; it is the
 * paragraph's topic sentence, not a vague source of a claim. A content after the marker ("Others remain
 * sceptical about the plan") or a next sentence opening with a common word ("The technology may …") keeps
 * the group vague.
 */
function holdersNamedNext(own: Token[], next: Token[] | undefined, nextA: Attribution | undefined, m: Span): boolean {
  if (!next || next.length === 0) return false;
  const first = own.findIndex((t) => !t.punct);
  if (first < 0 || own[first].start !== m.start || !BARE_GROUP.test(own[first].lower)) return false;
  for (const t of own) if (t.start >= m.end && !t.punct) return false;
  const n = next[0];
  if (n.cap && !n.punct && (n.f & W_NOT_NAME) === 0) return true;
  // or a named speaker of the next sentence: "Others remain sceptical. \"We will wait,\" said Ana Ruiz of Acme."
  return nextA !== undefined && (nextA.quotes.some((q) => q.speaker?.kind === 'named') || nextA.cues.some((c) => c.resolved && c.source?.kind === 'named'));
}

/** Groups of market and field experts whose view a named colleague's words may carry: "analysts", "dealers". */
const EXPERT_GROUPS = new Set(['analysts', 'economists', 'experts', 'dealers', 'brokers', 'traders', 'bankers', 'strategists', 'specialists', 'scientists', 'researchers']);
/** Prepositions that tie an unnamed speaker's calling to the body named after it: "a dealer with Acme". */
const BODY_LINK = new Set(['of', 'at', 'with', 'for', 'from', 'in']);
/** Words that make a calling an unnamed speaker: "one trader", "another analyst". */
const UNNAMED_ONE = new Set(['one', 'another', 'a', 'an']);
/** Words of an expert's calling beside a named speaker: "chief economist Ana Ruiz", "director of research for Acme". */
const EXPERT_CALLINGS = new Set(['analyst', 'economist', 'strategist', 'dealer', 'broker', 'trader', 'banker', 'specialist', 'expert', 'researcher', 'research',
  'scientist', 'professor', 'instructor', 'consultant', 'engineer']);

/**
 * Whether the sentence after a vague group of experts opens a quotation by a named person tied to a body:
 * "Analysts expect prices to rise. \"It will rise,\" said Michael Snow of Union Bank." (the group's view
 * told through a named expert's words, though the words name no calling: "director of research for Staley
 * Co.", "Gartner's principal analyst Ana Ruiz"). Only groups of experts ("analysts", "dealers"), not "critics"
 * or "opponents", whose named voices are as often the other side.
 */
function expertQuotedNext(next: Attribution | undefined, tokens: Token[] | undefined, own: Token[], m: Span): boolean {
  if (!next || !tokens || next.quotes.length === 0) return false;
  // the group's word in the marker or just before it ("Analysts and investors have welcomed")
  let expert = false;
  for (let k = 0; k < own.length && own[k].start < m.end; k++) if (EXPERT_GROUPS.has(own[k].lower) && (own[k].start >= m.start || tokenDistance(own, own[k].end, m.start) <= 3)) expert = true;
  if (!expert) return false;
  for (const qa of next.quotes) {
    const src = qa.speaker;
    if (!src || src.kind !== 'named') continue;
    // a named person of a named body, without a calling: "Zach Rogers with Indy Arms Co said" (the firm's man speaks as one of the experts)
    if (personOfBody(tokens, src)) return true;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      const near = (t.start >= src.end ? tokenDistance(tokens, src.end, t.start) : tokenDistance(tokens, t.end, src.start)) <= MEMBER_REACH;
      if (!near || !EXPERT_CALLINGS.has(t.lower)) continue;
      // "one senior dealer with a U.S. bank said": a calling with an article or a count that heads the speaker, the body
      // after it, is no named person ("director of research for Staley Co. said" and "Ana Ruiz, an economist at Acme"
      // are the named speaker's calling)
      if (t.end <= src.start && unnamedCalling(tokens, k) && tokens.some((u) => u.start >= t.end && u.end <= src.start && BODY_LINK.has(u.lower))) continue;
      // "Reuters quoted one trader as saying": a verb or a count between them makes the calling another, unnamed speaker
      const [from, to] = t.end <= src.start ? [t.end, src.start] : [src.end, t.start];
      if (tokens.some((u) => u.start >= from && u.end <= to && (u.lemma !== undefined || u.lower === 'one' || u.lower === 'another'))) continue;
      return true;
    }
  }
  return false;
}

/** Whether a named body is the speaker as a person's tie ("Zach Rogers with Indy Arms Co"): a capitalised name, then of/with/at/from, then the body. */
function personOfBody(tokens: Token[], src: Span): boolean {
  const k = tokenIndexAt(tokens, src.start);
  const link = tokens[k - 1];
  const name = tokens[k - 2];
  return link !== undefined && name !== undefined && BODY_LINK.has(link.lower) && link.lower !== 'in' && name.cap && !name.punct && (name.f & W_NOT_NAME) === 0 &&
    k - 3 >= 0 && tokens[k - 3].cap && !tokens[k - 3].punct;
}

/** Whether a calling at k has an article or a count of its own, not set off after a name: "said one senior dealer" (not "Ana Ruiz, an economist"). */
function unnamedCalling(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (UNNAMED_ONE.has(tokens[j].lower)) return !(j > 0 && tokens[j - 1].text === ',');
  return false;
}

/** A market's people, who tell its prices: "dealers said", "traders said". */
const MARKET_GROUP = /^(?:(?:\w+\s+)?(?:dealers|traders|brokers)\s+said|said\s+(?:\w+\s+)?(?:dealers|traders|brokers))$/i;
/** Verbs of a price's move or level: "opened", "began", "closed", "was quoted", "rose". */
const PRICE_VERB = /^(?:opened|opens|began|begins|closed|closes|ended|ends|finished|traded|trading|stood|quoted|rose|fell|eased|firmed|gained|dropped|slipped|edged|climbed|dipped|declined|advanced|rallied|steadied)$/;
/** Where a price moved to: "higher", "unchanged", a figure. */
const PRICE_LEVEL = /^(?:higher|lower|unchanged|steady|steadier|firmer|weaker|up|down|\d[\d.,/]*)$/;
/** Words of a cause, a forecast or a reading of the market, which make the dealers' words a claim: "fell on profit-taking", "should rise". */
const MARKET_READING = /^(?:because|due|amid|reflecting|following|since|despite|although|but|after|as|expect\w*|likely|unlikely|should|could|would|may|might|will|believ\w*|think\w*|thought|fear\w*|hop\w*|concern\w*|worr\w*|sentiment|nervous\w*|cautious\w*|uncertain\w*|profit-taking|short-covering|covering|demand|buying|selling|support|pressure|news|interest|expectations?|speculat\w*|rumou?rs?|hopes?|fears?|helped|boosted|lifted|hit|hurt|weighed|dragged|prompted|triggered|reflect\w*|indicat\w*|suggest\w*|underpinned|undercut|supported|pressured)$/;
/** Time words that may follow the cue: "dealers said on Monday", "traders said today". */
const AFTER_CUE_TIME = /^(?:on|in|this|late|early|today|yesterday|morning|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Days, which may follow "on" without telling a cause: "opened higher on Monday". */
const DAY_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|its|a)$/;

/**
 * Whether a market group passes on a price's move or level, told before it with no cause or forecast: "Silver
 * opened at 6.74 dlrs an ounce, up 22 cents, dealers said", "Gold began little changed, dealers said" (a market
 * figure, not a claim). "Silver fell on profit-taking, dealers said" and "prices should rise, traders said"
 * are readings of the market and stay flagged.
 */
function marketFigure(tokens: Token[], m: Span): boolean {
  if (!MARKET_GROUP.test(m.text.replace(/\s+/g, ' '))) return false;
  // the group closes the sentence: what it passes on stands before it
  if (tokens.some((t) => t.start >= m.end && !t.punct && !AFTER_CUE_TIME.test(t.lower))) return false;
  let verb = false, level = false;
  for (let k = 0; k < tokens.length && tokens[k].end <= m.start; k++) {
    const t = tokens[k];
    if (t.punct) continue;
    const w = t.lower;
    // a cause told by a passive or a verb of showing: "underpinned by a buoyant silver market", "indicates a week of active trading"
    if (MARKET_READING.test(w) || w === 'by' || (t.lemma !== undefined && !measuresFigure(tokens, k))) return false;
    if (w === 'on' && !DAY_WORD.test(nextWord(tokens, k, m.start))) return false;
    // (not a name: "the State Trading Corporation")
    if (PRICE_VERB.test(w) && !t.cap) verb = true;
    if (PRICE_LEVEL.test(w) || /^\d/.test(w)) level = true;
  }
  return verb && level;
}

/** The lower-cased word after the token at k, before an offset (marks passed over), or ''. */
function nextWord(tokens: Token[], k: number, before: number): string {
  for (let j = k + 1; j < tokens.length && tokens[j].end <= before; j++) if (!tokens[j].punct) return tokens[j].lower;
  return '';
}

/** The number of tokens between two offsets. */
function tokenDistance(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (const t of tokens) if (t.start >= from && t.end <= to) n++;
  return n;
}

/** "allegedly", "is alleged to", "it is alleged", "is accused of": hearsay that a court document or an arrest may stand for. */
const ALLEGED = /\b(?:alleged(?:ly)?|accused)\b/i;
/**
 * Words of a charge, suit, indictment or warrant: the document an allegation is made in ("indicted", "the lawsuit",
 * "charged with", "warrants allege"); and of an arrest, the police's accusation ("was arrested after he allegedly shot",
 * "taken into custody", "booked on").
 */
const LEGAL_DOCUMENT = /^(?:indictments?|indicted|indicts?|lawsuits?|suits?|sued|sues|complaints?|affidavits?|charges?|charged|charging|filings?|petitions?|writs?|warrants?|arrest|arrests|arrested|custody|booked)$/;

/** A vague source that is bare records or documents: "records show", "documents say", "Documents also identify the victims". */
const BARE_RECORDS = /\b(?:records|documents)\s+(?:(?:also|further|\w+ly)\s+)?(?:show|showed|state|stated|say|said|indicate|indicated|reveal|revealed|identify|identified|list|listed)$/i;

/** Whether a sentence tells of a charge, suit, indictment or arrest (a word of one, not as a name: "Suits" the show is capitalised mid-sentence). */
function namesLegalDocument(tokens: Token[]): boolean {
  // ("in the custody of the regiment" tells where someone was held, not of an arrest)
  for (let k = 0; k < tokens.length; k++) if (LEGAL_DOCUMENT.test(tokens[k].lower) && !(tokens[k].cap && k > 0) && !(tokens[k].lower === 'custody' && tokens[k + 1]?.lower === 'of') &&
    // (a search warrant is an order to search, not an allegation)
    !(/^warrants?$/.test(tokens[k].lower) && tokens[k - 1]?.lower === 'search')) return true;
  return false;
}

/** Whether a source is a document or report with an owner or a name ("the USDA report", "Acme's statement"). */
function isReport(tokens: Token[], src: {start: number; end: number}): boolean {
  let head: Token | undefined;
  for (const t of tokens) if (t.start >= src.start && t.end <= src.end && !t.punct) head = t;
  return head !== undefined && (head.f & (W_REPORT_NOUN | W_REPORTING_NOUN)) !== 0;
}

/**
 * Whether a sentence tells what a named report or document shows, so that a vague group in it only
 * passes the report on: a reporting cue whose real source is a report ("traders said the USDA report
 * showed …", "the ministry's statement said …, dealers said"), or a group "citing" a named report or
 * body ("traders said, citing a USDA report, …").
 */
function passesOnReport(a: Attribution, tokens: Token[]): Span | undefined {
  for (const c of a.cues) {
    if (c.resolved && c.source && c.source.kind !== 'vague' && c.source.kind !== 'pronoun' && isReport(tokens, c.source)) return c.source;
    if (c.lemma === 'cite' && /ing$/.test(c.text)) {
      let k = 0;
      while (k < tokens.length && tokens[k].start < c.end) k++;
      for (let j = k; j < Math.min(tokens.length, k + 5); j++) {
        const t = tokens[j];
        if (t.punct) break;
        if ((t.cap && !(t.f & W_NOT_NAME)) || (t.f & (W_REPORT_NOUN | W_REPORTING_NOUN))) return t;
      }
    }
  }
  // "The USDA report showed stocks fell": a named or owned report right before a reporting verb (a
  // report that shows a figure is no cue of its own when no clause follows)
  for (let j = 1; j + 1 < tokens.length; j++) {
    const t = tokens[j];
    if (!(t.f & (W_REPORT_NOUN | W_REPORTING_NOUN)) || t.possessive || tokens[j + 1].lemma === undefined || tokens[j + 1].punct || measuresFigure(tokens, j + 1)) continue;
    const p = tokens[j - 1];
    if ((p.possessive || OWNING.has(p.lower) || (p.cap && !p.punct && !(p.f & W_NOT_NAME))) && reportKind(tokens, j) === 'role') return t;
  }
  return undefined;
}

/** What may stand between a relaying report and the source it relays: "that", a comma, the source's own first words ("the health"). */
const RELAY_GAP = /^\s*(?:that\s+)?(?:(?!(?:and|but|or|yet|so|while|although|though|as)\s)[\p{L}’'-]+\s+){0,3}$/iu;

/**
 * Whether a vague marker only relays a named or role source whose own cue opens the clause it reports: "published
 * reports said the Defense Intelligence Agency estimated …", "Local media reported that police said …". The claim is
 * that source's; the press between is how the writer heard it.
 */
function relaysNamed(a: Attribution, m: Span, full: string): boolean {
  // the press as the subject of its verb ("reports said …"), not an adjunct set off by commas ("…, according to reports, but …")
  if (/^according\b/i.test(m.text) || !m.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => RELAYING_PRESS.has(w))) return false;
  for (const c of a.cues) {
    const src = c.source;
    if (!c.resolved || !src || (src.kind !== 'named' && src.kind !== 'role') || src.start < m.end || !FACTUAL_VERBS.has(c.lemma)) continue;
    if (RELAY_GAP.test(full.slice(m.end, src.start))) return true;
  }
  return false;
}

/** Determiners before a report noun that make it one document: "the report", "its statement". */
const OWNING = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** "there were reports", "there have been reports": a vague source, unless the reports are calls to responders. */
const REPORTS_THERE = /^there\s+(?:are|were|have\s+been|had\s+been)\s+reports$/i;
/** "was reported", "were reported": an incident called in when "as a(n)" follows ("what was reported as an accidental discharge"; not "reported as being 4"). */
const REPORTED_AS = /\breported$/i;

/**
 * Responders sent to an incident, or a call to dispatch (general English of crime and fire reports):
 * "When officers responded", "deputies were dispatched", "officers were called to", "firefighters arrived",
 * "called 911", "a dispatcher".
 */
const RESPONDERS = new RegExp([
  String.raw`\b(?:officers?|deputies|deputy|police|troopers?|firefighters?|crews?|paramedics|medics|EMS|responders|units|agencies|departments|authorities|personnel)\b[^.;!?]{0,60}?\b(?:responded|responding|arrived|arriving|(?:were|was|been)\s+(?:dispatched|called|sent))\b`,
  String.raw`\b(?:dispatch(?:ed|ers?)?|911)\b`,
].join('|'), 'i');

/**
 * Whether a vague "there were reports" or an agentless "was reported as" tells of calls to the police or
 * fire service, not of a claim: the same sentence or the next (in its paragraph or the one after) tells
 * of responders sent or a call to dispatch ("There were reports of gunfire at the park. When officers
 * responded, they found …"). "There were reports of gunfire in the capital overnight." stays vague.
 */
function calledInReport(text: {text: string; sentences: Array<{start: number; end: number; paragraph: number}>}, k: number, m: Span): boolean {
  const reports = REPORTS_THERE.test(m.text.replace(/\s+/g, ' '));
  if (!reports && !(REPORTED_AS.test(m.text) && /^\s+as\s+an?\b/i.test(text.text.slice(m.end, m.end + 8)))) return false;
  const s = text.sentences[k];
  const near = [k, k + 1];
  // "A woman called dispatch … . … what was reported as an accidental discharge": the call may come first
  if (!reports) near.push(k - 1);
  return near.some((j) => {
    const o = text.sentences[j];
    return o !== undefined && o.paragraph - s.paragraph <= 1 && s.paragraph - o.paragraph <= 0 && RESPONDERS.test(text.text.slice(o.start, o.end));
  });
}

/** Passives of hearsay, which by house style stand for an unnamed source ("is thought to", "is understood"): not carried from the paragraph before. */
const HEARSAY = /\b(?:thought|believed|understood|said|rumou?red|reported)\b/i;
/** Passives of hearsay that go on with an outlet cited just before: "is said to", "is reported to". */
const PRESS_HEARSAY = /\b(?:said|reported)$/i;

/**
 * Whether a vague subject opens with a word the article also gives as a surname after a first name: "Few said"
 * after "Chris Few" (a quantifier as a family name: Few, Most, Many).
 */
function surnameSubject(m: Span, full: string): boolean {
  const first = /^\p{Lu}\p{Ll}+/u.exec(m.text)?.[0];
  if (first === undefined || !QUANTIFIER_NAMES.has(first.toLowerCase())) return false;
  for (const hit of full.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+) ${first}\\b`, 'gu'))) if (!TITLE_WORDS.has(hit[1].toLowerCase())) return true;
  return false;
}

/** Quantifiers that are also family names. */
const QUANTIFIER_NAMES = new Set(['few', 'most', 'many']);
/** Capitalised function words before a quantifier in a title-case headline ("The Most", "So Many"): no first name. */
const TITLE_WORDS = new Set(['the', 'a', 'an', 'so', 'how', 'why', 'what', 'too', 'not', 'and', 'or', 'of', 'in', 'for', 'at', 'by', 'to', 'on', 'with', 'from', 'is', 'are', 'as', 'very', 'among', 'our', 'their', 'his', 'her', 'its']);

/** A numbered reference at the end of a sentence: "(19).", "(10, 11).", "[4]." (not a year: at most three digits). */
const REFERENCE_MARK = /[(\[]\d{1,3}(?:\s*[,–-]\s*\d{1,3})*[)\]]\s*[.!?]?["”']?\s*$/;

/** Whether sentence k closes with a numbered reference, as science and health writing cites its studies. */
function citesReference(text: TextLayer, k: number): boolean {
  const s = text.sentences[k];
  if (s === undefined || !REFERENCE_MARK.test(s.text)) return false;
  // a sentence of prose, not a widget's count ("View all (4)", "Comments (12)")
  let words = 0;
  for (const t of text.sentenceTokens[k]) if (!t.punct && /\p{L}/u.test(t.text) && ++words >= CITING_WORDS) return true;
  return false;
}

/** How many words a sentence that cites a numbered reference has at least. */
const CITING_WORDS = 3;

/** A charging paper or an office's report, as the source of an account: "the criminal complaint", "court documents", "the police report". */
const CASE_PAPER = /\b(?:complaints?|indictments?|affidavits?|warrants?|charging documents?|court (?:documents|records|filings|papers)|(?:police|arrest|incident) reports?)$/i;

/** The passives of an investigation's account: what is believed, suspected, said, described, considered or reported of a case. */
const CASE_PASSIVE = /\b(?:believed|thought|suspected|said|described|considered|reported|presumed|alleged|accused|listed)\b/i;

/**
 * Whether the article tells a case from an incident office's account (police, a sheriff, investigators,
 * prosecutors) or from its charging papers, in a sentence outside quotations: a crime story told as theirs (one
 * such sentence is enough: blind readers take a story that cites the police once as told from their account;
 * two were measured first and missed the briefs).
 */
function caseAccountTold(text: TextLayer): boolean {
  return text.attributions.some((a) => !a.inQuote &&
    // (a headline in title case tells no account: "… Over Police Shooting Comments")
    !titleCase(text.sentenceTokens[a.sentence]) &&
    a.cues.some((c) => c.source !== undefined && c.source.kind !== 'vague' && c.source.kind !== 'pronoun' && caseSource(c.source, text.text)));
}

/**
 * A statement issued, which a group speaks through ("In a statement, church leaders said …", "… said in a joint
 * statement"): a document of the body they lead, which a reader can find, not a crowd's talk.
 */
const STATEMENT = /\b(?:in|through)\s+an?\s+(?:\w+\s+){0,2}?statements?\b|\b(?:issued|released)\s+an?\s+(?:\w+\s+){0,2}?statement\b/i;

/** A victim's people and a neighbourhood's (its local and faith leaders too): the groups a local story voices through one of them. */
const KIN_AND_COMMUNITY = compileNow(/\b(?:family|families|relatives|friends|parents|neighbou?rs|residents|classmates|teammates|co-?workers|mourners|church|community|congregation|pastors|teachers|students|city|activists|organi[sz]ers|volunteers)\b|\b(?:local|faith|religious)\s+leaders\b/i);
/** Others set against those voiced before: "But others say …", "Others in the neighborhood say …". */
const OTHERS = /^(?:but\s+|and\s+)?others\b/i;
/** Verbs a named person opens the next sentence with as the group's voice: "William Naron says …". */
const SPEAKING = new Set(['say', 'tell', 'add', 'explain', 'recall', 'describe']);
/** Groups whose named voices are as often the other side: "Critics say … 'It works,' said the mayor." */
const OPPOSING = /\b(?:critics|opponents|detractors|skeptics|sceptics|naysayers)\b/i;

/**
 * Whether a group's view is voiced at once by a named person quoted in the next sentence, in this paragraph
 * or opening the next one: "Church leaders said gangs are recruiting in schools. ¶ “It's escalating,” Pastor
 * Lynwood Deans said." and "Parents questioned how the gun got into the school. ¶ “Why was the gun brought to
 * school?” said Lashell Booker." (local news tells a group's view, then a named member's words; a blind reader
 * counted five such warnings of 40 wrong). Critics and opponents are not covered.
 */
function voicedNext(m: Span, text: TextLayer, k: number): boolean {
  // the group's words before the marker too: "community leaders say" (the marker is "leaders say")
  const group = groupPhrase(m, text.sentenceTokens[k]);
  const others = OTHERS.test(group);
  if (OPPOSING.test(group) || !(KIN_AND_COMMUNITY.test(group) || others)) return false;
  const next = text.sentences[k + 1];
  const own = text.sentences[k];
  if (!next) return false;
  // the next sentence is in this paragraph, or opens the next one after this paragraph's last sentence
  if (next.paragraph !== own.paragraph && next.paragraph !== own.paragraph + 1) return false;
  const a = text.attributions[k + 1];
  // a named person opening the next sentence as its speaker: "William Naron says …", "Terolyn Watson, of Ward 3, said …"
  if (a.cues.some((c) => c.kind === 'verb' && SPEAKING.has(c.lemma) && c.source?.kind === 'named' && c.source.start - next.start <= 2 && c.source.start < c.start &&
    newVoice(c.source, text.text, own.start, others))) return true;
  // (a quotation after "others" is as often a different voice: "Others call it the nerd prom. “…,” said the spokesman")
  return !others && a.quotes.some((qa) => {
    const q = text.quotes[qa.quote];
    return qa.speaker?.kind === 'named' && q.depth === 0 && q.start - next.start <= 2;
  });
}

/** The fewest words of a quotation that goes on with a paraphrase. */
const QUOTED_ACCOUNT_WORDS = 6;

/**
 * Whether the next sentence of the paragraph opens with a quotation whose speaker is found (named, a role, a
 * pronoun, an unnamed witness; not a vague crowd): the sentence before it is that speaker's account, paraphrased
 * ("After Abdulazeez returned, he seemed more mellow. “That is part of what drew us closer,” he said."; a
 * local-news blind reading, seed 95).
 */
function quotedNext(text: TextLayer, k: number): boolean {
  const next = text.sentences[k + 1];
  if (!next || next.paragraph !== text.sentences[k].paragraph) return false;
  return text.attributions[k + 1].quotes.some((qa) => {
    const q = text.quotes[qa.quote];
    // (words spoken, a clause or more: a slogan or a title opening the sentence is no one's account)
    return q.depth === 0 && q.kind === 'speech' && q.words >= QUOTED_ACCOUNT_WORDS && q.start - next.start <= 2 && qa.speaker !== undefined && qa.speaker.kind !== 'vague';
  });
}

/**
 * Whether a named source is a voice the article has not given before (its last name not in the text before the
 * group's sentence): one of the group, not a speaker already heard ("… attacked by some teachers. Weitz, who …,
 * said"). After "others" only a bare name of at most three words counts ("William Naron says"), not an office's
 * spokesman, who speaks for the other side as often.
 */
function newVoice(source: Span, full: string, before: number, others: boolean): boolean {
  const name = full.slice(source.start, source.end).trim().split(/\s+/);
  if (others && name.length > 3) return false;
  const last = name[name.length - 1].replace(/[’']s?$/, '');
  return last.length > 1 && !full.slice(0, before).includes(last);
}

/**
 * Where a group's phrase starts: the marker's first token, or up to GROUP_MODIFIERS words before it in its clause
 * ("community leaders say" for the marker "leaders say", "large majorities of Americans agreed" for "of Americans agreed").
 */
function phraseStart(m: Span, tokens: Token[]): number {
  let k = tokenIndexAt(tokens, m.start);
  const first = k;
  while (k > 0 && first - k < GROUP_MODIFIERS && !tokens[k - 1].punct) k--;
  return k;
}
/** How many modifiers before a group's marker its phrase takes. */
const GROUP_MODIFIERS = 3;

/** The marker with the modifiers just before it in its sentence: "community leaders say". */
function groupPhrase(m: Span, tokens: Token[]): string {
  const k = phraseStart(m, tokens);
  const first = tokenIndexAt(tokens, m.start);
  return k === first ? m.text : tokens.slice(k, first).map((t) => t.lower).join(' ') + ' ' + m.text;
}

/** What people tell of themselves after "said they": what they saw, heard, felt or knew. */
const SELF_REPORT = /^\s+(?:that\s+)?they\s+(?:(?:had|have|did|do|were|was|are)(?:\s*n[o']t)?\s+)?(?:saw|see|heard|hear|felt|feel|knew|know|feared|fear|were|are|did(?:\s*n[o']t)?|had|ran|hid|thought\s+it\s+was)\b/i;

/**
 * Whether people at the scene tell of their own experience: "Several guests said they didn't know who lived
 * in the house", "Some students said they heard shots": witnesses' accounts of what they saw, heard or felt,
 * not a claim about others that needs a named source. Only people at a scene (SCENE_PEOPLE): "Many voters
 * said they were angry" is a vague group's view, as PolNeAR labels it (the rule for every group cost 8 of its
 * true warnings).
 */
function selfReport(m: Span, full: string): boolean {
  return /\b(?:said|say|says|told\s+\w+)$/i.test(m.text) && m.text.toLowerCase().split(/[^a-z-]+/).some((w) => SCENE_PEOPLE.has(w)) && SELF_REPORT.test(full.slice(m.end, m.end + 60));
}

/** Peoples, faiths, parties and creeds, and people in general: groups an opinion writer characterises ("liberals prefer", "Kurds demand"). */
const IDENTITY_GROUPS = new Set([...GROUP_NAMES, 'centrists', 'conservatives', 'evangelicals', 'feminists', 'hardliners', 'leftists', 'liberals', 'libertarians',
  'moderates', 'nationalists', 'partisans', 'populists', 'progressives', 'radicals', 'rightists', 'socialists', 'unionists', 'environmentalists', 'loyalists', 'people']);

/**
 * Whether a vague subject is a bare people, faith, party or creed, or people in general, with no quantity picking
 * out some of them: "Libertarians want", "Civil Libertarians believe", "Bosnian Muslims feel", "people want" (not
 * "some Muslims believe", "most gun owners feel", "a couple of people said").
 */
function identityGroup(m: Span, tokens: Token[]): boolean {
  let head = false;
  // (the words just before the marker too: a quantity may stand there)
  for (let k = phraseStart(m, tokens); k < tokens.length && tokens[k].end <= m.end; k++) {
    const t = tokens[k];
    // ("a couple of people said", "two people were saying", "93% of the American people": counted, not bare)
    if ((t.f & (W_PARTITIVE | W_ALWAYS_VAGUE)) !== 0 || COUNTING.has(t.lower) || /\d/.test(t.text)) return false;
    if (IDENTITY_GROUPS.has(t.lower)) head = true;
  }
  // (a marker that opens on "of" has its count before it: "… 93% of the American people believe")
  return head && !/^of\s/i.test(m.text);
}
/** Words that count or pick out members of a group: "all Americans", "few Republicans", "40 percent of voters". */
const COUNTING = new Set(['all', 'few', 'percent', 'majority', 'majorities', 'minority', 'half', 'no', 'none', 'every', 'each', 'couple', 'two', 'three', 'several']);

/** A reply's subject line: "Subject: Re: Waco", "Subject: RE: the levy". */
const REPLY_SUBJECT = /^Subject:\s*Re:/i;

/** A sentence that ends in a question mark (past closing quotes and brackets). */
const QUESTION_END = /\?[\s"'”’)\]]*$/;

/** A group the writer counts themselves in: "Some of us predicted this", "many among us fear" (their own view, not hearsay; "a poll of US pundits" is no "us"). */
const WRITER_AMONG = /\b(?:[Oo]f|[Aa]mong)\s+us\b/;

/** A crowd pronoun standing alone before its verb: "Some said", "Others say", "Many described", "A few recalled". */
const BARE_CROWD = /^(?:some|others|many|several|most|a\s+few|few)\s+(?:also\s+|later\s+)?[a-z]+$/i;
/** People at the scene, told of by where they were: the group a "some" after them is part of. */
const SCENE_PEOPLE = new Set([...AT_A_PLACE, 'bystanders', 'onlookers', 'employees', 'neighbors', 'neighbours', 'residents', 'witnesses', 'survivors',
  'passengers', 'parents', 'relatives', 'officers', 'firefighters', 'paramedics', 'rescuers', 'deputies', 'detectives', 'investigators', 'troopers',
  'protesters', 'mourners', 'classmates', 'coworkers', 'co-workers']);

/**
 * Whether a bare crowd pronoun is part of a group of people at the scene that the sentence before (in the
 * paragraph) tells of: "Neighbors said the gunfire sounded like fireworks. Some said they peeked out windows",
 * "Hundreds of spectators ran for safety. Some described hearing several shots": some of those witnesses, who
 * the reader knows. A crowd of voters, critics or Republicans before is no such group.
 */
function partOfGroupBefore(m: Span, text: TextLayer, k: number): boolean {
  if (!BARE_CROWD.test(m.text)) return false;
  const scene = (t: Token) => !t.punct && !t.possessive && SCENE_PEOPLE.has(t.lower);
  // or told of earlier in the same sentence: "Several neighbors had heard the shots, but few said they were there"
  for (const t of text.sentenceTokens[k]) { if (t.start >= m.start) break; if (scene(t)) return true; }
  if (k === 0 || text.sentences[k - 1].paragraph !== text.sentences[k].paragraph) return false;
  return text.sentenceTokens[k - 1].some(scene);
}

/** A poll's sample as a subject: a share of people ("Some 82% said", "79 pct of respondents"), its respondents, "those questioned". */
const POLL_SAMPLE = /\d\s*(?:%|per\s?cent\b|percent\b|pct\b)|\brespondents\b|\bthose\s+(?:questioned|polled|surveyed|asked|interviewed)\b/i;
/** The words by which an article cites the poll behind its figures. */
const POLL_CITED = /\b(?:polls?|polling|pollsters?|surveys?|surveyed|questionnaires?|study|research)\b/i;

/**
 * Whether a vague subject is the sample of a poll the article cites around it (the paragraph before, this one, or the
 * sentence after): "A poll for the Courier found … Some 82% said …", "Most respondents also said …". Who answered is
 * the poll's finding, its source the pollster named there; the same share with no poll in sight stays vague.
 */
function pollSample(m: Span, text: TextLayer, k: number): boolean {
  if (!POLL_SAMPLE.test(m.text)) return false;
  const p = text.sentences[k].paragraph;
  const from = text.paragraphs[Math.max(0, p - 1)].first;
  const to = Math.min(text.sentences.length - 1, k + 1);
  for (let j = from; j <= to; j++) if (POLL_CITED.test(text.sentences[j].text)) return true;
  return false;
}

/** An office told a witness's account: "told police", "told investigators". */
const TOLD_OFFICE = /^\s+(?:police|officers|investigators|detectives|deputies|authorities|troopers|dispatchers|dispatch)\b/i;

/**
 * Whether a vague subject tells an office what they saw: "Several people told authorities they saw …", "Employees
 * also told police …": witnesses giving the police their account, which the story retells (the casualty rule
 * still reads them as a source).
 */
function toldOffice(m: Span, full: string): boolean {
  return /\btold$/i.test(m.text) && TOLD_OFFICE.test(full.slice(m.end, m.end + 20));
}

/** What a responder goes to after "responded to": "the scene", "a call", "the area", "reports of". */
const RESPONDED_TO = /^\s+to\s+(?:the|a|an)\s+(?:scene|call|area|report|home|house|residence|address|location|incident|shooting|crash|fire|hospital|school|campus|building|store|apartment|complex|bar|club|park|intersection|block|street|motel|hotel|business|church|parking)\b/i;

/** Whether a vague subject's "responded" is responders arriving ("Several agencies responded", "… responded to the scene"), not an answer. */
function responders(m: Span, full: string): boolean {
  return /\bresponded$/i.test(m.text) && (RESPONDERS.test(m.text) || RESPONDED_TO.test(full.slice(m.end, m.end + 40)));
}

/** A state bureau of investigation (TBI, GBI) or a police department (LAPD, IMPD) by its initials (not the FBI, which a political argument names as often as it cites it). */
const INVESTIGATING_AGENCY = /(?:^|\s)(?:[A-EG-Z]BI|[A-Z]{1,4}PD)$/;
/** An office named by the word before it: "the Jefferson County Sheriff's Office", "the city police department". */
const OFFICE_OF = /\b(?:sheriff|police|fire|coroner|prosecutor)(?:['’]s)?\s+$/i;

/** Whether a source is an incident office, its staff or its charging papers (the source span of "the Sheriff's Office" is "Office"). */
function caseSource(source: Source, full: string): boolean {
  if (incidentOffice(source) || CASE_PAPER.test(source.text) || INVESTIGATING_AGENCY.test(source.text)) return true;
  // (a name with a police rank before it or its office's role after it: "said Sgt. Richard Bratz, a state police spokesman")
  if (source.kind === 'named' && incidentRole(source, full)) return true;
  // "the Tennessee Bureau of Investigation" spelled out (the source span stops at "Bureau"), but not the Federal one
  if (/\bBureau$/.test(source.text) && !/\bFederal\s+Bureau$/i.test(source.text) && /^\s+of\s+Investigation\b/i.test(full.slice(source.end, source.end + 20))) return true;
  return /^(?:office|department)$/i.test(source.text) && OFFICE_OF.test(full.slice(Math.max(0, source.start - 30), source.start));
}

/** An investigation's early reports or findings as a subject: "initial reports indicated", "preliminary findings show". */
const FINDINGS = /^(?:(?:initial|preliminary|early|first)\s+)?(?:reports?|findings|investigations?)\b/i;

/**
 * Whether a vague report is the incident office's own, told in a clause joined to its statement: "Yuma Police
 * said the incident is still under investigation, but initial reports indicated that the shooting was
 * accidental" (the office that investigates speaks of its first findings; the press's reports, "The White House
 * said …, but reports indicated …", are not an office's).
 */
function officeFindings(a: Attribution, m: Span, full: string): boolean {
  if (!FINDINGS.test(m.text)) return false;
  return a.cues.some((c) => c.kind === 'verb' && c.source !== undefined && c.source.end <= m.start && c.end <= m.start && caseSource(c.source, full));
}

/** Adverbs of hearsay that a crime report uses to retell the police's account: "he allegedly fired", "the shooting reportedly started". */
const INCIDENT_HEARSAY = /^(?:allegedly|reportedly)$/i;

/** What follows "is expected" in a victim's prognosis: "to survive", "to recover", "to be OK", "to make a full recovery". */
const PROGNOSIS = new RegExp(String.raw`^\s+to\s+(?:${RECOVERY})\b`, 'i');

/** The next steps of a case as the subject of "expected": "Additional charges are expected", "More arrests are expected". */
const CASE_STEP_BEFORE = /\b(?:charges|arrests|indictments|citations)\s+(?:are\s+|were\s+|is\s+|was\s+|also\s+)*$/i;

/** Passives that stand for an unnamed source by house style ("is thought to", "is understood"): no account stands for them. */
const HOUSE_HEARSAY = /\b(?:thought|understood|rumou?red)\b/i;

/** A cue set off after what it reports: "Sales are expected to fall, Fiat said this week, as …". */
const PARENTHETICAL_CUE = /^(?:\s+(?:on|last|this|in|earlier|later|today|yesterday|tonight|\w+day|week|month|year|night|morning|afternoon|evening|too|also))*\s*[,.;:]/i;

/** What may stand between a source and its verb (no mark): "police later said", "a MetroSafe dispatcher said" (a head the source span left out). */
const SUBJECT_TO_VERB = /^\s*(?:[\w'’.-]+\s+){0,2}$/;
/** What may stand between a verb and an inverted subject (no mark): "said Lt. Ana Ruiz of the city police", "said hospital spokeswoman Ana Ruiz". */
const VERB_TO_SUBJECT = /^\s*,?\s*(?:[\w'’.-]+\s+){0,4}$/;

/** A comma, dash or closing quotation mark right before a cue. */
const SET_OFF_END = /[,—–"”]\s*$/;

/** Whether a cue's source stands next to it, as the subject of a cue that closes or opens a report does. */
function nextToCue(c: Span & {lemma?: string}, src: Span, full: string): boolean {
  // ", said hospital spokeswoman Ana Ruiz": a verb set off after the claim is inverted, whatever source the parse took
  // (not a subject's verb after its relative clause: "when Mr. Buchanan, who had run against Bush, called for …",
  // unless "said" or "told" ends the sentence: "…, one source, who asked not to be named, told Reuters.")
  if (SET_OFF_END.test(full.slice(Math.max(0, c.start - 3), c.start)) && !/ing$/.test(c.text) && (!(src.end <= c.start && RELATIVE_AFTER.test(full.slice(src.end, src.end + 12))) ||
    ((c.lemma === 'say' || c.lemma === 'tell') && CLOSES_SENTENCE.test(full.slice(c.end, c.end + 48))))) return true;
  if (src.end <= c.start) return c.start - src.end < 40 && SUBJECT_TO_VERB.test(full.slice(src.end, c.start));
  if (src.start >= c.end) return src.start - c.end < 40 && VERB_TO_SUBJECT.test(full.slice(c.end, src.start));
  return true;
}

/** The end of a sentence within three words (a hearer, a day): "… said.", "… told Reuters.", "… said on Tuesday." */
const CLOSES_SENTENCE = /^(?:\s+[\p{L}’'-]+){0,3}\s*[.!?]/u;

/** A relative clause opening after a subject: ", who had …", ", which …". */
const RELATIVE_AFTER = /^\s*,\s*(?:who|which|whose)\b/i;

/** A determiner right before a word: "the dispute", "their comment". */
const NOUN_DETERMINER = /\b(?:the|a|an|his|her|its|their|our|my|your|these|those|every|each|no|any)\s+$/i;

/** A cue right after a comma closes what went before: "…, said Sgt. Ortiz" (not a participle: "…, saying …"). */
const AFTER_COMMA = /,\s*$/;

/**
 * Whether a real source of the sentence speaks for the marker: a reporting verb, "according to" or an
 * agent in the marker's clause, or one closing or opening the whole sentence. A reporting noun ("the
 * ministry's statement") attributes only what it names, and "The mayor called it fair, but some
 * residents say …" leaves the second clause unattributed.
 */
function covered(a: Attribution, m: Span, full: string): boolean {
  for (const c of a.cues) {
    if (!c.resolved || c.kind === 'noun' || m.start < c.clauseStart || m.end > c.clauseEnd) continue;
    // "on the line in the dispute": a verb's base form after a determiner is a noun, no source
    if (c.kind === 'verb' && c.text.toLowerCase() === c.lemma && NOUN_DETERMINER.test(full.slice(Math.max(0, c.start - 7), c.start))) continue;
    // a cue that opens what it reports speaks for what follows its source, not for a marker before it
    // (an inverted cue, "…, said Sgt. Ortiz, a police spokesman", speaks for what went before)
    // ("Amid growing criticism, the mayor argued that …")
    if (c.position === 'before' && c.kind === 'verb' && m.end <= Math.min(c.start, c.source?.start ?? c.start) &&
      !PARENTHETICAL_CUE.test(full.slice(c.end, c.end + 40)) && !(AFTER_COMMA.test(full.slice(Math.max(0, c.start - 3), c.start)) && !/ing$/.test(c.text))) continue;
    // a cue wholly after the marker is told inside what the marker reports ("Republicans said the U.S.
    // should stand with Israel, not declare neutrality") unless it is set off to close the sentence
    // ("…, the minister said", "…, said the minister") or is "according to"
    if (c.kind !== 'according' && c.source && m.end <= Math.min(c.start, c.source.start) && !nextToCue(c, c.source, full)) continue;
    // a marker in a relative clause on the subject is said of the subject, not by it: "The DNC, which is seen as
    // aligned with Clinton, responded …"
    if (c.source && c.source.end <= m.start && m.end <= c.start && RELATIVE_AFTER.test(full.slice(c.source.end, c.source.end + 12))) continue;
    return true;
  }
  return false;
}
export default rule;

/** First person singular: the author's own voice outside quotations. */
const AUTHOR_FIRST_PERSON = new Set(['i', 'me', 'my', 'myself']);

/** Whether the author speaks in the first person in a sentence, outside its quotations. */
function authorSpeaks(tokens: Token[], quoted: (m: {start: number; end: number}) => boolean): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const pronoun = pronounOf(t.lower);
    if (!AUTHOR_FIRST_PERSON.has(pronoun) || quoted(t)) continue;
    // "I" is the pronoun only as a capital (alone or contracted, "I’d"): not a ticker ("<I>") or a numeral after a name ("World War I")
    if (pronoun === 'i' && (t.text.charCodeAt(0) !== 73 || (k > 0 && (tokens[k - 1].text === '<' || (k > 1 && tokens[k - 1].cap && !tokens[k - 1].punct))))) continue;
    return true;
  }
  return false;
}

/** Report nouns of a vague source that stands for studies: "surveys have shown", "research suggests", "a study found". */
const STUDY_NOUNS = new Set(['research', 'survey', 'surveys', 'study', 'studies', 'poll', 'polls', 'analysis', 'report', 'reports']);
/** Words of a vague source that stands for the press: "reports say", "according to reports", "press reports", "local
 * media reported", "news outlets said". */
const PRESS_NOUNS = new Set(['report', 'reports', 'reportedly', 'media', 'outlets']);
/** News agencies a story credits by name: "According to Reuters", "Bloomberg reported". */
const AGENCIES = new Set(NEWS_AGENCIES.map((a) => a.toLowerCase()));
/** Words that mark a named source as a publication: "the Daily Courier newspaper", "business weekly Acme". */
const PRESS_WORDS = new Set(['newspaper', 'newspapers', 'paper', 'papers', 'magazine', 'daily', 'weekly', 'tabloid', 'journal', 'broadcaster', 'website', 'agency']);
/**
 * The press and its reports as a subject that relays others' words (relaysNamed; not analysts or traders, who hold
 * views, and not the adverb "reportedly", which has no clause of its own to relay).
 */
const RELAYING_PRESS = new Set([...PRESS_NOUNS, ...PRESS_WORDS, 'press', 'radio', 'television', 'tv', 'broadcast', 'broadcasts']);
RELAYING_PRESS.delete('reportedly');
/** Whether a "from"/"by" phrase right after `end` names who issued a document: "from the Humboldt Police Department". */
function issuedBy(tokens: Token[], end: number): boolean {
  const k = tokenIndexAt(tokens, end);
  if (!/^(?:from|by|of)$/.test(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    const t = tokens[j];
    if (t.punct) return false;
    if (t.cap && (t.f & W_NOT_NAME) === 0) return true;
  }
  return false;
}
/** A page's title: a headline, a separator and the site's name ("… investigating WeWork – TechCrunch", "… | Hosted"). */
const TITLE_SUFFIX = /^(.*\S)\s+[|–—-]\s+[^|–—\s][^|–—]{0,39}$/;
/** How many lines below a page's title its headline may stand. */
const TITLE_REACH = 40;

/**
 * Whether the line at i is a whole-page scrape's title: its first line, the headline and the site's name, whose
 * headline stands again on a line of its own below (the page's H1, which is judged): one claim, told once
 * (full-page blind reading, seed 97).
 */
function pageTitle(text: TextLayer, i: number): boolean {
  const lines = text.lines;
  let first = 0;
  while (first < lines.length && lines[first].text.trim() === '') first++;
  if (i !== first) return false;
  const m = TITLE_SUFFIX.exec(lines[i].text.trim());
  if (!m) return false;
  for (let k = i + 1; k < Math.min(lines.length, i + TITLE_REACH); k++) if (lines[k].text.trim() === m[1]) return true;
  return false;
}

/** A line that ends in a word cut off by an ellipsis: a teaser's excerpt or a caption cut to fit ("… which ar...", "… at a…"). */
function cutOff(line: string): boolean {
  // (its last characters only: a line may be a whole article, and this is asked once per marker)
  const m = /([A-Za-z]+)(?:\.\.\.|…)\s*$/.exec(line.slice(-64));
  return m !== null && (CUT_AFTER.has(m[1].toLowerCase()) || !isOrdinaryWord(m[1]));
}
/** Words a phrase does not end on: a line that stops after one was cut off. */
const CUT_AFTER = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'at', 'to', 'in', 'with', 'for', 'on', 'from', 'by', 'that', 'which', 'who', 'his', 'her', 'their', 'its', 'is', 'was', 'are', 'were', 'as', 'after', 'before', 'into', 'over', 'but', 'be', 'has', 'have', 'had']);
/** A broadcaster's call sign, as US local news credits a station: "KATC has reported", "according to WSB-TV". */
const CALL_SIGN = /^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$/;
/**
 * Last words of a newspaper's masthead: "The Sunday Times reported", "the Evening Standard said" (a list of
 * common English-language masthead words, written for this rule).
 */
const MASTHEAD_WORDS = new Set(['times', 'post', 'telegraph', 'herald', 'journal', 'news', 'gazette', 'courier', 'guardian', 'mail', 'express', 'standard', 'observer', 'tribune', 'chronicle', 'shimbun', 'independent', 'mirror', 'star', 'globe', 'record', 'inquirer', 'examiner', 'register', 'dispatch', 'bulletin']);

/**
 * "Surveys have shown that most PCs carry spyware. Research by Acme and Zenco revealed that 90% …", "Reports say
 * the firm will cut jobs. The Daily Courier newspaper said …": a vague report whose next sentence in the paragraph
 * names the report it means is the paragraph's lead-in to its source, not a vague source. A study's kind (research,
 * survey, study, poll) needs the next sentence to hold such a noun tied to a name ("research by Acme", "a Gallup
 * poll", "Acme's survey"); the press's reports need a named publication as the next sentence's speaker. A next
 * sentence that names no report ("Most users do not know …", "The firm said …") keeps it vague. `acrossParagraph`:
 * the next sentence opens the next paragraph, where only the press's reports are backed (by a station, a paper or a
 * named body's release).
 */
function reportNamedNext(m: Span, next: Token[] | undefined, nextA: Attribution | undefined, acrossParagraph: boolean): boolean {
  if (!next || next.length === 0) return false;
  const words = m.text.toLowerCase().split(/[^a-z]+/);
  // "polls show", "many other polls show", "according to exit polls": polls in the plural are a trend that one poll
  // named next only illustrates (study: three PolNeAR true warnings were lost with them), and "other" reports are not
  // the one named next
  if (words.includes('other') || words.includes('poll') || words.includes('polls')) return false;
  const study = words.some((w) => STUDY_NOUNS.has(w) && !PRESS_NOUNS.has(w));
  const press = words.some((w) => PRESS_NOUNS.has(w));
  if (!study && !press) return false;
  // across a paragraph break only the press is backed (a study named there may be another than the research meant)
  if (acrossParagraph && (study || !press)) return false;
  const name = (t: Token | undefined) => t !== undefined && !t.punct && t.cap && (t.f & W_NOT_NAME) === 0;
  for (let k = 0; k < next.length; k++) {
    if (!STUDY_NOUNS.has(next[k].lower)) continue;
    // "research by Acme", "a survey from Gallup", "a Gallup poll", "Acme's survey"
    const after = next[k + 1];
    if ((k > 1 && name(next[k - 1])) || (k > 0 && next[k - 1].possessive)) return true;
    // "research by technology firms Acme and Zenco": a name within a few words after "by" or "from"
    if (after && (after.lower === 'by' || after.lower === 'from') && next.slice(k + 2, k + 6).some((t) => name(t))) return true;
  }
  if (press && nextA) {
    for (const c of nextA.cues) {
      if (pressSource(c, next)) return true;
      // "according to a release from the Humboldt Police Department": a named body's own document
      const src = c.source;
      if (c.resolved && src && c.kind === 'according' && (src.kind === 'named' || src.kind === 'role') &&
        next.some((t) => t.start >= src.start && t.end <= src.end && (t.f & (W_REPORT_NOUN | W_REPORTING_NOUN)) !== 0) && issuedBy(next, src.end)) return true;
    }
  }
  return false;
}

/** A hedge on its own, which goes on with the document the sentence before cites. */
const HEDGES = /^(?:reportedly|purportedly|allegedly)$/i;

/**
 * Whether a cue cites a document of record by its keeper: "According to a police report, …", "court records
 * show" (a report or record noun in a source that is no vague crowd). The hedge of the next sentence ("Prasinos
 * purportedly left his firearm on a chair") is the report's still (local-news blind reading, seed 95).
 */
function recordSource(c: Attribution['cues'][number], tokens: Token[]): boolean {
  if (!c.resolved || !c.source || c.source.kind !== 'role') return false;
  const src = c.source;
  return tokens.some((t) => t.start >= src.start && t.end <= src.end && (t.f & W_REPORT_NOUN) !== 0);
}

/** Whether a cue's source is a news outlet: an agency, a masthead, a station's call sign, or a word of the press beside it. */
function pressSource(c: Attribution['cues'][number], tokens: Token[]): boolean {
  if (!c.resolved || !c.source || (c.source.kind !== 'named' && c.source.kind !== 'role')) return false;
  const src = c.source;
  const inSrc = tokens.filter((t) => t.start >= src.start && t.end <= src.end);
  // the word right beside the speaker ("newspaper Tokyo Courier", "the Courier newspaper"), not a place the speaker
  // spoke in ("in a statement on Acme's website, Ana Ruiz said")
  const near = tokens.filter((t) => !t.punct && ((t.end <= src.start && tokenDistance(tokens, t.end, src.start) === 0) || (t.start >= src.end && tokenDistance(tokens, src.end, t.start) === 0)));
  const last = inSrc[inSrc.length - 1];
  return inSrc.concat(near).some((t) => PRESS_WORDS.has(t.lower)) || (last !== undefined && last.cap && (MASTHEAD_WORDS.has(last.lower) || AGENCIES.has(last.lower) || CALL_SIGN.test(last.text)));
}

/** How many sentences back in its paragraph an outlet's telling may go on through hearsay passives. */
const OUTLET_REACH = 3;

/**
 * Whether the paragraph's last speaker before sentence k, within OUTLET_REACH sentences, is a news outlet: "According
 * to the Times, … . He is said to have … . The prime minister is said to believe …".
 */
function outletTelling(text: TextLayer, k: number): boolean {
  const paragraph = text.sentences[k].paragraph;
  for (let j = k - 1; j >= 0 && k - j <= OUTLET_REACH && text.sentences[j].paragraph === paragraph; j--) {
    const speakers = text.attributions[j].cues.filter((c) => c.resolved);
    // (an outlet by name: "endless newspaper columns" name none)
    if (speakers.length > 0) return speakers.some((c) => c.source?.kind === 'named' && pressSource(c, text.sentenceTokens[j]));
  }
  return false;
}

/**
 * Whether a press hedge ("reportedly", "reports say") goes on with the news outlet the sentence before in its
 * paragraph cites: "According to AFP, one rebel said … . Another reportedly said …" (the agency's report, not
 * other reports). A speaker who is no outlet ("The LSE said … . Euronext is reportedly …") leaves it vague.
 */
function pressNamedBefore(m: Span, prev: Token[] | undefined, prevA: Attribution | undefined): boolean {
  if (!prev || !prevA) return false;
  if (HEDGES.test(m.text) && prevA.cues.some((c) => recordSource(c, prev))) return true;
  // (only the hedge of one report: "reports said" and "other reports suggested" tell of more than the outlet named)
  const words = m.text.toLowerCase().split(/[^a-z]+/);
  if (!words.some((w) => w === 'reportedly' || w === 'report') || words.includes('other') || words.includes('reports')) return false;
  return prevA.cues.some((c) => pressSource(c, prev));
}

/** Sentences shorter than this are not taken for repeats: "Police said." stands in many places. */
const REPEAT_MIN = 40;

/** The sentences (by index) whose text, spaces aside, a sentence before them in the file already has. */
function repeatedSentences(text: TextLayer): Set<number> {
  const out = new Set<number>();
  const first = new Set<string>();
  for (const s of text.sentences) {
    if (s.end - s.start < REPEAT_MIN) continue;
    const key = collapseSpaces(s.text);
    if (first.has(key)) out.add(s.index);
    else first.add(key);
  }
  return out;
}
