import {describe, it, expect} from 'vitest';
import rule from '../../rules/no-boilerplate.js';
import {runRuleTests, messagesOf} from '../helpers/rule-tester.js';

const body = 'The council approved the new budget on Tuesday after a long debate about school funding.\n';
const body2 = 'Officials said the plan would take effect next year, pending a final vote by the board.\n';

runRuleTests(rule, {
  valid: [
    {name: 'clean article: headline, blank line, paragraphs', text: `Council passes budget\n\n${body}\n${body2}`},
    {
      name: 'hard-wrapped prose (newswire) is never residue, even short tails',
      text: 'FARM OUTPUT FALLS\n\nCHICAGO, March 3 - Grain processors cut their output this\nweek as margins fell below the cost of production at most\nplants, traders said.\n    Share prices of the largest processors fell by two\npercent, one dealer said.\nReuter\n',
    },
    {name: 'agency sign-off as the last line is article text', text: `${body}${body2}Reuter\n`},
    {name: 'a subheading that introduces prose', text: `${body}\nWhat happens next\n\n${body2}`},
    {name: 'a short quoted reply is prose', text: `${body}"No," she said.\n${body2}`},
    {name: 'a sentence that starts with By and a month', text: `By March, prices had fallen by a third across the region.\n${body}`},
    {name: 'a date inside a sentence', text: `${body}The hearing is set for Monday, March 3, 2025, in the district court.\n`},
    {name: 'a day without a year or time (a fixture line)', text: `Rovers v United\n\nTuesday, 1 March\n\n${body}`},
    {name: 'a large figure alone is not a counter', text: `${body}\n45,000\n\n${body2}`},
    // a repeated line is evidence for the model, which adds nothing where no hand verdict stands
    {name: 'a line shown twice in an otherwise clean article', text: `${body}Join our readers club today\n${body2}Join our readers club today\n`},
    {name: 'journalistic formula repeated across articles', files: {
      'a.txt': `${body}No arrests have been made\n`, 'b.txt': `${body2}No arrests have been made\n`, 'c.txt': `Fire in the old mill\n\n${body}No arrests have been made\n`,
    }},
    {name: 'a short line in only two articles is not repeated', files: {'a.txt': `${body}Watch this space\n`, 'b.txt': `${body2}Watch this space\n`}},
    // a wire table: rows of figures, their column headings and section titles are the article's data (version 10)
    {
      name: 'a table of figures with its column heading and section title',
      text: `${body}\nRICE\n             1986/87           1987/88\nDomes Use    112.30    113.50    nil    nil\nGr Total     321.0     401.9    87.0   87.0\nEnd Stocks    0.75      0.75    nil    nil\n\n${body2}`,
    },
    {
      name: 'a wire story that runs its prose straight into its table: the column heading is no date alone',
      text: `SOYBEAN EXPORTS\n\nThe department gave the net change in export commitments for the seasons, as\nfollows, in tonnes --\n                 1986/87             1987/88\n  Named-A    3,157.6   3,684.1 1,591.4 1,635.6\n  Unnamed-B    143.8     144.3    87.1    57.1\n`,
    },
    // a table set in columns by spaces holds short lines between its rows (version 11)
    {name: 'a table in columns broken by wrapped row labels and section titles, in three wire stories', files: {
      'a.txt': `GRAIN EXPORTS 1\n\nWASHINGTON, April 9 - The department gave the sales by destination, in\nthousands of tonnes, as follows --\n    ALL WHEAT\n               1986/87             1987/88\n Canada        nil     nil      12.0    12.0\n North and\n Central Ameri  311.4   296.2       nil     nil\n Mexico      144.0   102.5      30.0    30.0\n South Pacific\n Islands      71.3     64.8      9.5    11.0\n    BARLEY\n Canada        21.0     nil      12.0    12.0\n North and\n Central Ameri  40.2   33.9       nil     nil\n`, 'b.txt': `GRAIN EXPORTS 2\n\nWASHINGTON, April 9 - The department gave the sales by destination, in\nthousands of tonnes, as follows --\n    ALL WHEAT\n               1986/87             1987/88\n Canada        nil     nil      12.0    12.0\n North and\n Central Ameri  311.4   296.2       nil     nil\n Mexico      144.0   102.5      30.0    30.0\n South Pacific\n Islands      71.3     64.8      9.5    11.0\n    BARLEY\n Canada        22.0     nil      12.0    12.0\n North and\n Central Ameri  40.2   33.9       nil     nil\n`, 'c.txt': `GRAIN EXPORTS 3\n\nWASHINGTON, April 9 - The department gave the sales by destination, in\nthousands of tonnes, as follows --\n    ALL WHEAT\n               1986/87             1987/88\n Canada        nil     nil      12.0    12.0\n North and\n Central Ameri  311.4   296.2       nil     nil\n Mexico      144.0   102.5      30.0    30.0\n South Pacific\n Islands      71.3     64.8      9.5    11.0\n    BARLEY\n Canada        23.0     nil      12.0    12.0\n North and\n Central Ameri  40.2   33.9       nil     nil\n`,
    }},
    {name: 'a credit-like column heading inside a table in columns', text: 'TIN PRICES - JUNE 02\n          LAST     OPEN    0930    1230    CLOSE\nVOL/INT\n JUN     211.0   210.4   210.9   211.6\n2,104\n JUL     213.2   212.8   213.0   213.9\n'},
    {name: 'a dividend notice\'s items: figures, dated fields, parting lines and fund names', text: 'Lund Funds dividends\n\nBOSTON, June 2 - LUND BOND FUND\n    Monthly div 7 cts vs 6 cts prior\n    Pay July 1\n    Record June 12\n    ---\n    LUND INCOME FUND\n    Semi-annual div 40 cts vs 38 cts prior\n    Pay July 20\n    Record June 30\n    ---\n    LUND GROWTH FUND\n    Monthly div 4 cts vs 4 cts prior\n    Pay July 20\n    Record June 22\n'},
    {name: 'a price table in columns whose rows give the prior price in brackets', text: 'LONDON SUGAR - JUNE 2\n AUG 1912   (1920)\n OCT 1933   (1941)\n DEC 1951   (1958)\n MAR 1974   (1980)\n'},
    {name: 'a wire flash in capitals wrapped onto a second line is no byline', text: `LUND MILLS CO, 120,000 SHARES AT 31-3/8, UP 1/4, TRADED\nBY FIRST CAPITAL\n\n${body}`},
    {name: 'a dividend notice\'s dated field recurs across a wire corpus because the figures do', files: {
      'a.txt': `Acme sets dividend\n\n${body}Record March 31\n`, 'b.txt': `Lund Bank sets dividend\n\n${body2}Record March 31\n`, 'c.txt': `Cole Mills sets dividend\n\n${body}Record March 31\n`,
    }},
    {name: 'a dividend notice\'s field with its day in words recurs as the figures do', files: {
      'a.txt': `Acme sets dividend\n\n${body}Record April Three\n`, 'b.txt': `Lund Bank sets dividend\n\n${body2}Record April Three\n`, 'c.txt': `Cole Mills sets dividend\n\n${body}Record April Three\n`,
    }},
    {name: 'kinds option: only the listed kinds are reported', text: `${body}Leave a comment\n`, options: {kinds: ['navigation']}},
    {name: 'allow option', text: `${body}Leave a comment\n`, options: {allow: ['Leave a comment']}},
    {name: 'the headline repeated as a title line', text: `Storm closes schools\n\nStorm closes schools\n\n${body}`},
    {
      name: 'a paragraph that stops on a bare word (a stripped link) and goes on in lower case is no teaser',
      text: 'Holmes wins in Birmingham\n\nThe champion won the 800m on Saturday. She was never headed. Her training partner\n\nfinished second in a season best. The crowd of 5,000 cheered both runners home in the final straight at the end.\n\nThe coach said the pair would now rest. Next up is the indoor final in March. Another rival\n\nwas not entered.\n',
    },
    {
      name: 'an embedded post whose signature ends in a date is no cut-off teaser',
      text: 'Four people were shot downtown early on Sunday, police said.\n\nALERT: Officers are investigating a shooting at the market. Four victims were taken to hospitals — City Police (@citypd) April 24, 2016\n\nThe shooting happened about 1:30 a.m. on the west side. Officers were still at the scene at dawn. More to follow soon from the\n\nUPDATE: One possible suspect is in custody at this time. Details are still coming in — City Police (@citypd) April 24, 2016\n',
    },
    {name: 'one headline printed twice and run into its lede stays text', text: `Man shot outside store on Main Street Man shot outside store on Main Street POLICE said a man was taken to the hospital on Sunday night after a shooting.\n\n${body}`},
    {name: 'a paragraph printed twice is no teaser title', text: `${body}\nIn this section, we describe the plan. (See the map above.) In this section, we describe the plan. (See the map above.)\n\n${body2}`},
  ],
  invalid: [
    {
      name: 'a teaser\'s title printed twice in a row, alone on its line',
      text: `${body}Man shot outside store on Main Street Man shot outside store on Main Street\n${body2}`,
      errors: ['2:1-2:77: Unexpected related-link residue `Man shot outside store on Main Street Man shot outside stor…`'],
    },
    {
      name: 'a list of teasers with their titles printed twice, each over a blurb',
      text: `${body}\nMan airlifted after motorcycle crash Man airlifted after motorcycle crash A man was airlifted on Sunday after he crashed his motorcycle near the park.\n\nResidents safe after apartment fire Residents safe after apartment fire A fire made for a few scary moments at a complex.\n`,
      errors: [
        '3:1-3:152: Unexpected related-link residue `Man airlifted after motorcycle crash Man airlifted after mo…`',
        '5:1-5:123: Unexpected related-link residue `Residents safe after apartment fire Residents safe after ap…`',
      ],
    },
    {
      name: 'a video widget\'s teaser ("EMBED >More News Videos" and a title)',
      text: `${body}EMBED >More News Videos Crews work to restore power after the storm\n${body2}`,
      errors: ['2:1-2:69: Unexpected related-link residue `EMBED >More News Videos Crews work to restore power after t…`'],
      output: body + body2,
    },
    {
      // (Japanese is written without spaces: each sentence had counted as one word, a short list item, and the
      // learned classifier, trained on lines with spaces, took every sentence for a menu; a sentence now ends the
      // list and the classifier leaves such lines alone)
      name: 'a Japanese article after its menu: the menu is residue, its sentences are not',
      text: 'Phone repairs and the law\n\nMENU\n\nHOME\n\nブログ\n\nお問い合わせ\n\n先日、改造した電話を販売したとして、二十代の男性が逮捕されたというニュースを耳にしました。\n\nもちろん、会社は改造を認めていません。\n\n改造した電話を売ると、なぜ法律違反になるのでしょうか。\n',
      errors: [
        '3:1-3:6: Unexpected navigation residue `MENU`',
        '5:1-5:6: Unexpected navigation residue `HOME`',
        '7:1-7:5: Unexpected navigation residue `ブログ`',
        '9:1-9:8: Unexpected navigation residue `お問い合わせ`',
      ],
      output: 'Phone repairs and the law\n\n\n\nブログ\n\nお問い合わせ\n\n先日、改造した電話を販売したとして、二十代の男性が逮捕されたというニュースを耳にしました。\n\nもちろん、会社は改造を認めていません。\n\n改造した電話を売ると、なぜ法律違反になるのでしょうか。\n',
    },
    {
      name: 'navigation: numbered skip links',
      text: `1. Skip to content\n  2. Skip to main menu\n${body}`,
      errors: [
        '1:1-1:20: Unexpected navigation residue `1. Skip to content`',
        '2:1-2:24: Unexpected navigation residue `2. Skip to main menu`',
      ],
      output: body,
    },
    {
      name: 'advertisement marker',
      text: `${body}- Advertisement -\n${body2}`,
      errors: ['2:1-2:19: Unexpected advertisement residue `- Advertisement -`'],
      output: body + body2,
    },
    {
      name: 'share prompt (a full sentence) and a short link',
      text: `${body}Please share this article with your friends!\nhttps://sho.rt/x1Y2\n`,
      errors: [
        '2:1-2:46: Unexpected share/subscribe residue `Please share this article with your friends!`',
        '3:1-3:21: Unexpected share/subscribe residue `https://sho.rt/x1Y2`',
      ],
      output: body,
    },
    {
      name: 'comment widget, last line without a line ending',
      text: `${body}Leave a reply\nYour email address will not be published.`,
      errors: [
        '2:1-2:15: Unexpected comment-widget residue `Leave a reply`',
        '3:1-3:42: Unexpected comment-widget residue `Your email address will not be published.`',
      ],
      output: body,
    },
    {
      name: 'caption with a credit at the end',
      text: `${body}Firefighters outside the mill on Monday Photo: Jane Roe/Agency\n${body2}`,
      errors: ['2:1-2:64: Unexpected caption/credit residue `Firefighters outside the mill on Monday Photo: Jane Roe/Age…`'],
      output: 'The council approved the new budget on Tuesday after a long debate about school funding.\nOfficials said the plan would take effect next year, pending a final vote by the board.\n',
    },
    {
      name: 'byline and timestamp; a name alone next to the date',
      text: `Storm closes schools\n\nBy Jane Roe, City Desk\nSam Poe\nWed, 03/05/2025 – 09:40\n\n${body}`,
      errors: [
        '3:1-3:24: Unexpected byline/timestamp residue `By Jane Roe, City Desk`',
        '4:1-4:9: Unexpected byline/timestamp residue `Sam Poe`',
        '5:1-5:25: Unexpected byline/timestamp residue `Wed, 03/05/2025 – 09:40`',
      ],
      output: `Storm closes schools\n\nSam Poe\n\n${body}`,
    },
    {
      name: 'template placeholder',
      text: `${body}Written by [writer_name]\n`,
      errors: ['2:1-2:26: Unexpected template placeholder `Written by [writer_name]`'],
      output: body,
    },
    {
      name: 'embedded post signature',
      text: `${body}— Jane Roe (@janeroe) May 2, 2024\n${body2}`,
      errors: ['2:1-2:35: Unexpected embed residue `— Jane Roe (@janeroe) May 2, 2024`'],
      output: 'The council approved the new budget on Tuesday after a long debate about school funding.\nOfficials said the plan would take effect next year, pending a final vote by the board.\n',
    },
    {
      name: 'related link in brackets, and a cookie notice',
      text: `${body}[Read more: Council delays vote on parks]\nWe use cookies to improve your experience.\n${body2}`,
      errors: [
        '2:1-2:43: Unexpected related-link residue `[Read more: Council delays vote on parks]`',
        '3:1-3:44: Unexpected cookie/consent notice `We use cookies to improve your experience.`',
      ],
      output: 'The council approved the new budget on Tuesday after a long debate about school funding.\nOfficials said the plan would take effect next year, pending a final vote by the board.\n',
    },
    {
      name: 'a consent notice that names the publisher, not "we"',
      text: `${body}Acme Media uses cookies for personalization and advertising. By continuing to use our service, you agree to our use of cookies.\n${body2}`,
      errors: ['2:1-2:129: Unexpected cookie/consent notice `Acme Media uses cookies for personalization and advertising…`'],
      output: 'The council approved the new budget on Tuesday after a long debate about school funding.\nOfficials said the plan would take effect next year, pending a final vote by the board.\n',
    },
    {
      name: 'multilingual lexicon',
      text: `Zum Inhalt springen\n${body}Werbung\n`,
      errors: ['1:1-1:21: Unexpected navigation residue `Zum Inhalt springen`', '3:1-3:9: Unexpected advertisement residue `Werbung`'],
      output: 'The council approved the new budget on Tuesday after a long debate about school funding.\n',
    },
    {
      name: 'items of a list after a list header are related links (not fixable)',
      text: `${body}${body2}\nMost read\nMayor opens new bridge\nTeachers vote to strike\n`,
      errors: [
        '4:1-4:11: Unexpected navigation residue `Most read`',
        '5:1-5:24: Unexpected navigation residue `Mayor opens new bridge`',
        '6:1-6:25: Unexpected navigation residue `Teachers vote to strike`',
      ],
      output: `${body}${body2}\nMayor opens new bridge\nTeachers vote to strike\n`,
    },
    {
      name: 'photo-gallery captions with their counter, and the caption again without it',
      text: `Image 1 of 9 Firefighters outside the mill on Monday, where the roof fell in after the blaze.\n\nFirefighters outside the mill on Monday, where the roof fell in after the blaze.\n\n${body}`,
      errors: [
        '1:1-1:95: Unexpected caption/credit residue `Image 1 of 9 Firefighters outside the mill on Monday, where…`',
        '3:1-3:82: Unexpected caption/credit residue `Firefighters outside the mill on Monday, where the roof fel…`',
      ],
      output: '\nFirefighters outside the mill on Monday, where the roof fell in after the blaze.\n\nThe council approved the new budget on Tuesday after a long debate about school funding.\n',
    },
    {
      name: 'a gallery label introducing a line',
      text: `${body}\nPHOTO GALLERY: Crews cleared the debris from the mill on Tuesday morning.\n\n${body2}`,
      errors: ['3:1-3:75: Unexpected related-link residue `PHOTO GALLERY: Crews cleared the debris from the mill on Tu…`'],
      output: 'The council approved the new budget on Tuesday after a long debate about school funding.\n\n\nOfficials said the plan would take effect next year, pending a final vote by the board.\n',
    },
    {
      name: 'related-story teasers stacked above the article, their excerpts cut off mid-sentence',
      text: 'Bridge to close for repairs next month.\n\n(WKRN) - The main bridge over the river will close for repairs next month, the city said. Drivers should plan for delays on the detour route through the\n\n' +
        'A school board member resigned on Monday.\n\n(WKRN) - A school board member resigned on Monday after a heated meeting about the budget. The board will name a replacement at its next\n\n' +
        `(WKRN) - ${body}${body2}`,
      errors: [
        '1:1-1:41: Unexpected related-link residue `Bridge to close for repairs next month.`',
        '3:1-3:154: Unexpected related-link residue `(WKRN) - The main bridge over the river will close for repa…`',
        '5:1-5:43: Unexpected related-link residue `A school board member resigned on Monday.`',
        '7:1-7:138: Unexpected related-link residue `(WKRN) - A school board member resigned on Monday after a h…`',
      ],
    },
    {
      name: 'a line shown twice in one article, the hand rules alone (with the model, the repetition is only evidence)',
      text: `${body}Join our readers club today\n${body2}Join our readers club today\n`,
      options: {learned: false},
      errors: [
        '2:1-2:29: Unexpected repeated line `Join our readers club today`',
        '4:1-4:29: Unexpected repeated line `Join our readers club today`',
      ],
    },
    {
      // the extractor emitted the body twice: the repeated sentences read as prose, so the model keeps them
      name: 'a passage repeated in an article with residue is article text',
      text: `Skip to content\n\nCouncil passes budget\n\n${body}\n${body2}\n${body}\n${body2}`,
      errors: ['1:1-1:17: Unexpected navigation residue `Skip to content`'],
      output: `\nCouncil passes budget\n\n${body}\n${body2}\n${body}\n${body2}`,
    },
    {
      name: 'a short headline in capitals over a byline in capitals: the byline stands alone',
      text: `COUNCIL PASSES BUDGET AFTER LONG DEBATE\nBY ANA RUIZ\n\n${body}`,
      errors: ['2:1-2:13: Unexpected byline/timestamp residue `BY ANA RUIZ`'],
      output: `COUNCIL PASSES BUDGET AFTER LONG DEBATE\n\n${body}`,
    },
    {
      name: 'a lexicon line inside a block of figures is still residue',
      text: `${body}\nDomes Use    112.30    113.50\nAdvertisement\nGr Total     321.0     401.9\n\n${body2}`,
      errors: ['4:1-4:15: Unexpected advertisement residue `Advertisement`'],
      output: `${body}\nDomes Use    112.30    113.50\nGr Total     321.0     401.9\n\n${body2}`,
    },
    {
      name: 'CRLF line endings are deleted with the line',
      text: `Skip to content\r\n${body.replace('\n', '\r\n')}`,
      errors: ['1:1-1:18: Unexpected navigation residue `Skip to content`'],
      output: body.replace('\n', '\r\n'),
    },
    {
      name: 'extra phrases and patterns from the options',
      text: `${body}Brought to you by Acme\nPromo code SAVE10\n`,
      options: {phrases: ['brought to you by acme'], patterns: ['^promo code \\w+$']},
      errors: ['2:1-2:24: Unexpected residue `Brought to you by Acme`', '3:1-3:19: Unexpected residue `Promo code SAVE10`'],
      output: body,
    },
    {
      name: 'a line repeated across articles (corpus signal), fixable',
      files: {
        'a.txt': `Mill fire\n\n${body}Tap here for our weather radar\n`,
        'b.txt': `Budget vote\n\n${body2}Tap here for our weather radar\n`,
        'c.txt': `School news\n\n${body}Tap here for our weather radar\n`,
      },
      errors: [
        'a.txt:4:1-4:32: Unexpected repeated line `Tap here for our weather radar`, in 3 articles',
        'b.txt:4:1-4:32: Unexpected repeated line `Tap here for our weather radar`, in 3 articles',
        'c.txt:4:1-4:32: Unexpected repeated line `Tap here for our weather radar`, in 3 articles',
      ],
      output: {'a.txt': `Mill fire\n\n${body}`, 'b.txt': `Budget vote\n\n${body2}`, 'c.txt': `School news\n\n${body}`},
    },
  ],
});

