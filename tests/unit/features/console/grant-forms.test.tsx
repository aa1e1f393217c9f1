import { describe, expect, it } from 'vitest';
import { OPERATION_FORMS } from '@/features/console/operations/operation-forms';
import { buildInput } from '@/features/console/operations/operations-tab';

const form = (operation: string) => OPERATION_FORMS.find((f) => f.operation === operation)!;

describe('console forms the labs need', () => {
  it('sends grant tokens as a list, split at commas and spaces, and leaves an empty field out', () => {
    const ciphertext = { raw: 'AAEC', encoding: 'base64' as const };
    const built = buildInput(form('Decrypt').fields, { CiphertextBlob: ciphertext, GrantTokens: ' tokA, tokB\ntokC ' });
    expect('input' in built && built.input.GrantTokens).toEqual(['tokA', 'tokB', 'tokC']);
    const without = buildInput(form('Decrypt').fields, { CiphertextBlob: ciphertext });
    expect('input' in without && 'GrantTokens' in without.input).toBe(false);
  });

  it('has RetireGrant (by token, or key and grant id) and UpdateAlias', () => {
    expect(buildInput(form('RetireGrant').fields, { GrantToken: 'tok' })).toEqual({ input: { GrantToken: 'tok' } });
    expect(buildInput(form('RetireGrant').fields, { KeyId: 'k1', GrantId: 'g1' })).toEqual({ input: { KeyId: 'k1', GrantId: 'g1' } });
    expect(buildInput(form('UpdateAlias').fields, { AliasName: 'alias/app-data', TargetKeyId: 'k2' })).toEqual({
      input: { AliasName: 'alias/app-data', TargetKeyId: 'k2' },
    });
  });
});
