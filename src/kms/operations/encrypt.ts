import { KEY_STATES } from '../key-state';
import { checkContext, dryRunGate, encryptWith, ENCRYPTION_ALGORITHMS } from './crypto-common';
import { apiDoc, checkEnum, checkGrantTokens, checkLength } from './shared';
import { defineKeyOperation } from './types';

/** Encrypt: up to 4,096 bytes under a symmetric or RSA key. */
export const encrypt = defineKeyOperation({
  name: 'Encrypt',
  docUrl: apiDoc('Encrypt'),
  description: 'Encrypts up to 4,096 bytes directly under a KMS key. For more data, use a data key (envelope encryption).',
  action: 'kms:Encrypt',
  required: ['KeyId', 'Plaintext'],
  key: { param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate(input) {
    checkLength(input, 'KeyId', 1, 2048);
    checkLength(input, 'Plaintext', 1, 4096);
    checkEnum(input, 'EncryptionAlgorithm', ENCRYPTION_ALGORITHMS);
    checkContext(input.EncryptionContext, 'encryptionContext');
    checkGrantTokens(input);
  },
  async run({ engine, key, input }) {
    dryRunGate(input);
    const r = await encryptWith(engine, key, input.Plaintext, input.EncryptionContext, input.EncryptionAlgorithm, 'Encrypt');
    return { CiphertextBlob: r.blob, KeyId: key.arn, EncryptionAlgorithm: r.algorithm };
  },
});
