// The engine's English parser (src/engine/english-parser.ts) must give parse-english's trees exactly.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ParseEnglish} from 'parse-english';
import {CorpusEnglish, FULL_STOPS_REPLACED, isNewLine, PARAGRAPH_STEPS_REPLACED, REPLACED, ROOT_STEPS_REPLACED, SENTENCE_STEPS_REPLACED} from '../../src/engine/english-parser.js';
import {isTerminalMarker} from '../../src/engine/english-paragraph-steps.js';

const root = path.resolve(import.meta.dirname, '..', '..');

function same(text: string): void {
  expect(JSON.stringify(new CorpusEnglish().parse(text))).toBe(JSON.stringify(new ParseEnglish().parse(text)));
}

describe('CorpusEnglish', () => {
  it('replaces the line-break step of parse-latin', () => {
    expect(REPLACED).toBe(true);
  });

  it('gives the same tree on blank lines written every way', () => {
    for (const text of ['a\r\rb', 'a\r\n\r\nb c', 'a \n \r b', 'a\n\rb', 'One.\n\n\nTwo\r\n\nthree', 'x\u2028\u2029y', 'Hi\n\n', '\n\nHi', 'He said\n \n"No."\n\nShe left.\n\n\n\nEnd']) same(text);
  });

  it('replaces the sentence steps of parse-english', () => {
    expect(SENTENCE_STEPS_REPLACED).toBe(true);
  });

  it('gives the same tree where each sentence step applies', () => {
    const cases = [
      '&a', '& b', 'a & b', 'a&b', 'AT&T and &Co', '&&x', 'x &&y',
      'w/ milk', 'W/o sugar', 'a w / b', "rock 'n' roll", "rock 'n roll", "o' the", "ol' man", "'twas 'tis 'cause 'em 'im '99 '90s", "'Twas the",
      "don't ’em '", "' a", "a ' b", 'pre- and post-war', 'a-', 'a--', 'x -', 'e-mail re-elect', '__init__ a_b c__', 'me@x.com a:b a=b a?b a.b a·b',
      'and/or he/she a/bc abc/d 1/2 a/ /b', 'U.S. U.K. 1.2. A.B.C. e.g. i.e. 3.4.5. A.1. 1.A. ab.c. a.bc.', 'Mr. Smith went to St. Paul. Then Dr. No.',
      '\u2019tis x\u2019n\u2019 y', 'a\u00ADb a\u2010b a\u2011b a\u2027b'
    ];
    for (const text of cases) same(text);
  });

  it('replaces the remaining-full-stops step of parse-latin', () => {
    expect(FULL_STOPS_REPLACED).toBe(true);
  });

  it('reads a terminal marker as parse-latin does', () => {
    const terminalMarker = /^([!.?\u2026\u203D]+)$/;
    for (const value of ['', '.', '!', '?', '...', '?!', '\u2026', '\u203d', '.a', 'a.', '. ', '.\n', ',', '\u2026.?!\u203d', '-', '..,'])
      expect(isTerminalMarker(value)).toBe(terminalMarker.test(value));
  });

  it('gives the same tree where full stops are merged or kept', () => {
    const cases = [
      'Mr. Smith met Dr. Jones. Then he left.', 'It costs 5. 5 more.', 'a . b', '. a', 'a .', 'a . . b', 'a. . b', 'a.. b', '. . .',
      'See .NET and .com now.', 'He said ... and left. Why?! Yes.', 'x. y. z', 'A. B. C', 'no stop here', '.', '...', 'a .\u2026 b.', '"Hi." he said.',
      'In the U.S. . Then', 'e.g. this. i.e. that!', '(a.) b. c.', 'End.\n\nNext para. Mr. X.', 'a.b . c', '1. First 2. Second',
    ];
    for (const text of cases) same(text);
  });

  it('replaces all the paragraph steps of parse-english', () => {
    expect(PARAGRAPH_STEPS_REPLACED).toBe(true);
  });

  it('gives the same tree where each paragraph step applies', () => {
    const cases = [
      // abbreviations (parse-english's, case-insensitive and sensitive; parse-latin's Latin ones)
      'It opened in Jan. and closed on Fri. The end.', 'Mr. and Mrs. Smith of Calif. met Gov. Brown.', 'See p. 5 and cf. the rest. Ok.',
      'Apples etc. Pears viz. plums. 3 lbs. of sugar.', 'The Inc. came. ca. 1900 it was.', 'Ended with Mr.', 'Mr.', 'etc.',
      // sentences without words, affix symbols, lower-case and digit starts, commas and semicolons
      'Hello. !!! World.', '... ? Then.', '"Go." "Stop." (He left.) [Yes.]', 'He said "no." and went.', 'One. two. Three.',
      'Year ended. 1999 was good. 2000 too.', 'Wait. , and then. ; ok.', 'A. , b', '. , ;', '"', ') a.', 'a.) b',
      // white space at a sentence's ends, blank lines, empty sentences
      '  Lead space. Trail space.  ', '\n\nA.\n\nB.\n\n', 'a\n\n\nb', ' ', '\n', 'A.  \n  B.', 'x!  ?  y.', '. . . Mr. . Jan. 5.',
    ];
    for (const text of cases) same(text);
  });

  it('replaces the root steps and splits as parse-latin does', () => {
    expect(ROOT_STEPS_REPLACED).toBe(true);
    const newLine = /^[ \t]*((\r?\n|\r)[\t ]*)+$/;
    const alphabet = [' ', '\t', '\r', '\n', 'a', '\v', '\u00a0'];
    let values = [''];
    for (let length = 0; length < 5; length++) {
      for (const value of values) expect(isNewLine(value)).toBe(newLine.test(value));
      values = values.flatMap((v) => alphabet.map((c) => v + c));
    }
    for (const text of ['a\n\nb', 'a\r\n\r\nb\n \t\nc', 'a.\n\u00a0\nb', 'a\n\v\nb', '\n\na\n\n', 'One. Two!\r\rThree?']) same(text);
  });

  it('tokenizes every UTF-16 code unit as parse-latin does', () => {
    let all = '';
    let doubled = '';
    for (let code = 0; code < 65536; code++) {
      all += String.fromCharCode(code) + (code % 7 === 0 ? ' ' : '');
      if (code % 3 === 0) doubled += String.fromCharCode(code, code, code + 1);
    }
    for (const text of [all, doubled]) same(text);
    for (const text of ['', 'a', '\ud83d\ude00\ud83d\ude00 ok', '\ud800 lone \udc00', '...!!?? &&& a&b', "U.S.-led 3,000 don't", 'é ñ ß Ω Привет 日本語', '\t\v\f \u00a0\u3000--—–', 'a\r\rb\n\rc\r\n']) same(text);
  });

  it('gives the same tree on the seed articles', () => {
    const dir = path.join(root, 'seeds');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) same(fs.readFileSync(path.join(dir, f), 'utf8'));
  });
});
