// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '@/scenarios/registry';
import type { ScenarioRun } from '@/scenarios';
import { chipSize, columnOrder, DIAGRAM_TYPE, layoutRun, wrapLines, type DiagramLayout } from '@/features/scenarios/diagram/layout';
import { stepSvg } from '@/features/scenarios/export/svg-step';
import { slideName } from '@/features/scenarios/export/export-files';
import { stepLink } from '@/features/scenarios/player/player-toolbar';

const runs: ScenarioRun[] = [];
beforeAll(async () => {
  for (const s of SCENARIOS) runs.push(await s.run());
});

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function noOverlaps(layout: DiagramLayout) {
  const boxes = [...layout.boxes.values()];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
}

describe('diagram layout', () => {
  it('wraps text to a width and splits words longer than a line', () => {
    expect(wrapLines('IAM: Allow kms:*, Deny kms:Decrypt', 16, 160)).toEqual(['IAM: Allow', 'kms:*, Deny', 'kms:Decrypt']);
    expect(wrapLines('x'.repeat(40), 10, 62)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10)]);
  });

  it('never overlaps boxes, in every mode, for every scenario', () => {
    for (const run of runs) for (const mode of ['wide', 'narrow', 'presenter'] as const) noOverlaps(layoutRun(run, mode, 2.6));
  });

  it('leaves room between columns for the widest chip that travels between them', () => {
    for (const run of runs) {
      const layout = layoutRun(run, 'presenter', 2.6);
      for (const edge of layout.edges) {
        const [a, b] = [layout.boxes.get(edge.source)!, layout.boxes.get(edge.target)!];
        const labels = run.steps.flatMap((s) =>
          s.moves.filter((m) => [m.from, m.to].sort().join() === [edge.source, edge.target].sort().join()),
        );
        const widest = Math.max(...labels.map((m) => chipSize(m.token.label, 'presenter').width));
        if (edge.sourceHandle === 'right') expect(b.x - (a.x + a.width), `${run.id} ${edge.id}`).toBeGreaterThanOrEqual(widest);
      }
    }
  });

  it('puts a phone layout in one column, with neighbours connected and detours down a lane', () => {
    for (const run of runs) {
      const layout = layoutRun(run, 'narrow');
      expect(new Set([...layout.boxes.values()].map((b) => b.x)).size).toBe(1);
      for (const e of layout.edges)
        expect(e.lane === undefined ? e.sourceHandle === 'bottom' : e.lane < layout.boxes.get(e.source)!.x).toBe(true);
    }
    // A triangle cannot be a path: one detour, the rest neighbours.
    const order = columnOrder(
      [
        { id: 'a', kind: 'app', label: 'a', column: 0, row: 0 },
        { id: 'b', kind: 'kms', label: 'b', column: 1, row: 0 },
        { id: 'c', kind: 'storage', label: 'c', column: 0, row: 1 },
      ],
      [
        { a: 'a', b: 'b' },
        { a: 'a', b: 'c' },
      ],
    );
    expect(order.indexOf('a')).toBe(1);
  });

  it('sizes presenter text for a room and phone text for a hand', () => {
    expect(Math.min(...Object.values(DIAGRAM_TYPE.presenter))).toBeGreaterThanOrEqual(17);
    expect(Math.min(...Object.values(DIAGRAM_TYPE.narrow))).toBeGreaterThanOrEqual(14);
  });
});

describe('slide export', () => {
  it('draws each step as vector SVG: no foreignObject or CSS variables, stroked edges, title and narration', () => {
    for (const run of runs) {
      run.steps.forEach((step, i) => {
        const svg = stepSvg(run, i, i % 2 ? 'dark' : 'light');
        expect(svg).not.toMatch(/foreignObject|var\(--|<style/);
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/);
        const edges = [...svg.matchAll(/<path class="edge" d="[^"]+" fill="none" stroke="(#[0-9a-f]{6})" stroke-width="([\d.]+)"/g)];
        expect(edges.length, run.id).toBeGreaterThan(0);
        const title = step.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
        expect(svg).toContain(`<title>${run.title.replace(/&/g, '&amp;')}, step ${i + 1}: ${title}</title>`);
        expect(svg).toContain(`>${step.narration.split(' ')[0]!.replace(/&/g, '&amp;')}`);
        // Every token that moved in the step is drawn as a chip with its glyph.
        if (step.moves.length) expect(svg).toContain('class="token"');
      });
    }
  });

  it('names slides so a deck tool sorts them', () => {
    const run = runs.find((r) => r.id === 'envelope-encryption')!;
    expect(slideName(run, 1)).toMatch(/^02-generatedatakey/);
  });

  it('links to a step by its 1-based number', () => {
    expect(stepLink('https://lab.example/scenarios/regions?step=1#x', 3)).toBe('https://lab.example/scenarios/regions?step=4');
  });
});
