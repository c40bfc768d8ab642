import {describe, it, expect} from 'vitest';
import {VFile} from 'vfile';
import {TextLayer} from '../../src/text/layer.js';
import {parse} from '../../src/engine/parse.js';
import {tokenize, tokenizeRange, TOKEN, NOT_NAMES, ALWAYS_VAGUE, W_NOT_NAME, W_PRONOUN, W_ALWAYS_VAGUE} from '../../src/text/tokens.js';
import {PRONOUNS, VERB_FORMS} from '../../src/text/lexicons.js';

function layerOf(text: string): TextLayer {
  return new TextLayer(text, parse(new VFile({path: 'a.txt', value: text}), 'text'), 'text');
}

/** The attribution of the sentence containing `needle`. */
function at(text: string, needle: string) {
  const layer = layerOf(text);
  const s = layer.sentenceAt(text.indexOf(needle))!;
  return {layer, a: layer.attributions[s.index]};
}

describe('attribution cues and sources', () => {
  it.each([
    ['Kremlin spokesman Dmitry Peskov said the drill was unhelpful.', 'said', 'named', 'Kremlin spokesman Dmitry Peskov'],
    ['The plant will close, the company announced on Monday.', 'announced', 'role', 'the company'],
    ['"It is over," said Ana Silva.', 'said', 'named', 'Ana Silva'],
    ['According to the Red Cross, the camp is full.', 'According to', 'named', 'the Red Cross'],
    ['Officials warned that the dam could fail.', 'warned', 'anonymous', 'Officials'],
    ['Critics insisted the law was unfair.', 'insisted', 'vague', 'Critics'],
    ['The senator was accused by the governor of lying.', 'accused', 'role', 'the governor'],
    // an inverted source: a place, a title and a name, six words in all, is one source
    ['Four were injured outside a bar, said Detroit Deputy Police Chief Ana Hall.', 'said', 'named', 'Detroit Deputy Police Chief Ana Hall'],
    ['Four were injured outside a bar, said Police Chief Ana Hall on Monday.', 'said', 'role', 'Police Chief Ana Hall'],
    // a rank the token lists take for no name, with its name after it
    ['The gun was stolen earlier in the week, said Lakeview Police Lt. Mark Ames.', 'said', 'named', 'Lakeview Police Lt. Mark Ames'],
    ['The gun was stolen, said police Sgt. Ana Cole.', 'said', 'role', 'police Sgt. Ana Cole'],
    // an inverted name with its office after it, closing the clause
    ['The three victims were stable, said Sgt. Ana Cole of the Harbor Police Department.', 'said', 'named', 'Ana Cole'],
  ])('%s → cue %s, source %s', (text, cue, kind, source) => {
    const {a} = at(text, text.slice(0, 5));
    const c = a.cues.find((x) => x.text === cue);
    expect(c).toBeDefined();
    expect(c!.source?.kind).toBe(kind);
    expect(c!.source?.text).toBe(source);
  });

  it('gives the cue its position relative to the quote', () => {
    const before = at('The mayor said: "We are broke and we will not pay."', 'mayor').a;
    const after = at('"We are broke and we will not pay," the mayor said.', 'mayor').a;
    expect(before.cues[0].position).toBe('before');
    expect(after.cues[0].position).toBe('after');
  });

  it('does not read a noun as a reporting verb', () => {
    expect(at('The claims were dismissed by a court in May.', 'claims').a.cues.map((c) => c.text)).not.toContain('claims');
  });

  it('resolves a pronoun only when a name comes before it', () => {
    expect(at('Lena Ortiz chairs the board. She said the vote was fair.', 'She').a.attributed).toBe(true);
    expect(at('she said the vote was fair.', 'she').a.attributed).toBe(false);
  });

  it('does not count a vague source as attribution', () => {
    const {a} = at('Critics say the law is unfair.', 'Critics');
    expect(a.attributed).toBe(false);
    expect(a.vague.map((v) => v.text)).toEqual(['Critics say']);
  });

  it('marks agentless reports and stance', () => {
    const {a} = at('The deal is expected to collapse, and it seems nobody cares.', 'deal');
    expect(a.agentless.map((v) => v.text)).toEqual(['is expected']);
    expect(a.stance.map((v) => v.text)).toEqual(['it seems']);
  });
});

