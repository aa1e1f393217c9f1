import { checkKeyState, KEY_STATES } from '../key-state';
import {
  checkContext,
  decryptWith,
  dryRunGate,
  encryptWith,
  ENCRYPTION_ALGORITHMS,
  resolveCiphertextKey,
  type CiphertextSource,
} from './crypto-common';
import { apiDoc, checkEnum, checkGrantTokens, checkLength, requireMember } from './shared';
import type { OperationDefinition } from './types';

type Input = {
  CiphertextBlob: Uint8Array;
  SourceEncryptionContext?: Record<string, string>;
  SourceKeyId?: string;
  DestinationKeyId: string;
  DestinationEncryptionContext?: Record<string, string>;
  SourceEncryptionAlgorithm?: string;
  DestinationEncryptionAlgorithm?: string;
  DryRun?: boolean;
};

/** ReEncrypt: decrypt and encrypt again inside KMS (kms:ReEncryptFrom on the source, kms:ReEncryptTo on the destination). */
export const reEncrypt: OperationDefinition<Input> = {
  name: 'ReEncrypt',
  docUrl: apiDoc('ReEncrypt'),
  description: 'Decrypts a ciphertext and encrypts it again under another key or encryption context, without exposing the plaintext.',
  action: 'kms:ReEncryptFrom',
  extraActions: ['kms:ReEncryptTo'],
  target: { kind: 'custom' },
  keyStates: KEY_STATES.use,
  validate(input) {
    requireMember(input, 'CiphertextBlob');
    requireMember(input, 'DestinationKeyId');
    checkLength(input, 'CiphertextBlob', 1, 6144);
    checkEnum(input, 'SourceEncryptionAlgorithm', ENCRYPTION_ALGORITHMS);
    checkEnum(input, 'DestinationEncryptionAlgorithm', ENCRYPTION_ALGORITHMS);
    checkContext(input, 'SourceEncryptionContext');
    checkContext(input, 'DestinationEncryptionContext');
    checkGrantTokens(input);
  },
  resolveKey(ctx) {
    const src = resolveCiphertextKey(ctx, ctx.input.CiphertextBlob, ctx.input.SourceKeyId);
    ctx.scratch.source = src;
    return src.key;
  },
  async run(ctx) {
    const { input } = ctx;
    const dest = ctx.resolveKey(input.DestinationKeyId);
    await ctx.authorize('kms:ReEncryptTo', dest);
    checkKeyState(dest, KEY_STATES.use);
    dryRunGate(input);
    const d = await decryptWith(
      ctx.scratch.source as CiphertextSource,
      input.CiphertextBlob,
      input.SourceEncryptionContext,
      input.SourceEncryptionAlgorithm,
      'ReEncrypt',
    );
    const e = await encryptWith(
      ctx.engine,
      dest,
      d.plaintext,
      input.DestinationEncryptionContext,
      input.DestinationEncryptionAlgorithm,
      'ReEncrypt',
    );
    d.plaintext.fill(0);
    const out: Record<string, unknown> = {
      CiphertextBlob: e.blob,
      SourceKeyId: ctx.key!.arn,
      KeyId: dest.arn,
      SourceEncryptionAlgorithm: d.algorithm,
      DestinationEncryptionAlgorithm: e.algorithm,
    };
    if (d.materialId) out.SourceKeyMaterialId = d.materialId;
    if (e.materialId) out.DestinationKeyMaterialId = e.materialId;
    return out;
  },
};
