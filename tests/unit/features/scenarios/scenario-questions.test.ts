import { describe, expect, it } from 'vitest';
import { loadScenarioQuestions, pickScenarioQuestions } from '@/features/scenarios/quiz/scenario-questions';
import type { Question } from '@/quiz';
import { parseBank } from '@/quiz/parse-bank';
import { SCENARIO_CATALOG } from '@/scenarios/catalog';

/** The questions of Markdown banks, each with its file name: what the build-time list holds. */
const tagged = (banks: { fileName: string; source: string }[]): { question: Question; fileName: string }[] =>
  banks.flatMap(({ fileName, source }) => parseBank(source, { fileName }).questions.map((question) => ({ question, fileName })));

const bank = (fileName: string, ids: [string, string][]) => ({
  fileName,
  source: ids
    .map(
      ([id, scenario]) =>
        `## Question ${id}?\n<!-- id: ${id}; scenario: ${scenario} -->\n\n- [x] Yes\n- [ ] No\n\n**Explanation:** Because.\n`,
    )
    .join('\n'),
});

describe('scenario questions', () => {
  it('picks only questions tagged with the scenario, at most three, spread across banks', () => {
    const picked = pickScenarioQuestions(
      tagged([
        bank('b.md', [
          ['b-1', 'regions'],
          ['b-2', 'regions'],
          ['b-3', 'permissions'],
        ]),
        bank('a.md', [
          ['a-1', 'regions'],
          ['a-2', 'regions'],
        ]),
      ]),
      'regions',
    );
    expect(picked.map((p) => p.question.id)).toEqual(['a-1', 'b-1', 'a-2']);
    expect(pickScenarioQuestions(tagged([bank('a.md', [['a-1', 'x']])]), 'regions')).toEqual([]);
  });

  it("puts up to two questions from the scenario's own topic first", () => {
    const withTopic = (fileName: string, topic: string, ids: string[]) => ({
      fileName,
      source:
        `---\ntopic: ${topic}\n---\n` +
        bank(
          fileName,
          ids.map((id) => [id, 'regions'] as [string, string]),
        ).source,
    });
    const picked = pickScenarioQuestions(
      tagged([withTopic('a.md', 'aliases', ['a-1', 'a-2']), withTopic('r.md', 'regions', ['r-1', 'r-2', 'r-3'])]),
      'regions',
      3,
      'regions',
    );
    expect(picked.map((p) => p.question.id)).toEqual(['r-1', 'r-2', 'a-1']);
  });

  it.each(SCENARIO_CATALOG.map((s) => [s.id, s.quizTopic]))(
    'the built-in banks give %s two or three questions, led by topic %s',
    async (id, topic) => {
      // The page's own path: the build-time list of tagged questions, loaded on demand.
      const picked = await loadScenarioQuestions(id, 3, topic);
      expect(picked[0]!.question.topic).toBe(topic);
      expect(picked.length).toBeGreaterThanOrEqual(2);
      expect(picked.length).toBeLessThanOrEqual(3);
      for (const p of picked) expect(p.question.scenario).toBe(id);
    },
  );
});
