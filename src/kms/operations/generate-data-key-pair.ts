import { KEY_STATES } from '../key-state';
import { dryRunGate } from './crypto-common';
import { makeDataKeyPair, validatePairInput, type DataKeyPairInput } from './data-key-pair-common';
import { apiDoc } from './shared';
import type { OperationDefinition } from './types';

/** GenerateDataKeyPair: an RSA or ECC key pair for use outside KMS, private key also encrypted under a symmetric KMS key. */
export const generateDataKeyPair: OperationDefinition<DataKeyPairInput> = {
  name: 'GenerateDataKeyPair',
  docUrl: apiDoc('GenerateDataKeyPair'),
  description:
    'Returns a new asymmetric data key pair: public key, private key in plaintext, and private key encrypted under a symmetric KMS key.',
  action: 'kms:GenerateDataKeyPair',
  target: { kind: 'param', param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: validatePairInput,
  async run(ctx) {
    dryRunGate(ctx.input);
    const p = await makeDataKeyPair(ctx.engine, ctx.key!, ctx.input, 'GenerateDataKeyPair');
    return {
      PrivateKeyCiphertextBlob: p.ciphertext,
      PrivateKeyPlaintext: p.privateKey,
      PublicKey: p.publicKey,
      KeyId: ctx.key!.arn,
      KeyPairSpec: ctx.input.KeyPairSpec,
      KeyMaterialId: p.materialId,
    };
  },
};