describe('quotations and their scope', () => {
  it('pairs straight, curly and nested quotes', () => {
    const layer = layerOf('He said “the sign read ‘keep out’ in red” and left. She said "fine" too.');
    const quotes = layer.quotes.map((q) => [q.inner, q.depth]);
    expect(quotes).toEqual([['the sign read ‘keep out’ in red', 0], ['keep out', 1], ['fine', 0]]);
  });

  it('does not take apostrophes for quote marks', () => {
    expect(layerOf('It’s the farmers’ market, and the town’s pride.').quotes).toEqual([]);
  });

  it('continues a quote over paragraphs when the next one opens with a mark', () => {
    const text = '"The first thing is money," the director said. "The second is time.\n\n"The third is people."';
    const layer = layerOf(text);
    const long = layer.quotes.find((q) => q.inner.includes('second'))!;
    expect(long.paragraph).toBe(0);
    expect(long.lastParagraph).toBe(1);
    const last = layer.attributions[layer.sentenceAt(text.indexOf('third'))!.index];
    expect(last.attributed).toBe(true);
    expect(last.scope).toBe('quote');
  });

  it('gives a quote paragraph the speaker named in the paragraph before', () => {
    const text = 'Mr Diaz said the port would stay shut.\n\n"We cannot open it until the divers are done."';
    const {layer, a} = at(text, 'We cannot');
    expect(a.quotes[0].speaker?.text).toBe('Mr Diaz');
    expect(a.quotes[0].scope).toBe('paragraph');
    expect(a.attributed).toBe(true);
    expect(layer.quotes[a.quotes[0].quote].words).toBe(9);
  });

  it('attributes a paragraph introduced by "X said:"', () => {
    const text = 'The ministry said:\n\nThe roads are closed and the schools will stay shut.';
    expect(at(text, 'The roads').a).toMatchObject({attributed: true, scope: 'paragraph'});
  });

  it('leaves a quotation with nobody in scope without a speaker', () => {
    const text = 'The river rose overnight.\n\n"Nobody expected the water to come this fast."';
    const {a} = at(text, 'Nobody');
    expect(a.quotes[0].speaker).toBeUndefined();
    expect(a.attributed).toBe(false);
    expect(a.inQuote).toBe(true);
  });
});

describe('the attribution tokeniser', () => {
  // The hand-written scanner must give exactly the tokens of the TOKEN regex (and the fields derived from them).
  function reference(text: string, base: number) {
    return [...text.matchAll(TOKEN)].map((m) => {
      const t = m[0];
      const start = base + m.index!;
      const core = t.replace(/['’]s$/i, '').replace(/['’]$/, '');
      // a typewriter dash (spaced hyphens) is read as the dash it stands for
      if (t[0] === '-') return {text: '—', lower: '—', start, end: start + t.length, punct: true, cap: false, possessive: false};
      return {text: t, lower: core.toLowerCase(), start, end: start + t.length, punct: !/[\p{L}\p{N}]/u.test(t[0]), cap: /^\p{Lu}/u.test(t), possessive: /['’]s$/i.test(t) || /s['’]$/.test(t)};
    });
  }
  it.each([
    ['Obama’s aides said on Monday, “It’s over.” Critics’ claims (U.S.-led) AT&T — e-mail; 3,000... ok?!'],
    ['İstanbul ΟΔΟΣ \u212Aill ſays Ünal ß 𝐀𝐛c 😀x \ud835 a\udc00b l’état d\'Alembert --x-- ‘quoted’ «guillemets»'],
    ['COMMUNIQUÉ Communiqué SAID Said said according to officials\' statement; Smiths’ house. x.y.z. 1.5-2.0'],
    ['- A man - said to be rich - arrived -- late;\twell-known -5 3-2 x- -y ---- z --- w\u00a0-\u00a0v -'],
  ])('%s', (text) => {
    expect(tokenize(text, 5).map(({f, lemma, ...rest}) => rest)).toEqual(reference(text, 5));
  });
  it('reads a range of a longer text as it reads that range sliced (the layer passes the file and a sentence)', () => {
    const text = 'Ab 😀x, said “Ünal” 3,000 ab’s \ud83d\ude00. It’s - over -- 𝐀𝐛c';
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) expect(tokenizeRange(text, from, to, from + 3)).toEqual(tokenize(text.slice(from, to), from + 3));
    }
  });
  it('looks words up in the lexicon whatever their case', () => {
    const [a, b, c] = tokenize('SAID Said communiqué', 0);
    expect([a.lower, a.lemma, b.lemma, c.lower]).toEqual(['said', 'say', 'say', 'communiqué']);
    expect(c.f).not.toBe(0);
  });
  it('gives a lexicon word its flags and lemma whatever its case, and a longer word none', () => {
    // The table's entries (characters, flags, lemma) must be the lexicon's, and a longer word is another word.
    const words = [...NOT_NAMES, ...ALWAYS_VAGUE, ...PRONOUNS, ...VERB_FORMS.keys()].filter((w) => /^[a-z]+$/.test(w));
    expect(words.length).toBeGreaterThan(100);
    for (const w of words) {
      const [lower] = tokenize(w, 0);
      const [upper] = tokenize(w.toUpperCase(), 0);
      expect(lower.lower).toBe(w);
      expect(lower.lemma).toBe(VERB_FORMS.get(w));
      expect([upper.lower, upper.f, upper.lemma]).toEqual([w, lower.f, lower.lemma]);
      expect((lower.f & W_NOT_NAME) !== 0).toBe(NOT_NAMES.has(w));
      expect((lower.f & W_PRONOUN) !== 0).toBe(PRONOUNS.has(w));
      expect((lower.f & W_ALWAYS_VAGUE) !== 0).toBe(ALWAYS_VAGUE.has(w));
      const [longer] = tokenize(w + 'qx', 0);
      expect([longer.f, longer.lemma]).toEqual([0, undefined]);
    }
  });
});
