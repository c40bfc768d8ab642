// The shared text layer: positions across CRLF, BOM and non-ASCII text; sentences across wrapped lines.
import {describe, it, expect} from 'vitest';
import {runTexts} from '../../src/index.js';
import {TextLayer} from '../../src/text/layer.js';
import {parse} from '../../src/engine/parse.js';
import {VFile} from 'vfile';

function layerOf(text: string, format: 'text' | 'markdown' = 'text') {
  return new TextLayer(text, parse(new VFile(text), format), format);
}

describe('TextLayer', () => {
  it('gives 1-based line/column and offsets, CRLF included', () => {
    const layer = layerOf('First line.\r\nSecond línea here.\r\n');
    expect(layer.lines.map((l) => l.text)).toEqual(['First line.', 'Second línea here.', '']);
    const at = layer.text.indexOf('here');
    expect(layer.point(at)).toEqual({line: 2, column: 14, offset: at});
  });

  it('joins a sentence wrapped over several lines of a hard-wrapped paragraph', () => {
    const text = [
      'The company said on Tuesday that its first-quarter profits rose',
      'sharply on higher sales of machine tools in Europe and in the',
      'United States, and that it expected the trend to continue.',
      '    Analysts said the results were better than expected.',
    ].join('\n');
    const layer = layerOf(text);
    expect(layer.sentences.map((s) => s.text.replace(/\s+/g, ' ').trim())).toEqual([
      'The company said on Tuesday that its first-quarter profits rose sharply on higher sales of machine tools in Europe and in the United States, and that it expected the trend to continue.',
      'Analysts said the results were better than expected.',
    ]);
    expect(layer.paragraphs).toHaveLength(2);
  });

  it('keeps one line per paragraph when each line is a finished sentence', () => {
    const layer = layerOf('A headline without a stop\n\nFirst sentence here.\nSecond paragraph here.\n');
    expect(layer.sentences.map((s) => s.text)).toEqual(['A headline without a stop', 'First sentence here.', 'Second paragraph here.']);
    expect(layer.sentences.map((s) => s.paragraph)).toEqual([0, 1, 2]);
  });

  it('does not end a sentence at the full stop of a rank before a name', () => {
    const layer = layerOf('The man fled, said Los Angeles police Det. Dave Garrido. Brig. Gen. Ana Cole agreed.');
    expect(layer.sentences.map((s) => s.text)).toEqual(['The man fled, said Los Angeles police Det. Dave Garrido.', 'Brig. Gen. Ana Cole agreed.']);
  });

  it('ends a sentence at the full stop after a short number (parse-latin reads an ordinal)', () => {
    const layer = layerOf('More than 10 people called 911. Officers came. The score was 3. Then it rained.\n\n1. First item\n');
    expect(layer.sentences.map((s) => s.text)).toEqual(['More than 10 people called 911.', 'Officers came.', 'The score was 3.', 'Then it rained.', '1. First item']);
    expect(layer.sentences.map((s) => s.paragraph)).toEqual([0, 0, 0, 0, 1]);
  });

  it('ends a sentence glued to the next by a scrape that lost the space', () => {
    const layer = layerOf('All four victims are expected to survive.It is unclear why. Capt.Smith and Dept.Of Labor stay whole.');
    expect(layer.sentences.map((s) => s.text)).toEqual(['All four victims are expected to survive.', 'It is unclear why.', 'Capt.Smith and Dept.Of Labor stay whole.']);
  });

  it('finds the sentence at an offset', () => {
    const layer = layerOf('One here. Two there.');
    expect(layer.sentenceAt(12)?.text).toBe('Two there.');
    expect(layer.sentenceAt(9)).toBeUndefined();
  });

  it('reads Markdown prose, not its markup or code', () => {
    const layer = layerOf('# Title\n\nSome *prose* here.\n\n```\nconst code = 1;\n```\n', 'markdown');
    const texts = layer.sentences.map((s) => s.text);
    expect(texts.some((t) => t.includes('const'))).toBe(false);
    expect(layer.text.slice(layer.sentences[1].start, layer.sentences[1].end)).toContain('prose');
  });
});

describe('positions in reports', () => {
  it('do not count a BOM, and stay right after non-ASCII text', () => {
    const text = '\uFEFFÉté à Zürich 🌍.\nSkip to content\n\nThe council met on Tuesday, the mayor said.\n';
    const run = runTexts([{path: 'a.txt', value: new TextEncoder().encode(text)}], {cwd: '/nonexistent', configFile: false});
    const m = run.results[0].messages.find((x) => x.ruleId === 'no-boilerplate');
    expect(m?.place.start).toEqual({line: 2, column: 1, offset: text.indexOf('Skip') - 1});
  });
});
