import { KEY_STATES } from '../key-state';
import { dryRunGate } from './crypto-common';
import { makeDataKeyPair, validatePairInput } from './data-key-pair-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** GenerateDataKeyPair: an RSA or ECC key pair for use outside KMS, private key also encrypted under a symmetric KMS key. */
export const generateDataKeyPair = defineKeyOperation({
  name: 'GenerateDataKeyPair',
  docUrl: apiDoc('GenerateDataKeyPair'),
  description:
    'Returns a new asymmetric data key pair: public key, private key in plaintext, and private key encrypted under a symmetric KMS key.',
  action: 'kms:GenerateDataKeyPair',
  required: ['KeyId', 'KeyPairSpec'],
  key: { param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: validatePairInput,
  async run({ engine, key, input }) {
    dryRunGate(input);
    const p = await makeDataKeyPair(engine, key, input, 'GenerateDataKeyPair');
    return {
      PrivateKeyCiphertextBlob: p.ciphertext,
      PrivateKeyPlaintext: p.privateKey,
      PublicKey: p.publicKey,
      KeyId: key.arn,
      KeyPairSpec: input.KeyPairSpec,
      KeyMaterialId: p.materialId,
    };
  },
});
