import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import guideIndex from 'virtual:kmslab/guides';
import loadGuide from 'virtual:kmslab/guides/load';
import timeline from 'virtual:kmslab/learn-timeline';
import { CONCEPTS, GUIDE_TOPICS, STALE_CLAIMS } from '@/learn';
import { findScenario } from '@/scenarios/registry';
import { readBuiltInBanks } from '../../../scripts/vite-plugin-built-in-banks';
import { readGuides } from '../../../scripts/vite-plugin-guides';

// The study guides (content/guides, format in content/guides/README.md) as the build parses them.
const DIR = join(import.meta.dirname, '../../../content/guides');
const guides = readGuides(DIR);
const banks = readBuiltInBanks(join(import.meta.dirname, '../../../content/banks'));
const questions = new Map(banks.flatMap((b) => b.questions).map((q) => [q.id, q]));

/**
 * Questions marked `changed:` that no guide change lists, each with the reason. Keep this short: a
 * question here is shown on the "what changed" page without a guide section to explain it.
 */
const UNDATED_CHANGES: Record<string, string> = {
  // The on-demand rotation limit went from 10 to 25 without a dated announcement (docs/kms-facts.md
  // §5.3); the rotation guide says so in its text instead of a dated change.
  'rotation-006': 'on-demand rotation limit 10 -> 25, date not published by AWS',
};

const AWS_LINK = /\]\(https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//;

describe('study guides', () => {
  it('has one guide per bank topic, in teaching order, each parsed without problems', () => {
    expect(guides.map((g) => g.guide.topic)).toEqual([...GUIDE_TOPICS]);
    const bankTopics = new Set(banks.flatMap((b) => b.questions.map((q) => q.topic)));
    expect([...bankTopics].sort()).toEqual([...GUIDE_TOPICS].sort());
    expect(guides.flatMap((g) => g.problems.map((p) => `${g.fileName}:${p.line}: ${p.message}`))).toEqual([]);
  });

  it.each(guides.map((g) => [g.fileName, g.guide] as const))('%s: has a title, a summary, exam tags, an exam angle and traps', (_f, guide) => {
    expect(guide.title.length).toBeGreaterThan(3);
    expect(guide.summary.length).toBeGreaterThan(30);
    expect(guide.exams.length).toBeGreaterThan(0);
    for (const exam of guide.exams) expect(['SAA-C03', 'SCS-C03', 'DVA-C02', 'CLF-C02']).toContain(exam);
    const ids = guide.sections.map((s) => s.id);
    expect(ids).toContain('exam-angle');
    expect(ids).toContain('traps');
  });

  it.each(guides.map((g) => [g.fileName, g.guide] as const))('%s: every fact outside the exam angle links its AWS source', (_f, guide) => {
    const missing: string[] = [];
    for (const section of guide.sections.filter((s) => s.id !== 'exam-angle')) {
      for (const line of section.markdown.split('\n')) {
        if (/^- /.test(line) && !AWS_LINK.test(line)) missing.push(`${section.id}: ${line.slice(0, 80)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(guides.map((g) => [g.fileName, g.guide] as const))('%s: every change has both versions, a source and real questions of its month', (_f, guide) => {
    for (const change of guide.changes) {
      const what = `${guide.topic} ${change.date} ${change.title}`;
      expect(change.markdown, what).toMatch(/\*\*Older material:\*\*/);
      expect(change.markdown, what).toMatch(/\*\*Now:\*\*/);
      expect(change.markdown, what).toMatch(/Source: .*\]\(https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//);
      for (const id of change.questions) {
        const q = questions.get(id);
        expect(q, `${what}: question ${id}`).toBeDefined();
        expect(q?.changed, `${what}: ${id} is marked changed: ${q?.changed}`).toBe(change.date.slice(0, 7));
      }
    }
  });

  it('lists every question marked changed: in some guide change, except the undated ones', () => {
    const listed = new Set(guides.flatMap((g) => g.guide.changes.flatMap((c) => c.questions)));
    const changed = [...questions.values()].filter((q) => q.changed).map((q) => q.id);
    expect(changed.filter((id) => !listed.has(id)).sort()).toEqual(Object.keys(UNDATED_CHANGES).sort());
  });

  it('resolves every wiki link to a guide and, with #, to one of its sections', () => {
    const sectionsOf = new Map(guides.map((g) => [g.guide.topic, new Set(g.guide.sections.map((s) => s.id))]));
    const dead: string[] = [];
    for (const { guide } of guides) {
      for (const section of guide.sections) {
        for (const m of section.markdown.matchAll(/\[\[([^\]|#]+)(?:#([^\]|]+))?(?:\|[^\]]*)?\]\]/g)) {
          const sections = sectionsOf.get(m[1]!);
          if (!sections || (m[2] && !sections.has(m[2]))) dead.push(`${guide.topic}#${section.id}: ${m[0]}`);
        }
      }
    }
    expect(dead).toEqual([]);
  });

  it('links each scenario at the step the guide names', async () => {
    const links = guides.flatMap((g) => g.guide.scenarios.map((s) => ({ topic: g.guide.topic, ...s })));
    expect(links.length).toBeGreaterThan(10);
    const runs = new Map<string, string[]>();
    for (const link of links) {
      const scenario = findScenario(link.id);
      expect(scenario, `${link.topic}: scenario ${link.id}`).toBeDefined();
      if (!runs.has(link.id)) runs.set(link.id, (await scenario!.run()).steps.map((s) => s.id));
      expect(runs.get(link.id)![link.step - 1], `${link.topic}: ${link.id} step ${link.step}`).toBe(link.stepId);
    }
  }, 60_000);

  it('has the guide sections that stale claims and concepts point to', () => {
    const sectionsOf = new Map(guides.map((g) => [g.guide.topic, new Set(g.guide.sections.map((s) => s.id))]));
    for (const claim of STALE_CLAIMS) expect(sectionsOf.get(claim.guide.topic)?.has(claim.guide.section), claim.id).toBe(true);
    for (const concept of CONCEPTS) expect(sectionsOf.has(concept.topic), concept.id).toBe(true);
  });
});

describe('guides as the app loads them (virtual modules)', () => {
  it('lists every guide without section text, and loads one with it', async () => {
    expect(guideIndex.map((g) => g.topic)).toEqual([...GUIDE_TOPICS]);
    expect(guideIndex.every((g) => g.sections.every((s) => !('markdown' in s)))).toBe(true);
    const rotation = await loadGuide('rotation');
    expect(rotation?.sections.find((s) => s.id === 'automatic-rotation')?.markdown).toContain('RotationPeriodInDays');
    // The page shows a change's date in words.
    expect(rotation?.sections.find((s) => s.id === 'automatic-rotation')?.markdown).toContain('> [!changed] April 2024: The automatic rotation period became configurable');
    expect(await loadGuide('no-such-topic')).toBeUndefined();
  });

  it('builds the timeline newest first, merging a change that two guides state', () => {
    const dates = timeline.entries.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    const awsManaged = timeline.entries.filter((e) => e.title === 'AWS managed keys rotate every year');
    expect(awsManaged).toHaveLength(1);
    expect(awsManaged[0]!.guides.map((g) => g.topic).sort()).toEqual(['key-types', 'rotation']);
    expect(awsManaged[0]!.questions.map((q) => q.id)).toEqual(['rotation-015']);
    expect(timeline.unlisted.map((q) => q.id)).toEqual(Object.keys(UNDATED_CHANGES));
  });
});
