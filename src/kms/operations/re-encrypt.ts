import type { ReEncryptResponse } from '@aws-sdk/client-kms';
import { checkKeyState, KEY_STATES } from '../key-state';
import type { KeyRecord } from '../model';
import {
  checkContext,
  decryptWith,
  dryRunGate,
  encryptWith,
  ENCRYPTION_ALGORITHMS,
  resolveCiphertextKey,
  type CiphertextSource,
} from './crypto-common';
import { apiDoc, checkEnum, checkGrantTokens, checkLength } from './shared';
import { defineResolvingOperation } from './types';

/** ReEncrypt: decrypt and encrypt again inside KMS (kms:ReEncryptFrom on the source, kms:ReEncryptTo on the destination). */
export const reEncrypt = defineResolvingOperation({
  name: 'ReEncrypt',
  docUrl: apiDoc('ReEncrypt'),
  description: 'Decrypts a ciphertext and encrypts it again under another key or encryption context, without exposing the plaintext.',
  action: 'kms:ReEncryptFrom',
  extraActions: ['kms:ReEncryptTo'],
  required: ['CiphertextBlob', 'DestinationKeyId'],
  keyStates: KEY_STATES.use,
  validate(input) {
    checkLength(input, 'CiphertextBlob', 1, 6144);
    checkEnum(input, 'SourceEncryptionAlgorithm', ENCRYPTION_ALGORITHMS);
    checkEnum(input, 'DestinationEncryptionAlgorithm', ENCRYPTION_ALGORITHMS);
    checkContext(input.SourceEncryptionContext, 'sourceEncryptionContext');
    checkContext(input.DestinationEncryptionContext, 'destinationEncryptionContext');
    checkGrantTokens(input);
  },
  resolveKey(ctx): { key: KeyRecord; state: CiphertextSource } {
    const source = resolveCiphertextKey(ctx, ctx.input.CiphertextBlob, ctx.input.SourceKeyId);
    return { key: source.key, state: source };
  },
  async run(ctx) {
    const { input, engine } = ctx;
    const dest = ctx.resolveKey(input.DestinationKeyId);
    await ctx.authorize('kms:ReEncryptTo', dest);
    checkKeyState(dest, KEY_STATES.use);
    dryRunGate(input);
    const d = await decryptWith(
      ctx.state,
      input.CiphertextBlob,
      input.SourceEncryptionContext,
      input.SourceEncryptionAlgorithm,
      'ReEncrypt',
    );
    const e = await encryptWith(
      engine,
      dest,
      d.plaintext,
      input.DestinationEncryptionContext,
      input.DestinationEncryptionAlgorithm,
      'ReEncrypt',
    );
    d.plaintext.fill(0);
    const out: ReEncryptResponse = {
      CiphertextBlob: e.blob,
      SourceKeyId: ctx.key.arn,
      KeyId: dest.arn,
      SourceEncryptionAlgorithm: d.algorithm,
      DestinationEncryptionAlgorithm: e.algorithm,
    };
    if (d.materialId) out.SourceKeyMaterialId = d.materialId;
    if (e.materialId) out.DestinationKeyMaterialId = e.materialId;
    return out;
  },
});
