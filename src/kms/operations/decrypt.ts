import { errors } from '../errors';
import { KEY_STATES } from '../key-state';
import {
  checkContext,
  decryptWith,
  dryRunGate,
  ENCRYPTION_ALGORITHMS,
  rejectRecipient,
  resolveCiphertextKey,
  type CiphertextSource,
} from './crypto-common';
import { apiDoc, checkEnum, checkGrantTokens, checkLength, requireMember } from './shared';
import type { OperationDefinition } from './types';

type Input = {
  CiphertextBlob: Uint8Array;
  KeyId?: string;
  EncryptionContext?: Record<string, string>;
  EncryptionAlgorithm?: string;
  DryRun?: boolean;
  Recipient?: unknown;
};

/** Decrypt: symmetric ciphertexts name their key; asymmetric ones need KeyId and EncryptionAlgorithm. */
export const decrypt: OperationDefinition<Input> = {
  name: 'Decrypt',
  docUrl: apiDoc('Decrypt'),
  description: 'Decrypts a ciphertext. For symmetric keys the ciphertext says which key and key material to use, so KeyId is optional.',
  action: 'kms:Decrypt',
  target: { kind: 'custom' },
  keyStates: KEY_STATES.use,
  validate(input) {
    requireMember(input, 'CiphertextBlob');
    checkLength(input, 'CiphertextBlob', 1, 6144);
    checkLength(input, 'KeyId', 1, 2048);
    checkEnum(input, 'EncryptionAlgorithm', ENCRYPTION_ALGORITHMS);
    checkContext(input);
    checkGrantTokens(input);
    rejectRecipient(input);
    if (input.EncryptionAlgorithm && input.EncryptionAlgorithm !== 'SYMMETRIC_DEFAULT' && input.KeyId === undefined)
      throw errors.validation('KeyId is required to decrypt with an asymmetric encryption algorithm.');
  },
  resolveKey(ctx) {
    const src = resolveCiphertextKey(ctx, ctx.input.CiphertextBlob, ctx.input.KeyId);
    ctx.scratch.source = src;
    return src.key;
  },
  async run(ctx) {
    const { input } = ctx;
    dryRunGate(input);
    const r = await decryptWith(
      ctx.scratch.source as CiphertextSource,
      input.CiphertextBlob,
      input.EncryptionContext,
      input.EncryptionAlgorithm,
      'Decrypt',
    );
    const out: Record<string, unknown> = { KeyId: ctx.key!.arn, Plaintext: r.plaintext, EncryptionAlgorithm: r.algorithm };
    if (r.materialId) out.KeyMaterialId = r.materialId;
    return out;
  },
};
