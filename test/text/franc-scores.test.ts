// francScores is franc's francAll with the distances summed by trigram: the same scores, bit for bit.
import {describe, it, expect} from 'vitest';
import {francAll} from 'franc';
import {AVAILABLE, francScores} from '../../src/text/franc-scores.js';

const TEXTS = [
  '',
  'short',
  '12345 678 90 -- 11.5%',
  'The council approved the new budget on Tuesday, and the mayor said the decision would help schools and parks across the city for years to come.',
  'Nach dem Hochwasser sind mehr als 40 Menschen in Notunterkünften untergebracht worden. Es gibt 12 Kinder, die seit Tagen auf Hilfe warten.',
  'Banjir besar melanda kota itu pada hari Senin. "Kami sudah kehilangan semuanya dan tidak ada yang membantu kami sampai sekarang", kata seorang warga.',
  'Le conseil municipal a approuvé mardi le nouveau budget. Le maire a déclaré que cette décision aiderait les écoles et les parcs de la ville.',
  'Городской совет во вторник утвердил новый бюджет. Мэр заявил, что это решение поможет школам и паркам города.',
  '시의회는 화요일 새 예산안을 승인했다. 시장은 이번 결정이 학교와 공원을 위한 중요한 전환점이 될 것이라고 말했다.',
  '市議会は火曜日に新しい予算案を承認した。市長はこの決定が学校と公園にとって重要な転換点になると述べた。',
  'مجلس المدينة وافق يوم الثلاثاء على الميزانية الجديدة وقال العمدة إن القرار سيساعد المدارس والحدائق',
  'Shr 1.58 dlrs vs 77 cts Net 12.4 mln vs 8.9 mln Revs 150.2 mln vs 120.7 mln',
  'Mr Kowalczyk, Ms Nguyen, Dr Okonkwo and Mrs Fitzgerald-Saint-Jean met Senator Papadopoulos in Wrocław.',
  'aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa',
  'constructor __proto__ toString hasOwnProperty valueOf prototype',
  'Ærøskøbing står på tærsklen. Det blev sagt, at byrådet ikke ville stå i vejen for planen.'.repeat(40),
];

describe('francScores', () => {
  it('is in use with the installed franc', () => {
    expect(AVAILABLE).toBe(true);
  });

  it('gives francAll its scores, in its order, to the last bit', () => {
    for (const text of TEXTS) {
      for (const minLength of [0, 10, 100]) {
        const expected = francAll(text, {minLength});
        const actual = francScores(text, minLength);
        expect(actual).toEqual(expected);
        actual.forEach(([, score], i) => expect(Object.is(score, expected[i][1])).toBe(true));
      }
    }
  });
});
