import type { ScenarioRun } from '@/scenarios/types';

/** A small hand-made run for component tests (the real scenarios need WebCrypto, which jsdom lacks). */
export function fixtureRun(): ScenarioRun {
  const plaintext = new TextEncoder().encode('hello kms');
  const blob = new Uint8Array(40).map((_, i) => i);
  return {
    id: 'fixture',
    title: 'Fixture scenario',
    seed: 'test',
    sources: [{ label: 'Encrypt', url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html' }],
    caveats: [],
    actors: [
      { id: 'app', kind: 'app', label: 'Your application', column: 0, row: 0 },
      { id: 'kms', kind: 'kms', label: 'AWS KMS', region: 'us-east-1', column: 1, row: 0 },
      { id: 'db', kind: 'storage', label: 'Database', column: 0, row: 1 },
    ],
    steps: [
      {
        id: 'create',
        title: 'Create a key',
        narration: 'The app asks KMS for a new key.',
        moves: [{ from: 'app', to: 'kms', token: { kind: 'request', label: 'CreateKey' } }],
        kmsState: { kms: { keys: ['key 1234 (material v1)'] } },
        focus: ['app', 'kms'],
      },
      {
        id: 'encrypt',
        title: 'Encrypt a secret',
        narration: 'The app sends nine bytes; KMS returns a ciphertext blob.',
        moves: [
          {
            from: 'app',
            to: 'kms',
            token: { kind: 'plaintext', label: 'Plaintext 9 B', bytes: { bytes: plaintext, parts: [], text: true } },
          },
          {
            from: 'kms',
            to: 'app',
            token: {
              kind: 'ciphertext',
              label: 'CiphertextBlob 40 B',
              bytes: {
                bytes: blob,
                parts: [
                  { name: 'Header', offset: 0, length: 8, description: 'Magic and version' },
                  { name: 'Tag', offset: 24, length: 16, description: 'GCM tag' },
                ],
              },
            },
          },
        ],
        call: {
          operation: 'Encrypt',
          permission: 'kms:Encrypt',
          region: 'us-east-1',
          caller: 'root',
          input: { KeyId: '1234', Plaintext: '<9 bytes>' },
          outcome: { ok: true, output: { CiphertextBlob: '<40 bytes>' } },
        },
        kmsState: { kms: { keys: ['key 1234 (material v1)'] } },
        focus: ['app', 'kms'],
      },
      {
        id: 'store',
        title: 'Store the ciphertext',
        narration: 'The app writes the blob to its database.',
        moves: [{ from: 'app', to: 'db', token: { kind: 'ciphertext', label: 'CiphertextBlob 40 B', bytes: { bytes: blob, parts: [] } } }],
        kmsState: { kms: { keys: ['key 1234 (material v1)'] } },
        focus: ['app', 'db'],
      },
      {
        id: 'denied',
        title: 'Decrypt is denied',
        narration: 'A caller without kms:Decrypt is refused.',
        moves: [{ from: 'kms', to: 'app', token: { kind: 'error', label: 'AccessDeniedException' } }],
        call: {
          operation: 'Decrypt',
          permission: 'kms:Decrypt',
          region: 'us-east-1',
          caller: 'reporter',
          input: { CiphertextBlob: '<40 bytes>' },
          outcome: { ok: false, errorName: 'AccessDeniedException', message: 'not authorized' },
        },
        kmsState: { kms: { keys: ['key 1234 (material v1)'] } },
        focus: ['kms'],
      },
    ],
  };
}
