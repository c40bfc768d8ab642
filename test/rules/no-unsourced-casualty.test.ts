import rule from '../../rules/no-unsourced-casualty.js';
import {runRuleTests} from '../helpers/rule-tester.js';

runRuleTests(rule, {
  valid: [
    {name: 'a shot there was is a shot fired', text: 'There was one shot and everyone dropped to the floor.\n'},
    {
      name: 'an inverted speaker with the office after the name',
      text: 'One person was injured and three others were wounded at a party.\n\nThe three other victims were in stable condition, said Sgt. Ana Cole of the Harbor Police Department.\n',
    },
    {name: 'a press release is a source', text: 'According to a press release, three people were injured in the shooting.\n'},
    {name: 'news reports are a source', text: 'Three people were shot that night, according to news reports.\n'},
    {
      name: 'charges elsewhere count the same victims',
      text: 'A man was arrested for the killing of two men in May.\n\nThe men were found in a car.\n\nHe was charged with two counts of first-degree murder.\n',
    },
    {
      name: 'counts of attempted murder count the wounded',
      text: 'One man died and five others were injured at a party.\n\nThe party was in a backyard.\n\nShe faces one count of murder and five counts of attempted murder.\n',
    },
    {
      name: 'an account that withholds only a detail in a clause of its own',
      text: 'A shooting on Elm Street left one person injured.\n\nThe street was closed for hours.\n\nAuthorities said a woman was shot, but there is no word on her condition.\n',
    },
    {
      name: 'an account of the rest of a group sources the one told before it',
      text: 'One person was injured and three others were wounded at a party.\n\nThe party was in a backyard.\n\nPolice said three other victims were in stable condition.\n',
    },
    {name: 'a toll of something other than people', text: 'Two bank failures raise the 1987 toll to 10.\n'},
    {name: '"lost their lives" with its source', text: 'Eleven people lost their lives in the crash, police said.\n'},
    {name: '"lost their homes" is no casualty', text: 'Eleven families lost their homes in the fire.\n'},
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
    {name: 'an age closing its sentence is no count of the next', text: 'Police found the victim in the lot.\n\nPapers show the victim to be Ana Cole, 25. She was declared dead at the hospital.\n'},
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
    // an authority's account of the people harmed sources the figures of its incident anywhere in the article
    // (a group's size only when the account counts its people)
    {name: 'account: police records paragraphs later', text: 'One man was shot on Main Street on Friday.\n\nThe street was closed for hours.\n\nThe shop reopened on Saturday.\n\nAccording to police records, the victim was taken to a hospital.\n'},
    {name: 'account: a release of the sheriff\'s office', text: 'One person was hurt in a crash on Route 9.\n\nThe road reopened at noon.\n\nThe sheriff\'s office said in a release that the injured driver was taken to hospital.\n'},
    {name: 'account: a quote of a titled official that counts the group', text: 'Two people were shot outside a bar early Sunday.\n\nThe bar had been open for a year.\n\n"Both are in stable condition," said Sgt. Ana Cole.\n'},
    {name: 'account: a titled official named again', text: 'One man was wounded at a party on Saturday.\n\nPolice Lt. Ana Cole said officers arrived within minutes.\n\nNeighbours heard music.\n\nCole said the victim was in stable condition.\n'},
    {name: 'account: a title in an apposition', text: 'Two people were injured in the blast.\n\nThe plant was closed.\n\n"Both were treated at the scene," said Ben Ruiz, the county fire chief.\n'},
    {name: 'account: a police report', text: 'One person was killed when the bus overturned.\n\nThe road was closed.\n\nA police report said the dead man was a passenger.\n'},
    {name: 'account: a police statement that counts the group in a breakdown', text: 'Four people were wounded on Friday.\n\nThe bar was closed.\n\nPolice said two men and two women were taken to a hospital.\n'},
    {name: 'account: a bullet striking the person harmed', text: 'One man was wounded at the bar on Sunday.\n\nThe bar was closed.\n\nDetectives say a gunman fired from the parking lot, striking the man.\n'},
    {name: 'account: a police statement with the count of the group', text: 'Four people were wounded in a shooting on Thursday.\n\nThe shooting happened at 2 p.m.\n\nPolice said all four victims were standing on a corner.\n'},
    // an account that counts no one still sources its incident's figures (a blind reader of local news)
    {name: 'account: the victims in a police statement', text: 'Four people were wounded in a shooting on Thursday.\n\nThe shooting happened at 2 p.m.\n\nPolice said the victims were standing on a corner.\n'},
    {name: 'account: a quote of a titled official', text: 'Four people were shot outside a bar early Sunday.\n\nThe bar had been open for a year.\n\n"The victims are all expected to survive," said Sgt. Ana Cole.\n'},
    {name: 'account: a bullet striking the people harmed', text: 'Two men were wounded at the bar on Sunday.\n\nThe bar was closed.\n\nDetectives say a gunman fired from the parking lot, striking the men.\n'},
    {name: 'functional group: rescue workers keep the count of the incident (a group)', text: 'Forty people were killed in the blast on Monday.\n\nThe market was closed.\n\nRescue workers said the dead included women and children.\n'},
    {name: 'a toll a charge is about is the court\'s record', text: 'Two men were charged with murder in the shooting death of a 6-year-old boy.\n\nA man accused of killing one person and wounding four others asked for a speedy trial.\n'},
    {name: 'a reference mark cites a source', text: 'Four others were injured.[1] The injured were treated at a hospital.[6]\n'},
    {name: 'a list of related stories is a teaser', text: 'Related stories 2 killed, 22 injured in shooting at a house party\n'},
    {name: 'a father of three is no count', text: 'Shooting Kills Father of 3\n'},
    // sources from the attribution layer
    {name: 'an agency reported it', text: 'Three people were killed, the agency reported.\n'},
    {name: 'according to a ministry', text: 'According to the ministry, 40 soldiers died.\n'},
    {name: 'a quote from a named official', text: '"Four of my men were killed," said Colonel James Smith.\n'},
    {name: 'a passive with its agent', text: 'Six people were reported dead by the Red Cross.\n'},
    {name: 'an inverted source with a place, a title and a name', text: 'One person died and four were injured outside a bar, said Lakeview Deputy Police Chief Ana Hall.\n'},
    // functional groups: an occupation anchored by a service, a name, a people or a place
    {name: 'functional group: rescue workers', text: 'Forty people were killed in the blast, rescue workers said.\n'},
    {name: 'functional group: the layer\'s span leaves out the modifier', text: 'Forty people were killed in the blast, said rescue workers.\n'},
    {name: 'functional group: named by its body', text: 'Red Cross workers said 12 people died in the camp.\n'},
    {name: 'functional group: placed after it', text: 'Workers at the scene said 12 people were killed.\n'},
    {name: 'functional group: a people\'s adjective', text: 'Iranian journalists said 40 people were killed in the raid.\n'},
    {name: 'functional group: anonymous officials of a place', text: 'Forty people were killed, hospital officials said.\n'},
    {name: 'functional group: rescue workers keep the count of the incident', text: 'One person was killed in the blast on Monday.\n\nThe market was closed.\n\nRescue workers said the dead man was a trader.\n'},
    {name: 'eyewitnesses', text: 'Forty people were killed in the raid, Palestinian witnesses said.\n'},
    // figures as events
    {
      name: 'event: the same count and harm given by a source later',
      text: 'Four men were shot outside a bar early Monday.\n\nThe bar had closed at midnight.\n\nIt reopened on Friday.\n\nPolice said four men were shot after an argument.\n',
    },
    {
      name: 'event: named victims a source gives count the figure',
      text: 'The gunman killed two people at the bank.\n\nThe bank closed for the week.\n\nThe bank reopened on Monday.\n\nThe ministry said Ana Look, 67, and Kim Barr, 62, died at the scene.\n',
    },
    {
      name: 'event: a breakdown in the next paragraph adds up',
      text: 'Two people were hurt in a shooting on Tuesday.\n\nAccording to police, an adult man and a teenage boy were shot.\n',
    },
    {
      name: 'event: a headline sourced in the body',
      text: 'ALMOST 200 DEAD IN FERRY DISASTER\n\nThe ferry sank in calm water.\n\nIt had left port an hour before.\n\nAlmost 200 people seem certain to have perished, a senior official said.\n',
    },
    {
      name: 'event: a headline toll sourced death by death',
      text: 'THREE KILLED IN RIVERSIDE SHOOTING\n\nThe shooting began at a party.\n\nAna Look, 67, died at the scene, police said.\n\nKim Barr, 62, was killed in the yard, the coroner said.\n\nThe coroner said Ben Cole, 30, died in hospital.\n',
    },
    // a repeated figure shares the source of its sourced occurrence, however that was sourced
    {name: 'repeat: a part of a sourced total told again', text: 'Police said at least 31 people were killed.\n\nTwelve of the dead were children.\n\nThe town was quiet.\n\nThe families of the 12 children killed gathered on Monday.\n'},
    // the parties of a civil claim are no casualty toll
    {name: 'claim: people who sued', text: 'Twelve people injured in the crash sued the bus company on Monday.\n'},
    {name: 'claim: a lawsuit of the survivors of victims', text: 'The judge heard lawsuits in which survivors of 77 of the victims seek damages.\n'},
    {name: 'claim: filed on behalf of victims', text: 'The claim was filed on behalf of 40 people injured in the fire.\n'},
    {name: 'claim: a civil suit', text: 'A civil suit says the landlord ignored warnings before six tenants were hurt.\n'},
    // parts of a sourced total of ten or more, told as parts in another sentence
    {name: 'part: picked out of a large sourced total', text: 'Police said at least 31 people were killed.\n\nTwelve of the dead were children.\n'},
    {name: 'part: among the dead of a large sourced total', text: 'At least 31 people were killed on Monday, the ministry said.\n\nThe town was quiet.\n\nTwelve children were among the dead.\n'},
    {name: 'part: of the soldiers killed', text: 'The army said 40 soldiers were killed in the fighting.\n\nThe town was quiet.\n\nEight of the soldiers killed were officers.\n'},
    {name: 'event: a tally and its part sourced together', text: 'A bomb killed at least 40 people, including 12 children, the ministry said.\n'},
    {
      name: 'an account a source opens in a paragraph covers what it goes on to tell',
      text: 'Police say the boy was home alone with friends. He found a gun in a drawer. Two of his friends were shot.\n',
    },
    // senses and kinds
    {name: 'a character killed off', text: 'More than 14 million people saw the character killed off on Friday.\n'},
    {name: 'a title in quotes', text: 'The band\'s album "Dead Man Walking" sold 40,000 copies.\n'},
    {name: 'a title in title case', text: 'Critics praised Kill Bill, which two sequels followed.\n'},
    {name: 'a sentence in German', text: 'Die Polizei sagte, dass zwei Menschen getötet wurden und die anderen verletzt sind.\n'},
    {name: 'an ordinal is no count', text: 'There has been no third death in the outbreak so far.\n'},
    {name: 'a caption with a gallery counter', text: 'Photo: Ana Silva Image 1 of 9 Two men were shot outside the bar on Friday.\n'},
    {name: 'a teaser of another story', text: 'PREVIOUS: Two dead after a shooting at a bar\n'},
    {name: 'a named person who killed', text: 'Ana Silva, 26, shot and killed the family dog before fleeing.\n'},
    {name: 'an obituary', text: 'Lord Smith, 93, dies peacefully at home.\n'},
    // background
    {name: 'background: a year naming the event', text: 'The 2014 crash killed 45 people.\n'},
    {name: 'background: last year\'s', text: 'Last year\'s floods killed 30 people.\n'},
    {name: 'background: a year after "in" whatever follows', text: 'The plane crash in 1973 killed 40 people.\n'},
    {name: 'the emergency number is no count', text: 'About 8:30 p.m. a 911 caller reported that someone had been shot.\n'},
    {
      name: 'background: a toll in a relative clause of an event dated to the past, whatever the day of the sentence',
      text: 'A film about the blasts in 1993 has been postponed.\n\nTelling of the blasts which killed more than 250 people, the film was due to open on Friday.\n',
    },
    {name: 'background: a previous event', text: 'Two people were killed in a previous explosion at the plant.\n'},
    {name: 'background: a year before the article\'s', text: 'The report came out in March 2017.\n\nIn June 2015, four workers were killed at the plant.\n'},
    {
      name: 'the dead among the people shot that a source before them counts',
      text: 'Investigators say a man reported that he and three others had been shot. When police arrived they found three men dead.\n',
    },
    {
      name: 'the part of a sourced tally goes with its total',
      text: 'Nine people were wounded at the party, police said.\n\nTwo men and seven other people, including a boy and four women, were wounded.\n',
    },
    {name: 'a headline with its source before a colon', text: 'City Police: 4 People Shot on Main Street\n\nThe shooting happened on Sunday.\n'},
    {
      name: 'a breakdown of people that adds up to a sourced total',
      text: 'Five people were shot on Elm Street, according to police.\n\nA 60-year-old woman was killed and a 15-year-old girl, two women and a man are in serious condition.\n',
    },
    {name: 'a closing "it said" in the next sentence carries the account on', text: 'Hail damaged crops in 19 counties on Monday, the news agency said.\n\nThe storm left two people dead and 80 others injured. Some 800 houses were flattened, it said.\n'},
    {name: 'a closing source of a role in the next sentence', text: 'Twelve people were killed in clashes in the south. Most were civilians, the health ministry said.\n'},
    {name: 'the year of a past toll after a month', text: 'The street has seen a lot of violence.\n\nA teenager was shot and killed in a car there in January 2015.\n\nOn Sunday a man was arrested, police said.\n'},
  ],
  invalid: [
    {
      name: 'people shot that there were are people harmed',
      text: 'There were two people shot on Main Street.\n',
      errors: ['1:12-1:27: `two people shot` has no source in this article'],
    },
    {
      name: 'bare reports stay vague',
      text: 'Three people were shot that night, according to reports.\n',
      errors: ['1:1-1:23: `Three people were shot` has no source in this article'],
    },
    {
      name: 'charges of another count do not back a figure',
      text: 'A man was arrested for the killing of two men in May.\n\nThe men were found in a car.\n\nHe was charged with three counts of robbery.\n',
      errors: ['1:28-1:42: `killing of two` has no source in this article'],
    },
    {
      name: 'an account whose every clause of harm withholds is no account',
      text: 'A shooting on Elm Street left one person injured.\n\nThe street was closed for hours.\n\nAuthorities said there is no word on the victim, but the street has reopened.\n',
      errors: ['1:31-1:49: `one person injured` has no source in this article'],
    },
    {
      name: 'a total is not sourced by an account of its rest',
      text: 'Four people were shot at a party.\n\nThe party was in a backyard.\n\nPolice said three other victims were in stable condition.\n',
      errors: ['1:1-1:22: `Four people were shot` has no source in this article'],
    },
    {name: 'a toll beside a disaster counts people', text: 'The toll from the earthquake rose to 300 on Monday.\n', errors: ['1:5-1:41: `toll from the earthquake rose to 300` has no source in this article']},
    {name: 'a charge after the toll does not source it', text: 'Three people were killed and police charged a man.\n', errors: ['1:1-1:25: `Three people were killed` has no source in this article']},
    {name: 'a toll with no reference mark', text: 'Two people were killed near the library. One was a groundskeeper.\n', errors: ['1:1-1:23: `Two people were killed` has no source in this article']},
    {name: 'part: a smaller count not told as a part of the sourced total', text: 'At least 31 people were killed on Monday, the ministry said.\n\nThe town was quiet.\n\nSix people were killed in a village.\n', errors: ['5:1-5:23: `Six people were killed` has no source in this article']},
    {name: 'part: a small sourced total shares no source', text: 'Police said five people were killed.\n\nThe town was quiet.\n\nTwo of the dead were children.\n', errors: ['5:1-5:16: `Two of the dead` has no source in this article']},
    {name: 'claim: a suit of clothes is no claim', text: 'Two men in dark suits were shot outside the bank.\n', errors: ['1:1-1:32: `Two men in dark suits were shot` has no source in this article']},
    {name: 'claim: on behalf of without a filing', text: 'On behalf of the city, the mayor mourned the nine people killed in the fire.\n', errors: ['1:46-1:64: `nine people killed` has no source in this article']},
    {name: 'repeat: not of another place', text: 'Police said at least 31 people were killed in Elmwood.\n\nTwelve of the dead in Elmwood were children.\n\nThe town was quiet.\n\nIn Riverton, 12 children were killed on Monday.\n', errors: ['7:14-7:37: `12 children were killed` has no source in this article']},
    {
      name: 'a tally\'s part covered on its own does not source its total',
      text: 'At least five people, including two guards, were reported wounded.\n\nThe governor said the two guards were burned.\n',
      errors: ['1:1-1:66: `At least five … wounded` has no source in this article'],
    },
    // what an authority's account does not cover
    {name: 'account: a neighbour is no authority', text: 'Three people were shot at the park on Sunday.\n\nThe park was closed.\n\nA neighbor said the victims were teenagers.\n', errors: ['1:1-1:23: `Three people were shot` has no source in this article']},
    {name: 'account: what the police did not release', text: 'Four people were shot at a party on Saturday.\n\nThe party had ended.\n\nPolice did not release the names of the victims.\n', errors: ['1:1-1:22: `Four people were shot` has no source in this article']},
    {
      name: 'account: a roundup keeps each account in its paragraph',
      text: 'Police investigate weekend shootings\n\nThree people were shot on Elm Street.\n\nThe street was closed.\n\nA man was wounded on Oak Street. Police said the victim was taken to a hospital.\n',
      errors: ['3:1-3:23: `Three people were shot` has no source in this article'],
    },
    {
      name: 'account: not across a turn to a separate incident',
      text: 'A man was shot on Elm Street on Friday.\n\nPolice said the victim was taken to a hospital.\n\nThe street was closed.\n\nIn a separate shooting, three people were wounded near the park.\n',
      errors: ['7:25-7:50: `three people were wounded` has no source in this article'],
    },
    {
      name: 'account: a part picked out of a group the account counts otherwise',
      text: 'Two of the wounded remained in critical condition.\n\nThe bar was closed.\n\nPolice said three people were wounded in the shooting.\n',
      errors: ['1:1-1:19: `Two of the wounded` has no source in this article'],
    },
    {name: 'account: of injuries only, no source for deaths', text: 'Two people were killed in the fire on Friday.\n\nThe street was closed.\n\nThe fire chief said the injured were taken to a hospital.\n', errors: ['1:1-1:23: `Two people were killed` has no source in this article']},
    {
      name: 'a sentence the page repeats is reported once',
      text: 'Five people were shot at a party.\n\nThe party was in a garage.\n\nFive people were shot at a party.\n',
      errors: ['1:1-1:22: `Five people were shot` has no source in this article'],
    },
    {
      name: 'a count of one after another incident\'s larger count is not linked to a sourced count of one before it',
      text: 'One man was wounded in a shooting on Elm Street, police said.\n\nIt was the second shooting of the night, as four people were shot near the park. One person was wounded in that shooting.\n',
      errors: ['3:45-3:66: `four people were shot` has no source in this article', '3:82-3:104: `One person was wounded` has no source in this article'],
    },
    {
      name: 'an age range is no count: the count of the women is flagged',
      text: 'Four women, ranging in age from 31 to 40, were shot on Sunday.\n',
      errors: ['1:1-1:52: `Four women, ranging in age from 31 to 40, were shot` has no source in this article'],
    },
    {name: 'a tens word and a unit word apart are one count', text: 'Thirty four workers died in a gas explosion.\n', errors: ['1:1-1:25: `Thirty four workers died` has no source in this article']},
    {name: 'stabbed to death is a figure of the dead', text: 'Two men were stabbed to death in a bar fight.\n', errors: ['1:1-1:21: `Two men were stabbed` has no source in this article']},
    {
      name: 'a source later in the paragraph that tells of something else, not in the next sentence, does not cover',
      text: 'Two women were killed in the shooting. One was a student. The other was a nurse, her mother told a reporter.\n',
      errors: ['1:1-1:22: `Two women were killed` has no source in this article'],
    },
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
      text: 'A witness said four people were taken to hospital.\n\nThe market was closed.\n\nAt least four of the people shot made it to a hospital on their own.\n',
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
    // counts from the tokens
    {name: 'an approximator at the start of a sentence', text: 'About 50 people were killed.\n', errors: ['1:1-1:28: `About 50 people were killed` has no source in this article']},
    {name: '"some" at the start of a sentence', text: 'Some 200 people were killed in the floods.\n', errors: ['1:1-1:28: `Some 200 people were killed` has no source in this article']},
    {name: '"lost their lives" reaches its count as a verb does', text: 'Eleven people lost their lives in the crash.\n', errors: ['1:1-1:31: `Eleven people lost their lives` has no source in this article']},
    {name: '"have lost their lives" with an approximator', text: 'More than 300 civilians have lost their lives since March.\n', errors: ['1:1-1:46: `More than 300 civilians have lost their lives` has no source in this article']},
    {name: '"he and eight others"', text: 'He and eight others were killed when the bus overturned.\n', errors: ['1:1-1:32: `He and eight others were killed` has no source in this article']},
    {
      name: 'a tally and its part: one warning',
      text: 'A car bomb exploded in the market, killing at least 40 people, including 12 children.\n',
      errors: ['1:36-1:55: `killing at least 40` has no source in this article'],
    },
    {
      name: 'named victims with ages',
      text: 'Omani Lee, 18, and Tara Cruz, 20, were killed in the crash.\n',
      errors: ['1:1-1:46: `Omani Lee, 18, and Tara Cruz, 20, were killed` has no source in this article'],
    },
    {
      name: 'ages in a list are no count, the people are',
      text: 'The two others, 33 and 28, were each shot in the leg.\n',
      errors: ['1:5-1:42: `two others, 33 and 28, were each shot` has no source in this article'],
    },
    // what is not a source
    {
      name: 'an agentless report is no source',
      text: 'Twelve soldiers had been reported killed in the clashes.\n',
      errors: ['1:1-1:41: `Twelve soldiers had been reported killed` has no source in this article'],
    },
    {name: 'a bare group of workers names no one', text: 'Workers said 40 people were killed.\n', errors: ['1:14-1:35: `40 people were killed` has no source in this article']},
    {name: 'a quantified group of workers stays vague', text: 'Some aid workers said 40 people were killed.\n', errors: ['1:23-1:44: `40 people were killed` has no source in this article']},
    {name: 'an ordinary adjective does not anchor a group', text: 'Angry workers said 40 people were killed.\n', errors: ['1:20-1:41: `40 people were killed` has no source in this article']},
    {
      name: 'a source that counts the victims vaguely does not source a count',
      text: 'Two victims were in critical condition.\n\n"Officers found multiple victims," said Sgt. Ana Cole.\n',
      errors: ['1:1-1:12: `Two victims` has no source in this article'],
    },
    {
      name: 'officers responding to a call is an act, not a statement',
      text: 'Four people were shot on Main Street.\n\nOfficers responded to the shooting at 2 a.m.\n',
      errors: ['1:1-1:22: `Four people were shot` has no source in this article'],
    },
    {
      name: 'a source of injuries does not source deaths',
      text: 'Two people were killed in the fire.\n\nThe fire chief said others were injured.\n',
      errors: ['1:1-1:23: `Two people were killed` has no source in this article'],
    },
    {
      name: 'a source after the figure in its paragraph must tell of the harm',
      text: 'Two of his friends were shot. Police say the boy was home alone.\n',
      errors: ['1:1-1:29: `Two of his friends were shot` has no source in this article'],
    },
    {
      name: 'the rest of a group is not sourced by any larger number',
      text: 'Five others were wounded in the attack.\n\nThe market was closed.\n\nPolice said 20 officers guarded the hospital.\n',
      errors: ['1:1-1:25: `Five others were wounded` has no source in this article'],
    },
    {
      name: 'a toll is not sourced by one victim named twice',
      text: 'TWO KILLED IN RIVERSIDE SHOOTING\n\nThe shooting began at a party.\n\nThe gunman killed a 67-year-old woman.\n\nPolice said the 67-year-old woman died at the scene.\n',
      errors: ['1:1-1:11: `TWO KILLED` has no source in this article'],
    },
    // not background
    {
      name: 'a running toll is news, not background',
      text: 'More than 750 people have been killed so far this year.\n',
      errors: ['1:1-1:38: `More than 750 people have been killed` has no source in this article'],
    },
    {
      name: 'a full date of the year before the article is not background',
      text: 'The trial opened in 2017.\n\nTwo people were killed on Dec. 3, 2016, at the bar.\n',
      errors: ['3:1-3:23: `Two people were killed` has no source in this article'],
    },
    {
      name: 'extra casualty terms from the options',
      text: 'Twelve hikers were stranded on the ridge.\n',
      options: {terms: ['stranded']},
      errors: ['1:1-1:28: `Twelve hikers were stranded` has no source in this article'],
    },
  ],
});
