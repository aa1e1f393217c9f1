import { KEY_STATES } from '../key-state';
import { dryRunGate } from './crypto-common';
import { makeDataKeyPair, validatePairInput, type DataKeyPairInput } from './data-key-pair-common';
import { apiDoc } from './shared';
import type { OperationDefinition } from './types';

/** GenerateDataKeyPairWithoutPlaintext: public key and encrypted private key only. */
export const generateDataKeyPairWithoutPlaintext: OperationDefinition<DataKeyPairInput> = {
  name: 'GenerateDataKeyPairWithoutPlaintext',
  docUrl: apiDoc('GenerateDataKeyPairWithoutPlaintext'),
  description: 'Returns a new asymmetric data key pair without the plaintext private key: public key plus the encrypted private key.',
  action: 'kms:GenerateDataKeyPairWithoutPlaintext',
  target: { kind: 'param', param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: validatePairInput,
  async run(ctx) {
    dryRunGate(ctx.input);
    const p = await makeDataKeyPair(ctx.engine, ctx.key!, ctx.input, 'GenerateDataKeyPairWithoutPlaintext');
    p.privateKey.fill(0);
    return {
      PrivateKeyCiphertextBlob: p.ciphertext,
      PublicKey: p.publicKey,
      KeyId: ctx.key!.arn,
      KeyPairSpec: ctx.input.KeyPairSpec,
      KeyMaterialId: p.materialId,
    };
  },
};
