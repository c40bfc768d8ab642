// Where a casualty figure finds its source, read from the shared attribution layer (text.attributions):
// a sentence is a source when it lies in an attributed quotation or an introduced paragraph, or has a
// cue of its own with a real source that vouches for a fact ("police said", "according to the
// ministry", "the agency reported", "the coroner's statement"); an agentless report ("had been
// reported killed", "it was reported") has no source, nor has a vague one ("witnesses", "reports").
// A figure is covered locally when its own sentence is a source, or another sentence of its paragraph
// is (an account the paragraph gives: "According to police, the detectives … The driver rammed them,
// injuring two detectives."), or the sentence next to it across a paragraph break is a source that
// tells of the people harmed; in each case unless that source gives a casualty figure of its own that
// is not this one (a sourced roundup total does not source the count of one incident).
import type {TextLayer} from './layer.js';
import type {Token} from './tokens.js';
import {FACTUAL_VERBS} from './lexicons.js';

/**
 * Whether each sentence is a source: in an attributed quotation or introduced paragraph, or with its own
 * factual cue with a real source.
 */
export function sourceSentences(layer: TextLayer): boolean[] {
  const out: boolean[] = [];
  for (const a of layer.attributions) {
    let yes = a.scope === 'quote' || a.scope === 'paragraph';
    for (let k = 0; k < a.cues.length && !yes; k++) {
      const c = a.cues[k];
      yes = c.resolved === true && (c.kind === 'according' || c.kind === 'noun' || FACTUAL_VERBS.has(c.lemma));
    }
    out.push(yes);
  }
  return out;
}

/** Words that tell of people harmed (not of the event alone: "the shooting took place…", "shots were fired"). */
const HARM = /^(?:kill(?:s|ed|ing)?|dead|deceased|deaths?|died|dies?|dying|fatal(?:ly|ity|ities)?|lives|injur(?:y|ies|ed|ing)|wound(?:s|ed|ing)?|hurt|shot|gunshot|victims?|hospitali[sz]ed|hospitals?|struck|hit|grazed|coroner|examiner|pronounced|casualt(?:y|ies)|missing|bod(?:y|ies)|condition|perished|slain|stabbed|treated)$/;
/** Words of the shooting itself: a source of the shooting covers a count of people shot. */
const SHOOTING = /^(?:shootings?|gunfire|fired|firing|opened|shots|gunman|gunmen|shooter)$/;

function hasWord(tokens: Token[], re: RegExp): boolean {
  for (const t of tokens) if (!t.punct && re.test(t.lower)) return true;
  return false;
}

/** Whether a sentence tells of people harmed. */
export function tellsOfHarm(tokens: Token[]): boolean {
  return hasWord(tokens, HARM);
}

/** Whether a sentence tells of a shooting (shots fired, gunfire). */
export function tellsOfShooting(tokens: Token[]): boolean {
  return hasWord(tokens, SHOOTING);
}

/** Words of a death, not the attacker's own ("before killing himself"). */
const DEATH_WORDS = new Set(['died', 'dead', 'deceased', 'death', 'deaths', 'killed', 'killing', 'slain', 'homicide', 'fatal', 'fatally', 'murder', 'murdered', 'perished', 'body']);
const SELF = new Set(['himself', 'herself', 'themselves']);

/** Whether a sentence tells of a death. */
export function tellsOfDeath(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (DEATH_WORDS.has(tokens[k].lower) && !(k + 1 < tokens.length && SELF.has(tokens[k + 1].lower))) return true;
  }
  return false;
}
