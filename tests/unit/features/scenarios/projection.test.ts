import { describe, expect, it } from 'vitest';
import { edgeId, edgeTokenState, project } from '@/features/scenarios/diagram/projection';
import { layoutRun } from '@/features/scenarios/diagram/layout';
import { byteRuns } from '@/features/scenarios/bytes/byte-layout';
import { fixtureRun } from './fixture-run';

describe('diagram projection', () => {
  const run = fixtureRun();
  const wide = layoutRun(run, 'wide');

  it('draws every actor and every connection the scenario uses, stable across steps', () => {
    const a = project(run, 0, wide);
    const b = project(run, 2, wide);
    expect(a.nodes.map((n) => n.id)).toEqual(['app', 'kms', 'db']);
    expect(a.edges.map((e) => e.id).sort()).toEqual([edgeId('app', 'kms'), edgeId('app', 'db')].sort());
    expect(b.edges.map((e) => e.id)).toEqual(a.edges.map((e) => e.id));
  });

  it("marks the current step's connections active and splits its travel between moves", () => {
    const { edges } = project(run, 1, wide);
    const appKms = edges.find((e) => e.id === edgeId('app', 'kms'))!;
    const appDb = edges.find((e) => e.id === edgeId('app', 'db'))!;
    expect(appKms.data!.active).toBe(true);
    expect(appDb.data!.active).toBe(false);
    expect(appKms.data!.segments.map((s) => [s.start, s.end, s.reverse, s.token.kind])).toEqual([
      [0, 0.5, false, 'plaintext'],
      [0.5, 1, true, 'ciphertext'],
    ]);
    expect(appKms.ariaLabel).toContain('Plaintext 9 B from Your application to AWS KMS');
  });

  it('connects side by side actors left to right and stacked actors top to bottom', () => {
    const { edges } = project(run, 0, wide);
    const appKms = edges.find((e) => e.id === edgeId('app', 'kms'))!;
    const appDb = edges.find((e) => e.id === edgeId('app', 'db'))!;
    expect([appKms.sourceHandle, appKms.targetHandle]).toEqual(['right', 'left']);
    expect([appDb.sourceHandle, appDb.targetHandle]).toEqual(['bottom', 'top']);
    // On a phone every actor is in one column: neighbours connect top to bottom.
    const narrow = layoutRun(run, 'narrow');
    const tall = project(run, 0, narrow).edges.find((e) => e.id === edgeId('app', 'kms'))!;
    expect([tall.sourceHandle, tall.targetHandle]).toEqual(['bottom', 'top']);
    expect(new Set([...narrow.boxes.values()].map((b) => b.x)).size).toBe(1);
  });

  it('puts the KMS key state and focus on nodes', () => {
    const { nodes } = project(run, 3, wide);
    expect(nodes.find((n) => n.id === 'kms')!.data.kms?.keys).toEqual(['key 1234 (material v1)']);
    expect(nodes.find((n) => n.id === 'kms')!.data.focused).toBe(true);
    expect(nodes.find((n) => n.id === 'app')!.data.focused).toBe(false);
  });

  it('moves a token forward then backward, and rests the last one mid-edge as a label', () => {
    const fwd = { start: 0, end: 0.5, reverse: false, token: { kind: 'plaintext' as const, label: 'x' } };
    const back = { start: 0.5, end: 1, reverse: true, token: { kind: 'ciphertext' as const, label: 'y' } };
    expect(edgeTokenState([fwd, back], 0)).toEqual({ kind: 'moving', index: 0, at: 0.12 });
    expect(edgeTokenState([fwd, back], 0.25)).toEqual({ kind: 'moving', index: 0, at: 0.5 });
    const returning = edgeTokenState([fwd, back], 0.75);
    expect(returning?.kind === 'moving' && returning.index === 1 && returning.at).toBeCloseTo(0.5);
    const early = edgeTokenState([fwd, back], 0.51);
    expect(early?.kind === 'moving' && early.at).toBeGreaterThan(0.8); // a reverse trip starts at the target end
    expect(edgeTokenState([fwd, back], 1)).toEqual({ kind: 'resting', index: 1 });
    // An edge whose only trip comes later in the step shows nothing yet.
    expect(edgeTokenState([back], 0.2)).toBeNull();
  });

  it('puts arrow markers only on active edges', () => {
    const { edges } = project(run, 1, wide, '#000');
    expect(edges.find((e) => e.id === edgeId('app', 'kms'))!.markerEnd).toMatchObject({ type: 'arrowclosed', color: '#000' });
    expect(edges.find((e) => e.id === edgeId('app', 'db'))!.markerEnd).toBeUndefined();
  });
});

describe('byte runs', () => {
  it('fills gaps between labelled parts and clips overlaps', () => {
    const parts = [
      { name: 'a', offset: 2, length: 3, description: '' },
      { name: 'b', offset: 4, length: 4, description: '' },
    ];
    expect(byteRuns(10, parts)).toEqual([
      { start: 0, end: 2, part: -1 },
      { start: 2, end: 5, part: 0 },
      { start: 5, end: 8, part: 1 },
      { start: 8, end: 10, part: -1 },
    ]);
    expect(byteRuns(4, parts)).toEqual([
      { start: 0, end: 2, part: -1 },
      { start: 2, end: 4, part: 0 },
    ]);
  });
});
