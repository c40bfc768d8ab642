import {describe, it, expect} from 'vitest';
import {VFile} from 'vfile';
import {TextLayer} from '../../src/text/layer.js';
import {parse} from '../../src/engine/parse.js';
import {QUOTE_KINDS, type QuoteKind} from '../../src/text/quote-kinds.js';

function kindOf(text: string): QuoteKind {
  const layer = new TextLayer(text, parse(new VFile({path: 'a.txt', value: text}), 'text'), 'text');
  const q = layer.quotes.find((x) => x.depth === 0);
  expect(q).toBeDefined();
  return q!.kind;
}

describe('quotation kinds', () => {
  it.each<[string, QuoteKind]>([
    ['"We will rebuild every house in the valley," the governor said.', 'speech'],
    ['He said the plan was "dead on arrival in the house" last week.', 'speech'],
    ['"We won," she said.', 'speech'],
    ['The ad, titled "Our History," features five families.', 'title'],
    ['She told ABC\'s "Good Morning America" that she would run.', 'title'],
    ['He starred in "The Night They Came For Our Town" last year.', 'title'],
    ['The site ran headlines such as "Birth control makes you crazy" for years.', 'title'],
    ['The hacker known as "Guccifer" was arrested.', 'name'],
    ['The group will be dubbed the "Defeat Crooked Politicians Fund" by its founders.', 'name'],
    ['It is the so-called "use it or lose it" rule.', 'term'],
    ['He refused to use the phrase "radical terror at our borders" at all.', 'term'],
    ['Firms facing a new "too big to fail" tax complained.', 'term'],
    ['We would rather hear from you than from those "we know better than the voters" committee types.', 'term'],
    ['The town lives under an "illegal blockade" of its road.', 'scare'],
    ['Protesters held signs reading "No more cuts to our schools" outside.', 'slogan'],
    ['The crowd answered with chants of "Lock them all up now!" for minutes.', 'slogan'],
    ['The page runs "config = load(settings.json)" first.', 'code'],
    ['Follow "@newsdesk" for updates.', 'code'],
    ['The program ends with log("Nobody will ever read this line of the output"); at last.', 'code'],
    ['The fix ships in "v2.14.3" next week.', 'code'],
    ['The question is: "Can anyone in this party still win an election?"', 'question'],
    // a slogan announced by a question or colon that names it; a question naming none announces nothing
    ['The tagline? "Ferries. We are on it and so are you."', 'slogan'],
    ['What happened next? "Nobody expected the water to come this fast."', 'speech'],
    // a quotation that is its sentence's subject is mentioned; one ending in its punctuation is said
    ['"Ferries. We are on it now" is appearing on billboards.', 'term'],
    ['"We are on it now and we will stay on it." It is on billboards.', 'speech'],
  ])('%s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it('counts only speech as needing a speaker', () => {
    const speech = Object.entries(QUOTE_KINDS).filter(([, k]) => k.speech).map(([name]) => name);
    expect(speech).toEqual(['speech']);
  });

  it('gives a quote joined to a mention the mention\'s kind', () => {
    expect(kindOf('Headlines such as "Birth control is bad" and "Would you rather have cancer or not?" ran daily.')).toBe('title');
    const text = 'The site ran headlines such as "Birth control is bad" and "Would you rather have cancer or not?" every day.';
    const layer = new TextLayer(text, parse(new VFile({path: 'a.txt', value: text}), 'text'), 'text');
    expect(layer.quotes.map((q) => q.kind)).toEqual(['title', 'title']);
  });
});

describe('quote detection', () => {
  function quotesOf(text: string) {
    return new TextLayer(text, parse(new VFile({path: 'a.txt', value: text}), 'text'), 'text').quotes.map((q) => q.inner);
  }
  it('does not open a quote at the ʿayn of a transliterated name', () => {
    expect(quotesOf('Siti ‘Aisyah rebelled, and the war of Mu’awiyah followed; many died in it.')).toEqual([]);
    expect(quotesOf('The shrine of al-‘Ula stands on the hill above the town.')).toEqual([]);
  });
  it('ends a run-on double quote where the next part opens after a sentence end', () => {
    expect(quotesOf('He said: "We went home early. "Then the rain came," he added.')).toEqual(['We went home early. ', 'Then the rain came,']);
  });
  it('reads a straight double mark typed for an apostrophe as no quote mark', () => {
    expect(quotesOf('The company"s shares rose, and it don"t matter to the "brokers at the exchange" now.')).toEqual(['brokers at the exchange']);
  });
  it('opens nothing at a closing mark with nothing open', () => {
    expect(quotesOf('and I wanted a fight," says Mr Major. Mr Blair told MPs to go out more.')).toEqual([]);
  });
});
