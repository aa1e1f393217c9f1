import type { DecryptResponse } from '@aws-sdk/client-kms';
import { errors } from '../errors';
import { KEY_STATES } from '../key-state';
import type { KeyRecord } from '../model';
import {
  checkContext,
  decryptWith,
  dryRunGate,
  ENCRYPTION_ALGORITHMS,
  rejectRecipient,
  resolveCiphertextKey,
  type CiphertextSource,
} from './crypto-common';
import { apiDoc, checkEnum, checkGrantTokens, checkLength } from './shared';
import { defineResolvingOperation } from './types';

/** Decrypt: symmetric ciphertexts name their key; asymmetric ones need KeyId and EncryptionAlgorithm. */
export const decrypt = defineResolvingOperation({
  name: 'Decrypt',
  docUrl: apiDoc('Decrypt'),
  description: 'Decrypts a ciphertext. For symmetric keys the ciphertext says which key and key material to use, so KeyId is optional.',
  action: 'kms:Decrypt',
  required: ['CiphertextBlob'],
  keyStates: KEY_STATES.use,
  validate(input) {
    checkLength(input, 'CiphertextBlob', 1, 6144);
    checkLength(input, 'KeyId', 1, 2048);
    checkEnum(input, 'EncryptionAlgorithm', ENCRYPTION_ALGORITHMS);
    checkContext(input.EncryptionContext, 'encryptionContext');
    checkGrantTokens(input);
    rejectRecipient(input);
    if (input.EncryptionAlgorithm && input.EncryptionAlgorithm !== 'SYMMETRIC_DEFAULT' && input.KeyId === undefined)
      throw errors
        .validation('KeyId is required when EncryptionAlgorithm is not SYMMETRIC_DEFAULT.')
        .explained('An RSA ciphertext does not say which key made it (a symmetric one does): name the key with KeyId.');
  },
  resolveKey(ctx): { key: KeyRecord; state: CiphertextSource } {
    const source = resolveCiphertextKey(ctx, ctx.input.CiphertextBlob, ctx.input.KeyId);
    return { key: source.key, state: source };
  },
  async run({ input, key, state }) {
    dryRunGate(input);
    const r = await decryptWith(state, input.CiphertextBlob, input.EncryptionContext, input.EncryptionAlgorithm, 'Decrypt');
    const out: DecryptResponse = { KeyId: key.arn, Plaintext: r.plaintext, EncryptionAlgorithm: r.algorithm };
    if (r.materialId) out.KeyMaterialId = r.materialId;
    return out;
  },
});
