import { describe, expect, it } from 'vitest';
import { parseJourney, type Problem } from '../journey/index.ts';
import { invalidJourneyCases } from '../journey/problem-corpus.test-support.ts';
import { en } from './en/index.ts';
import { zhCN } from './zh-CN/index.ts';

const n = (value: number) => new Intl.NumberFormat('zh-CN').format(value);

const corpusProblems: Problem[] = invalidJourneyCases().flatMap(({ input }) => {
  const result = parseJourney(input);
  return result.ok ? [] : result.problems;
});

/**
 * What may stay in Latin letters in a Chinese sentence: values quoted as in the file ("sms"),
 * and names that are not English words to translate (a format, a unit, the product, an example
 * timezone id). Whatever is left after removing them must be free of Latin letters.
 */
const untranslated = [
  /"(?:[^"\\]|\\.)*"/g,
  /“[^”]*”/g,
  /JSON/g,
  /HH:MM/g,
  /\bMB\b/g,
  /Journey Canvas/g,
  /Asia\/Shanghai/g,
];
const withoutUntranslated = (text: string) =>
  untranslated.reduce((rest, pattern) => rest.replace(pattern, ''), text);

describe('journey problems in the UI languages', () => {
  it('the corpus yields problems of every kind it was built for', () => {
    expect(corpusProblems.length).toBeGreaterThan(80);
  });

  it('English is the parser’s own message, unchanged', () => {
    for (const problem of corpusProblems) expect(en.journeyProblems.text(problem, n)).toBe(problem.message);
  });

  it('Chinese words every problem of the corpus, with no English word of the message left', () => {
    for (const problem of corpusProblems) {
      const text = zhCN.journeyProblems.text(problem, n);
      const where = `${problem.path}: ${problem.message} → ${text}`;
      expect(text.trim(), where).not.toBe('');
      expect(text, where).not.toBe(problem.message);
      expect(text, where).toMatch(/[\u4e00-\u9fff]/);
      expect(withoutUntranslated(text), where).not.toMatch(/[A-Za-z]/);
    }
  });

  it('keeps the numbers and values the English message names', () => {
    const texts = corpusProblems.map((problem) => zhCN.journeyProblems.text(problem, n));
    expect(texts).toContain('不是有效的 JSON：第 3 行第 3 列有无法识别的内容。');
    expect(texts).toContain('必须是以下之一："sms"、"email"、"push"、"wechat"、"wecom"、"ai_call"。');
    expect(texts).toContain('必须是 0（星期日）到 6（星期六）之间的星期几。');
    expect(texts).toContain('分流最多只能有 10 个分支。');
    expect(texts).toContain('一个旅程最多只能有 5,000 个节点。');
    expect(texts).toContain(
      '此文件由更新版本的 Journey Canvas 创建（格式版本 2），本应用最高只能读取版本 1：请更新应用后再打开。',
    );
  });

  it('shows the English words of a problem it cannot describe, rather than losing them', () => {
    const unknown: Problem = { path: 'x', message: 'is odd', detail: { kind: 'other' } };
    const fromOlderServer: Problem = { path: 'y', message: 'is odd too' };
    expect(zhCN.journeyProblems.text(unknown, n)).toBe('is odd');
    expect(zhCN.journeyProblems.text(fromOlderServer, n)).toBe('is odd too');
  });
});
