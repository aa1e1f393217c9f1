// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  parseScenarioFile,
  scenarioFromSession,
  scenarioToFile,
  sessionFromAudit,
  withNarration,
  ScenarioFileError,
  type AuditEventLike,
  type ConsoleCallLike,
  type RecordedScenario,
} from '@/scenarios';
import { findScenario } from '@/scenarios/registry';

const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function event(name: string, at: number, extra: Partial<AuditEventLike> = {}): AuditEventLike {
  return {
    eventId: `${name}-${at}`,
    eventTime: iso(at),
    eventName: name,
    awsRegion: 'us-east-1',
    userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/student', userName: 'student' },
    requestParameters: { keyId: 'alias/lesson' },
    responseElements: null,
    accessDecision: { summary: `Allowed ${name}.` },
    ...extra,
  };
}

const plaintext = new TextEncoder().encode('exam answers');
const blob = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
const calls: ConsoleCallLike[] = [
  {
    operation: 'Encrypt',
    region: 'us-east-1',
    at: T0 + 300,
    input: { KeyId: 'alias/lesson', Plaintext: plaintext },
    output: { CiphertextBlob: blob },
  },
  {
    operation: 'Decrypt',
    region: 'us-east-1',
    at: T0 + 700,
    input: { CiphertextBlob: blob },
    error: { name: 'AccessDeniedException', message: 'no' },
  },
];
// The trail lists newest first; both events fall in the same second.
const trail = [
  event('Decrypt', T0, {
    errorCode: 'AccessDeniedException',
    errorMessage: 'User: ... is not authorized',
    accessDecision: { summary: 'Denied: no identity policy allows kms:Decrypt.' },
  }),
  event('Encrypt', T0),
];

describe('a lab session as a scenario', () => {
  it('pairs audit events with the console’s calls, oldest first, keeping the real bytes', () => {
    const session = sessionFromAudit(trail, calls);
    expect(session.map((c) => c.operation)).toEqual(['Encrypt', 'Decrypt']);
    expect(session[0]!.input.Plaintext).toBe(plaintext);
    expect(session[0]!.hasBytes).toBe(true);
    expect(session[1]!.outcome).toEqual({ ok: false, errorName: 'AccessDeniedException', message: 'User: ... is not authorized' });
    expect(session[0]!.caller).toBe('IAM user student');
  });

  it('keeps CloudTrail’s parameters, and says so, when the console no longer holds the call', () => {
    const session = sessionFromAudit([event('Encrypt', T0 + 60_000)], calls);
    expect(session[0]!.hasBytes).toBe(false);
    expect(session[0]!.input).toEqual({ keyId: 'alias/lesson' });
    const run = scenarioFromSession(session, { id: 'session-x', title: 'x' });
    expect(run.steps[0]!.narration).toContain('CloudTrail records no bytes');
    expect(run.caveats).toHaveLength(1);
  });

  it('plays the calls as actors and messages with the bytes and the access decision as narration', () => {
    const run = scenarioFromSession(sessionFromAudit(trail, calls), { id: 'session-1', title: 'Lesson' });
    expect(run.actors.map((a) => [a.id, a.kind, a.label])).toEqual([
      ['caller-1', 'user', 'IAM user student'],
      ['kms-us-east-1', 'kms', 'AWS KMS'],
    ]);
    const [encrypt, decrypt] = run.steps;
    expect(encrypt!.moves.map((m) => [m.from, m.to, m.token.kind, m.token.label])).toEqual([
      ['caller-1', 'kms-us-east-1', 'plaintext', 'Plaintext 12 B'],
      ['kms-us-east-1', 'caller-1', 'ciphertext', 'CiphertextBlob 8 B'],
    ]);
    expect(encrypt!.moves[0]!.token.bytes).toMatchObject({ bytes: plaintext, text: true });
    expect(encrypt!.call!.input).toEqual({ KeyId: 'alias/lesson', Plaintext: '<12 bytes>' });
    expect(decrypt!.title).toBe('Decrypt by IAM user student: AccessDeniedException');
    expect(decrypt!.narration).toContain('Denied: no identity policy allows kms:Decrypt.');
    expect(decrypt!.moves.at(-1)!.token).toEqual({ kind: 'error', label: 'AccessDeniedException' });
    expect(() => scenarioFromSession([], { id: 'e', title: 'e' })).toThrow(/at least one event/);
  });
});

