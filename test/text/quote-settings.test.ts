import {describe, it, expect} from 'vitest';
import {VFile} from 'vfile';
import {TextLayer} from '../../src/text/layer.js';
import {parse} from '../../src/engine/parse.js';
import type {QuoteSetting} from '../../src/text/quote-settings.js';

function settingOf(text: string, format: 'text' | 'markdown' = 'text'): QuoteSetting {
  const path = format === 'text' ? 'a.txt' : 'a.md';
  const layer = new TextLayer(text, parse(new VFile({path, value: text}), format), format);
  const q = layer.quotes.find((x) => x.depth === 0);
  expect(q).toBeDefined();
  return q!.setting;
}

describe('where a quotation stands', () => {
  it.each<[string, QuoteSetting]>([
    ['The mayor said "we will rebuild the pier by spring" on Monday.', 'prose'],
    ['In article <1@a.b> ann@b.c writes:\n> The clerk wrote "nobody here will sign that form" on it.\n\nI doubt it.', 'reply'],
    ['JD> The clerk wrote "nobody here will sign that form" on it.\n\nI doubt it.', 'reply'],
    ['Shares of <James Capel and\nCo>, "rose sharply on the news" today.', 'prose'],
    ['|> The clerk wrote "nobody here will sign that form" on it.\n\nI doubt it.', 'reply'],
    ['>The rivers flooded the northern farms every spring of that decade.\n\nWe agree.\n\nNo "rivers flooded northern farms" here.', 'echo'],
    ['>Towns on the delta should be left to the sea.\n\nWhat a view. "Towns like ours can be left to drown."', 'answer'],
    ['>Towns on the delta should be left to the sea.\n\nWhat a view.\n\nSo "towns like ours can be left to drown" then.', 'prose'],
    ['I will vote no.\n\n-- \nJohn Doe, Springfield\n"Nobody ever lost money betting on rain."', 'signature'],
    ['From: ann@b.c (Ann)\nSubject: "We will never give up the harbour"\n\nSee below.', 'header'],
  ])('%j → %s', (text, setting) => {
    expect(settingOf(text)).toBe(setting);
  });

  it('reads a Markdown block quotation as quoted, but the paragraph after it as the writer\'s own', () => {
    expect(settingOf('> The clerk wrote "nobody here will sign that form" on it.\n\nFine.', 'markdown')).toBe('reply');
    expect(settingOf('> Towns on the delta should be left to the sea.\n\nWhat a view. "Towns like ours can be left to drown."', 'markdown')).toBe('prose');
  });

  it('reads no signature where the separator has a long text after it', () => {
    const body = Array.from({length: 20}, (_, i) => `Line ${i} of the story goes on here.`).join('\n');
    expect(settingOf(`--\n${body}\n"We will rebuild the pier by spring," she said.`)).toBe('prose');
  });
});