describe('no-boilerplate: corpus repetition threshold', () => {
  const files = (n: number) => Object.fromEntries(Array.from({length: n}, (_, i) => [`f${i}.txt`, `Story ${i}\n\n${body}Tap here for our weather radar\n`]));
  it('minFiles raises the bar', () => {
    expect(messagesOf(rule, {files: files(3), options: {minFiles: 4}})).toEqual([]);
    expect(messagesOf(rule, {files: files(4), options: {minFiles: 4}})).toHaveLength(4);
  });
  it('minShare scales with the corpus', () => {
    const some = {...files(3), 'other.txt': `Other story\n\n${body2}`};
    expect(messagesOf(rule, {files: some, options: {minShare: 0.9}})).toEqual([]);
    expect(messagesOf(rule, {files: some, options: {minShare: 0.75}})).toHaveLength(3);
  });
  it('merging one file into a summary is folding it with the others, and leaves the summary as it was', () => {
    const a = {f: [], c: [[7, 1, 0, 'x', 1]]} as never;
    const b = {f: [], c: [[7, 1, 0, 'x', 1], [9, 2, 2, 'y', 1]]} as never;
    const s1 = rule.summarize([a, a], rule.meta.defaults);
    const merged = rule.merge!(s1, b, rule.meta.defaults);
    expect(merged).toEqual(rule.summarize([a, a, b], rule.meta.defaults));
    expect(merged.n).toBe(3);
    expect(merged.counts[(7).toString(36)]).toBe(3);
    expect(merged.counts[(9).toString(36)]).toBe(1);
    expect(s1).toEqual(rule.summarize([a, a], rule.meta.defaults));
  });
});
