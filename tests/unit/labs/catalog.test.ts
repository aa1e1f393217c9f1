import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAB_CATALOG, emptySnapshot, type LabSnapshot, type SnapshotEvent, type SnapshotKey } from '@/labs';
import { LABS, labById } from '@/labs/registry';
import { SCENARIO_CATALOG } from '@/scenarios';
import { startLab } from './helpers';

const ROOT = join(import.meta.dirname, '../../..');

describe('lab catalog', () => {
  it('has at least 15 labs with unique kebab-case ids', () => {
    expect(LABS.length).toBeGreaterThanOrEqual(15);
    const ids = LABS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(labById('no-such-lab')).toBeUndefined();
  });

  it('gives every catalog entry a definition built on that entry, in the same order', () => {
    expect(LABS.map((l) => l.id)).toEqual(LAB_CATALOG.map((l) => l.id));
    for (const info of LAB_CATALOG) expect(labById(info.id)).toMatchObject(info);
  });

  it('is linked from the study guides: each guide names only labs that exist, and each lab’s topic guide names it', () => {
    const ids = new Set(LAB_CATALOG.map((l) => l.id));
    const named = new Map<string, string[]>();
    for (const file of readdirSync(join(ROOT, 'content/guides')).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      const line = /^labs: \[(.*)\]$/m.exec(readFileSync(join(ROOT, 'content/guides', file), 'utf8'))?.[1] ?? '';
      const labs = line
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const id of labs) expect(ids, `${file} names ${id}`).toContain(id);
      named.set(file.replace(/\.md$/, ''), labs);
    }
    for (const lab of LAB_CATALOG) expect(named.get(lab.topic), `${lab.topic}.md should name ${lab.id}`).toContain(lab.id);
  });

  it.each(LABS.map((l) => [l.id, l] as const))('%s is complete: topic with a study guide, hints, solution, known scenario', (_id, lab) => {
    expect(existsSync(join(ROOT, 'content/guides', `${lab.topic}.md`))).toBe(true);
    expect(lab.hints.length).toBeGreaterThanOrEqual(2);
    expect(lab.solution.cli).toMatch(/\baws (kms|s3|s3api|cloudtrail|iam) /);
    expect(lab.solution.explanation.length).toBeGreaterThan(200);
    expect(lab.minutes).toBeGreaterThan(0);
    if (lab.scenario) expect(SCENARIO_CATALOG.map((s) => s.id)).toContain(lab.scenario);
  });
});

/** Snapshots no lab's setup would make: junk policies, odd events, missing facts. */
function oddSnapshots(): LabSnapshot[] {
  const key = (over: Partial<SnapshotKey>): SnapshotKey => ({
    accountId: '111122223333',
    region: 'us-east-1',
    keyId: 'k1',
    arn: 'arn:aws:kms:us-east-1:111122223333:key/k1',
    creationDate: 0,
    description: '',
    keyUsage: 'ENCRYPT_DECRYPT',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyManager: 'CUSTOMER',
    origin: 'AWS_KMS',
    state: 'Enabled',
    multiRegion: false,
    policy: '{ not json',
    tags: [{ TagKey: 'DecryptedBy', TagValue: '' }],
    rotationEnabled: true,
    nextRotationDate: -1,
    rotations: [],
    materialIds: [],
    ...over,
  });
  const event = (over: Partial<SnapshotEvent>): SnapshotEvent => ({
    time: Number.NaN,
    name: 'Decrypt',
    region: 'us-east-1',
    callerArn: '',
    callerPolicyArn: '',
    callerAccountId: '',
    callerType: 'Unknown',
    request: { encryptionContext: 'not a map', operations: 'Decrypt', constraints: null, keyId: 42 },
    response: { grantId: null },
    resources: ['arn:aws:kms:us-east-1:111122223333:key/k1'],
    outcomes: [],
    grantIds: [],
    fromSetup: false,
    ...over,
  });
  const facts = { keyId: 'k1', financeKeyId: 'k1', hrKeyId: 'k1', originalKeyId: 'k1', roleArn: '' };
  const base = emptySnapshot(Date.UTC(2026, 0, 1));
  return [
    base,
    { ...base, facts },
    {
      ...base,
      facts,
      keys: [key({}), key({ region: 'eu-west-1', arn: 'arn:aws:kms:eu-west-1:111122223333:key/k1', policy: '{"Statement":[]}' })],
      aliases: [{ accountId: '111122223333', region: 'us-east-1', aliasName: 'alias/app-data', targetKeyId: 'missing' }],
      grants: [
        {
          grantId: 'g',
          keyArn: 'arn:aws:kms:us-east-1:111122223333:key/k1',
          granteePrincipal: '*',
          issuingAccount: '',
          operations: [],
          creationDate: 0,
        },
      ],
      principals: [
        {
          type: 'Role',
          arn: 'arn:aws:iam::111122223333:role/AppRole',
          name: 'AppRole',
          accountId: '111122223333',
          policies: [{ policyName: 'x', document: '[]' }],
        },
      ],
      events: [event({}), event({ name: 'CreateGrant', request: null, response: null }), event({ name: 'Encrypt', errorCode: 'X' })],
    },
  ];
}

describe('every checker never throws', () => {
  it.each(LABS.map((l) => [l.id, l] as const))('%s: empty and odd snapshots give conditions, not all held', (_id, lab) => {
    for (const snapshot of oddSnapshots()) {
      const conditions = lab.check(snapshot);
      expect(conditions.length).toBeGreaterThan(0);
      expect(conditions.every((c) => c.held)).toBe(false);
      for (const c of conditions) {
        expect(c.label).not.toBe('');
        if (!c.held) expect(c.message.length).toBeGreaterThan(10);
      }
    }
  });

  it('each lab’s starting state is unsolved, and every checker reads every lab’s starting state', async () => {
    for (const lab of LABS) {
      const started = await startLab(lab.id);
      const snapshot = await started.snapshot();
      expect(
        lab.check(snapshot).every((c) => c.held),
        `${lab.id} is solved before the learner starts`,
      ).toBe(false);
      for (const other of LABS) expect(() => other.check(snapshot)).not.toThrow();
      expect(snapshot.events.every((e) => e.fromSetup)).toBe(true);
    }
  });
});
