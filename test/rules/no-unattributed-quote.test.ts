import rule from '../../rules/no-unattributed-quote.js';
import {runRuleTests} from '../helpers/rule-tester.js';

runRuleTests(rule, {
  valid: [
    {name: 'speaker after the quote', text: '"We will rebuild every house in the valley," the governor said.'},
    {name: 'inverted speaker', text: '"The figures are worse than we feared," said Anna Berg, an economist.'},
    {name: 'speaker before the quote', text: 'The mayor told reporters: "We have no money left for the road."'},
    {name: 'curly quotes, speaker in the middle', text: '“We are ready,” the coach said, “and we will win the cup this year.”'},
    {name: 'British single quotes', text: 'The ministry said the border was ‘calm and quiet all day long’ on Sunday.'},
    {name: 'a scare quote is too short to need a speaker', text: 'The town lives under an "illegal blockade" of its only road.'},
    {name: 'pronoun speaker pointing back at a name', text: 'Tom Reyes leads the union.\n"We will strike on Monday if nothing changes," he said.'},
    {name: 'quote continued in the next sentence of the paragraph', text: '"The plan is dead," said Ruth Kim. "Nobody in this room will vote for it now."'},
    {name: 'paragraph of quoted speech after the speaker\'s paragraph', text: 'Mr Diaz said the port would stay closed.\n\n"We cannot open it until the divers have checked every berth."'},
    {name: 'quote spanning two paragraphs', text: '"The first part of the answer is money," the director said. "The second part is time.\n\n"And the third part is people who stay."'},
    {name: 'paragraph introduced by "X said:"', text: 'In a statement, the club said:\n\n"We regret the decision and will appeal it in court."'},
    {name: 'minWords option raises the bar', text: 'The slogan was "build it here, build it now" all summer.', options: {minWords: 8}},
  ],
  invalid: [
    {name: 'no speaker anywhere', text: 'The river rose overnight.\n\n"Nobody expected the water to come this fast."', errors: ['3:1-3:47: Unexpected quotation of 8 words with no speaker, expected who said it']},
    {name: 'a vague source is no speaker', text: 'Critics say "the plan will ruin the old town" and more.', errors: ['1:13-1:46: Unexpected quotation of 7 words with no speaker, expected who said it']},
    {name: 'minWords option lowers the bar', text: 'Residents woke to an "illegal blockade" of the road.', options: {minWords: 2}, errors: ['1:22-1:40: Unexpected quotation of 2 words with no speaker, expected who said it']},
  ],
});