describe('scenario files', () => {
  const recorded = (): RecordedScenario => {
    const run = scenarioFromSession(sessionFromAudit(trail, calls), { id: 'session-1', title: 'Lesson' });
    return { id: 'session-1', title: 'Lesson', createdAt: '2026-01-15T09:00:00.000Z', run };
  };

  it('round-trips a recording, bytes included, and an edited narration', () => {
    const edited = withNarration(recorded(), 1, '  Decrypt is a separate permission.  ');
    const back = parseScenarioFile(scenarioToFile(edited));
    expect(back.run.steps[1]!.narration).toBe('Decrypt is a separate permission.');
    expect(back.run.steps[0]!.moves[0]!.token.bytes!.bytes).toEqual(plaintext);
    expect(back.run.steps.map((s) => s.id)).toEqual(edited.run.steps.map((s) => s.id));
  });

  it('round-trips a built-in scenario too: one step model for both', async () => {
    const run = await findScenario('envelope-encryption')!.run();
    const back = parseScenarioFile(scenarioToFile({ id: 'envelope-copy', title: run.title, createdAt: '2026-01-15T09:00:00.000Z', run }));
    expect(back.run.steps.length).toBe(run.steps.length);
    expect(back.run.steps[1]!.moves[1]!.token.bytes!.parts.map((p) => p.name)).toEqual(
      run.steps[1]!.moves[1]!.token.bytes!.parts.map((p) => p.name),
    );
  });

  const corrupt: [string, (file: Record<string, unknown>) => unknown, RegExp][] = [
    ['not JSON', () => '{oops', /not JSON/],
    ['another format', (f) => ({ ...f, format: 'other' }), /not a KMS Lab scenario file/],
    ['a newer version', (f) => ({ ...f, version: 2 }), /version 2.*reads version 1/],
    ['no steps', (f) => ({ ...f, run: { ...(f.run as object), steps: [] } }), /1 to 200 steps/],
    [
      'a move to an unknown actor',
      (f) => {
        const run = structuredClone(f.run) as { steps: { moves: { to: string }[] }[] };
        run.steps[0]!.moves[0]!.to = 'nobody';
        return { ...f, run };
      },
      /actor the file does not list/,
    ],
    [
      'bytes that are not base64',
      (f) => {
        const run = structuredClone(f.run) as { steps: { moves: { token: { bytes: { bytes: { $bytes: string } } } }[] }[] };
        run.steps[0]!.moves[0]!.token.bytes.bytes.$bytes = '***';
        return { ...f, run };
      },
      /not valid base64/,
    ],
    [
      'a part outside its bytes',
      (f) => {
        const run = structuredClone(f.run) as { steps: { moves: { token: { bytes: { parts: object[] } } }[] }[] };
        run.steps[0]!.moves[0]!.token.bytes.parts = [{ name: 'x', offset: 10, length: 99, description: '' }];
        return { ...f, run };
      },
      /outside its bytes/,
    ],
    ['an unsafe id', (f) => ({ ...f, id: '../../etc' }), /lowercase letters, digits and dashes/],
  ];
  it.each(corrupt)('refuses %s with a clear error', (_name, damage, message) => {
    const file = JSON.parse(scenarioToFile(recorded())) as Record<string, unknown>;
    const damaged = damage(file);
    const text = typeof damaged === 'string' ? damaged : JSON.stringify(damaged);
    expect(() => parseScenarioFile(text)).toThrow(ScenarioFileError);
    expect(() => parseScenarioFile(text)).toThrow(message);
  });

  it('drops non-https source links from an imported file', () => {
    const file = JSON.parse(scenarioToFile(recorded())) as { run: { sources: object[] } };
    file.run.sources = [
      { label: 'bad', url: 'javascript:alert(1)' },
      { label: 'ok', url: 'https://docs.aws.amazon.com/kms/' },
    ];
    expect(parseScenarioFile(JSON.stringify(file)).run.sources.map((s) => s.label)).toEqual(['ok']);
  });
});
