import { KEY_STATES } from '../key-state';
import { dryRunGate } from './crypto-common';
import { makeDataKeyPair, validatePairInput } from './data-key-pair-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** GenerateDataKeyPairWithoutPlaintext: public key and encrypted private key only. */
export const generateDataKeyPairWithoutPlaintext = defineKeyOperation({
  name: 'GenerateDataKeyPairWithoutPlaintext',
  docUrl: apiDoc('GenerateDataKeyPairWithoutPlaintext'),
  description: 'Returns a new asymmetric data key pair without the plaintext private key: public key plus the encrypted private key.',
  action: 'kms:GenerateDataKeyPairWithoutPlaintext',
  required: ['KeyId', 'KeyPairSpec'],
  key: { param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: validatePairInput,
  async run({ engine, key, input }) {
    dryRunGate(input);
    const p = await makeDataKeyPair(engine, key, input, 'GenerateDataKeyPairWithoutPlaintext');
    p.privateKey.fill(0);
    return {
      PrivateKeyCiphertextBlob: p.ciphertext,
      PublicKey: p.publicKey,
      KeyId: key.arn,
      KeyPairSpec: input.KeyPairSpec,
      KeyMaterialId: p.materialId,
    };
  },
});
