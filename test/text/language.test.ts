// Text that is not English gets no English rules: one informational message per file instead, and a long
// paragraph in another language inside an English article is left out of them. English news full of
// foreign names, and short texts, stay English.
import {describe, it, expect} from 'vitest';
import {runTexts} from '../../src/index.js';
import {languageOf} from '../../src/text/language.js';
import {runCli, tempTree} from '../helpers/cli.js';

const GERMAN = [
  'Hochwasser in der Stadt',
  '',
  'Nach dem Hochwasser sind mehr als 40 Menschen in Notunterkünften untergebracht worden. Es gibt 12 Kinder, die seit Tagen auf Hilfe warten, und 30 Familien, die ihre Häuser verloren haben. "Wir haben alles verloren, was wir hatten, und niemand hilft uns", sagte eine Anwohnerin am Montag vor dem Rathaus.',
  '',
  'Die Behörden wollen in den nächsten Tagen über weitere Hilfen entscheiden, heißt es aus dem Ministerium.',
  '',
].join('\n');
const INDONESIAN = [
  'Banjir di ibu kota',
  '',
  'Banjir besar melanda kota itu pada hari Senin. "Kami sudah kehilangan semuanya dan tidak ada yang membantu kami sampai sekarang", kata seorang warga kepada wartawan. Sedikitnya 12 orang tewas dan ratusan rumah terendam air setinggi dua meter di beberapa wilayah.',
  '',
].join('\n');
const KOREAN = '시의회는 화요일 새 예산안을 승인했다. 시장은 이번 결정이 학교와 공원을 위한 중요한 전환점이 될 것이라고 말했다.\n\n주민들은 회의에서 방과 후 프로그램 확대를 요구했다.\n';
const NAMES = 'Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev, Volodymyr Zelenskyy, Recep Tayyip Erdoğan and Kassym-Jomart Tokayev in Astana on Tuesday, and the leaders said talks on the border with Nagorno-Karabakh, Syunik and Nakhchivan would continue.\n';
const ENGLISH_RULES = ['consistent-name-spelling', 'no-unattributed-claim', 'no-unattributed-quote', 'no-unsourced-casualty'];

const lint = (files: Record<string, string>) => runTexts(Object.entries(files).map(([path, value]) => ({path, value})), {cwd: '/nonexistent-corpuslint', configFile: false}).results;

describe('language detection', () => {
  it('skips the English rules on German, Indonesian and Korean text, with one informational message each', () => {
    const results = lint({'de.txt': GERMAN, 'id.txt': INDONESIAN, 'ko.txt': KOREAN});
    for (const r of results) {
      expect(r.messages.filter((m) => ENGLISH_RULES.includes(m.ruleId)), r.path).toEqual([]);
      const info = r.messages.filter((m) => m.ruleId === 'language');
      expect(info, r.path).toHaveLength(1);
      expect(info[0].severity).toBe(0);
      expect(info[0].reason).toMatch(/^Not checked by the English rules \(consistent-name-spelling, no-unattributed-claim, no-unattributed-quote, no-unsourced-casualty\): the text reads as .+, not English$/);
    }
    expect(results.find((r) => r.path === 'de.txt')!.messages[0].reason).toContain('German (deu)');
    expect(results.find((r) => r.path === 'ko.txt')!.messages[0].reason).toContain('Korean (kor)');
  });

  it('the information counts toward neither the exit code nor --max-warnings; JSON has no fatal, SARIF a note', () => {
    const cwd = tempTree({'de.txt': GERMAN});
    const r = runCli(['--no-config', '--max-warnings', '0', '-f', 'json', 'de.txt'], {cwd});
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout)[0].messages;
    expect(m).toHaveLength(1);
    expect(m[0].ruleId).toBe('language');
    expect(m[0]).not.toHaveProperty('fatal');
    const sarif = JSON.parse(runCli(['--no-config', '-f', 'sarif', 'de.txt'], {cwd}).stdout);
    expect(sarif.runs[0].results.map((x: {level: string}) => x.level)).toEqual(['note']);
    expect(runCli(['--no-config', 'de.txt'], {cwd}).stdout).toMatch(/^1:1-1:1 +info +Not checked by the English rules/m);
  });

  it('an English article quoting a long German passage stays English; the passage is left out of the English rules', () => {
    const text = `Floods in the city\n\nThe floods forced families from their homes on Monday, the council said, and 25 people were killed, the Red Cross said.\n\nA resident told a German newspaper:\n\n${GERMAN.split('\n')[2]}\n\nThe city said repairs would take months and it would ask the government for help.\n`;
    const [r] = lint({'en.txt': text});
    expect(r.messages.filter((m) => m.ruleId === 'language')).toEqual([]);
    const german = text.indexOf('Nach dem Hochwasser');
    const inGerman = r.messages.filter((m) => ENGLISH_RULES.includes(m.ruleId) && m.place.start.offset >= german && m.place.start.offset < german + 300);
    expect(inGerman).toEqual([]);
    expect(r.foreign).toEqual([german, german + GERMAN.split('\n')[2].length]);
  });

  it('English news full of foreign names, short lines and mixed snippets stay English', () => {
    for (const text of [NAMES, 'Advertisement', 'Ilham Aliyev', 'Nikol Pashinyan in Yerevan', 'Merkel: "Wir schaffen das"', `${NAMES}\n${KOREAN.split('\n')[0]}\n${NAMES}`]) {
      const [r] = lint({'a.txt': text});
      expect(r.messages.filter((m) => m.ruleId === 'language'), text).toEqual([]);
    }
    expect(languageOf(NAMES)).toBe('eng');
    expect(languageOf('Short line')).toBe('');
  });
});
