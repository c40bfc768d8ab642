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
      text: 'Six people were hurt on the bus, the company said.\n\nThe driver was arrested.\n\nTwo other people were hurt on the platform.\n',
    },
    {name: 'a source in a "said" cue of a report', text: 'Three people were killed in the crash, according to the fire department.\n'},
    {name: 'an identifying source', text: 'The coroner identified the two men killed as brothers.\n'},
    {name: 'released information', text: 'A police spokeswoman released information about a crash in which seven people were hurt.\n'},
    {
      name: 'a neighbour with a breakdown that adds up',
      text: 'Five people were shot at a vigil.\nFour women and one man were shot, police said, before the gunman ran away.\n',
    },
    {
      name: 'a neighbour giving the victims by age',
      text: 'Two teenagers were shot at a party.\n\nPolice say an 18-year-old girl and a 17-year-old boy were each hit in the arm.\n',
    },
    {
      name: 'a lede whose figure a later sentence gives as a sourced breakdown',
      text: 'A gunman shot and killed four people at a farmhouse.\n\nThe suspect fled in a car.\n\nThe coroner said two adults and two teenagers were each shot.\n',
    },
    {
      name: 'figures that add up to a sourced total',
      text: 'Police say nine people were shot at a party last month.\n\nA man was arrested on Tuesday.\n\nThe shooting killed one man and injured eight other people.\n',
    },
    {
      name: 'a single death the article sources',
      text: 'Two teens were charged in the shooting death of a 15-year-old boy.\n\nThe medical examiner ruled the boy\'s death a homicide.\n',
    },
    {name: 'an embedded post signed with its handle', text: 'One person has been shot in the park. Officers are searching for a suspect. — Ana Silva (@CityPolice) March 2, 2017\n'},
    {name: 'a report a source issued', text: 'State police issued a report on the shooting which left five people dead.\n'},
    {name: 'a relative year makes a background toll', text: 'A total of 344 people were killed in the city last year.\n'},
    {name: 'no casualty figure: ages, times, addresses', text: 'A 19-year-old man was hurt at 3:30 p.m. in the 300 block of Elm Street.\n'},
    {name: 'no one was injured', text: 'No one was injured when the roof fell in.\n'},
    {name: 'shots fired are not casualties', text: 'A gunman fired two shots at the house on Tuesday.\n'},
    {name: 'background toll with a year', text: 'The hurricane killed about 10,000 people in 1998.\n'},
    {name: 'a source in the next paragraph that tells of the people harmed', text: 'A man died after a fire on Elm Street.\n\nFirefighters said the victim was found in the kitchen.\n'},
    {name: 'a count of people shot, with the shooting sourced in the next paragraph', text: 'Four people were shot near the market.\n\nThe shooting happened at noon, according to police.\n'},
    {name: 'a source that is a document told of before', text: 'Officers found three victims at the house, according to the release.\n'},
    {name: 'an emergency number is no count', text: 'The family called 911 and the victims were taken to hospital, police said.\n'},
    {name: 'the rest of a group whose sourced total is larger', text: 'His sister and two other relatives were killed in the fire.\n\nThe sheriff said four bodies were found in the yard.\n'},
    {name: 'one dead, with the death sourced elsewhere', text: 'A shooting left one woman dead downtown.\n\nThe hospital had no comment.\n\nMedics confirmed the person killed was a woman in her 30s.\n'},
    {name: 'a past toll told after the sentence that dates its event', text: 'Five managers go on trial over the rail crash in 2000.\n\nFour people died when a section of rail broke.\n'},
  ],
  invalid: [
    {
      name: 'a source in the next paragraph about the event only does not cover a death',
      text: 'One man died after a fire on Elm Street.\n\nWitnesses said the fire started in the garage.\n',
      errors: ['1:1-1:13: `One man died` has no source in this article'],
    },
    {
      name: 'a count in a roundup is not covered by the sourced total unless it is the rest ("other")',
      text: 'A man was killed and at least seven other people were wounded in shootings over the weekend, police said.\n\nThree people were wounded after a shootout on the South Side.\n',
      errors: ['3:1-3:26: `Three people were wounded` has no source in this article'],
    },
    {
      name: 'a part picked out of a group is not sourced by a bare number elsewhere',
      text: 'Officials said four people were taken to hospital.\n\nThe market was closed.\n\nAt least four of the people shot made it to a hospital on their own.\n',
      errors: ['5:1-5:33: `At least four of the people shot` has no source in this article'],
    },
    {
      name: 'a dated sentence before a toll of the day does not make it background',
      text: 'The tower was built in 2010.\n\nSeven people died on Sunday when it collapsed.\n',
      errors: ['3:1-3:18: `Seven people died` has no source in this article'],
    },
    {
      name: 'a part picked out of a sourced group tells something new',
      text: 'Six people were hurt on the bus, the company said.\n\nThe driver was arrested.\n\nTwo of the victims remained in hospital on Tuesday.\n',
      errors: ['5:1-5:19: `Two of the victims` has no source in this article'],
    },
    {
      name: 'a single death with no source',
      text: 'A shooting outside a club left two people hurt, police said.\n\nThe club was closed.\n\nEric Smith, 52, died on the scene.\n',
      errors: ['5:1-5:21: `Eric Smith, 52, died` has no source in this article'],
    },
    {
      name: 'finding a victim is not a source for the toll',
      text: 'Two shootings killed one person and injured two others.\n\nOfficers found a man who had been shot in the chest.\n',
      errors: ['1:15-1:25: `killed one` has no source in this article', '1:37-1:48: `injured two` has no source in this article'],
    },
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
