import { describe, expect, it } from 'vitest';
import type { EnvelopeHeader } from '@/envelope';
import {
  decryptRequest,
  effectiveKeyId,
  encryptRequest,
  envelopeReducer,
  initialEnvelopeForm,
  type EnvelopeForm,
} from '@/features/envelope/envelope-form';
import type { KeyChoice } from '@/features/envelope/kms-choices';

const key = (keyId: string, state = 'Enabled'): KeyChoice => ({ keyId, arn: `arn:${keyId}`, aliases: [], state, description: '' });

const header = (encryptionContext: Record<string, string>) =>
  ({
    version: 1,
    keyId: 'arn:k',
    wrappedDataKey: new Uint8Array(8),
    chunkSize: 1024,
    noncePrefix: new Uint8Array(4),
    encryptionContext,
  }) as unknown as EnvelopeHeader;

describe('envelope form reducer', () => {
  it('a header read fills the decrypt context from the file; a late answer for a file no longer chosen is dropped', () => {
    const first = { blob: new Blob(['a']), name: 'a.kmslab' };
    const second = { blob: new Blob(['b']), name: 'b.kmslab' };
    let form = envelopeReducer(initialEnvelopeForm(), { type: 'sealed', sealed: first });
    form = envelopeReducer(form, { type: 'sealed', sealed: second });
    const late = envelopeReducer(form, { type: 'header-read', sealed: first, info: { header: header({ team: 'red' }), length: 99 } });
    expect(late).toBe(form);
    form = envelopeReducer(form, { type: 'header-read', sealed: second, info: { header: header({ team: 'blue' }), length: 80 } });
    expect(form.sealedInfo).toMatchObject({ length: 80 });
    expect(form.decRows.map((r) => [r.key, r.value])).toEqual([['team', 'blue']]);
  });

  it('choosing another file clears the old summary and the old problem at once', () => {
    const sealed = { blob: new Blob(['a']), name: 'a.kmslab' };
    let form = envelopeReducer(initialEnvelopeForm(), { type: 'sealed', sealed });
    form = envelopeReducer(form, { type: 'header-read', sealed, info: { error: 'not a KMS Lab envelope file' } });
    form = envelopeReducer(form, { type: 'dec-problem', problem: 'Choose a .kmslab file to decrypt.' });
    form = envelopeReducer(form, { type: 'sealed', sealed: { blob: new Blob(['c']), name: 'c.kmslab' } });
    expect(form.sealedInfo).toBeNull();
    expect(form.decProblem).toBeUndefined();
  });
});

describe('encrypt and decrypt requests', () => {
  const base = initialEnvelopeForm();

  it('say what is missing, in the order a learner fixes it', () => {
    expect(encryptRequest(base, 'k1')).toEqual({ problem: 'Choose a file to encrypt (or switch to typing text).' });
    const text: EnvelopeForm = { ...base, source: 'text', text: 'hello' };
    expect(encryptRequest(text, '')).toEqual({ problem: 'Choose a KMS key, or create one.' });
    const badContext: EnvelopeForm = { ...text, encRows: [{ id: 1, key: '', value: 'orphan' }] };
    expect(encryptRequest(badContext, 'k1')).toEqual({ problem: expect.stringContaining('has no key') as string });
    expect(decryptRequest(base)).toEqual({ problem: 'Choose a .kmslab file to decrypt.' });
  });

  it('typed text is encrypted as text.txt with the context from the rows', () => {
    const request = encryptRequest({ ...base, source: 'text', text: 'hello' }, 'k1');
    expect(request).toMatchObject({ name: 'text.txt', keyId: 'k1', encryptionContext: { purpose: 'study-notes' }, output: 'download' });
  });
});

describe('effectiveKeyId', () => {
  it('keeps the chosen key while it is listed, else prefers an enabled key', () => {
    const keys = [key('disabled', 'Disabled'), key('a'), key('b')];
    expect(effectiveKeyId(keys, 'b')).toBe('b');
    expect(effectiveKeyId(keys, 'gone')).toBe('a');
    expect(effectiveKeyId([key('x', 'PendingDeletion')], '')).toBe('x');
    expect(effectiveKeyId([], 'b')).toBe('');
  });
});
