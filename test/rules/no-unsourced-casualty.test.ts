import rule from '../../rules/no-unsourced-casualty.js';
import {runRuleTests} from '../helpers/rule-tester.js';

runRuleTests(rule, {
  valid: [
    {name: 'source in the same sentence', text: 'The ministry said about 50 people had been killed on its side.\n'},
    {name: 'source reported in the same sentence', text: 'The army has reported at least 31 of its troops killed.\n'},
    {name: 'source later in the paragraph', text: 'Four people were wounded in the attack. All were taken to hospital, officials said.\n'},
    {name: 'source in the next sentence, about the casualties', text: 'Three people were shot on Main Street.\n\nPolice say the victims are expected to survive.\n'},
    {
      name: 'a lede whose figure a later paragraph gives with a source',
      text: 'Five people were injured in a crash on the bridge.\n\nTraffic was stopped for hours.\n\nThe drivers were questioned.\n\nFirefighters said five people were taken to hospital.\n',
    },
    {
      name: 'a part of a sourced total',
      text: 'At least nine people were killed in the floods, the governor said.\n\nThe storm moved east overnight.\n\nThree other people were killed when a bridge collapsed.\n',
    },
    {
      name: 'a count within a sourced total of the same kind',
      text: 'Six people were hurt on the bus, the company said.\n\nThe driver was arrested.\n\nTwo of the victims were children.\n',
    },
    {name: 'no casualty figure: ages, times, addresses', text: 'A 19-year-old man was hurt at 3:30 p.m. in the 300 block of Elm Street.\n'},
    {name: 'no one was injured', text: 'No one was injured when the roof fell in.\n'},
    {name: 'shots fired are not casualties', text: 'A gunman fired two shots at the house on Tuesday.\n'},
    {name: 'background toll with a year', text: 'The hurricane killed about 10,000 people in 1998.\n'},
  ],
  invalid: [
    {name: 'vague count with no source', text: 'The region has tragically seen dozens killed.\n', errors: ['1:32-1:45: `dozens killed` has no source in this article']},
    {
      name: 'a source about something else does not cover the figure',
      text: 'Two men were shot outside a bar.\n\nPolice said the bar had been closed for a week.\n',
      errors: ['1:1-1:18: `Two men were shot` has no source in this article'],
    },
    {
      name: 'a source for a smaller figure does not cover a larger one',
      text: 'Nine people were hurt in the fire.\n\nThe building was empty at night.\n\nThe fire chief said two firefighters were hurt.\n',
      errors: ['1:1-1:22: `Nine people were hurt` has no source in this article'],
    },
    {
      name: 'a figure repeated in the lede and later, both unsourced',
      text: 'Seven people died in the collapse.\n\nThe tower was built last year.\n\nThe seven dead were all workers.\n',
      errors: ['1:1-1:18: `Seven people died` has no source in this article', '5:5-5:15: `seven dead` has no source in this article'],
    },
    {
      name: 'term before the count',
      text: 'The blast killed one man and injured two others.\n',
      errors: ['1:11-1:21: `killed one` has no source in this article', '1:30-1:41: `injured two` has no source in this article'],
    },
    {
      name: 'background figures flagged when the exemption is off',
      text: 'The hurricane killed about 10,000 people in 1998.\n',
      options: {exemptBackground: false},
      errors: ['1:15-1:34: `killed about 10,000` has no source in this article'],
    },
    {
      name: 'extra casualty terms from the options',
      text: 'Twelve hikers were stranded on the ridge.\n',
      options: {terms: ['stranded']},
      errors: ['1:1-1:28: `Twelve hikers were stranded` has no source in this article'],
    },
  ],
});
