import type { GetPublicKeyResponse } from '@aws-sdk/client-kms';
import { errors } from '../errors';
import { KEY_STATES } from '../key-state';
import { apiDoc, checkGrantTokens, encryptionAlgorithms, signingAlgorithms } from './shared';
import { defineKeyOperation } from './types';

/** GetPublicKey: the DER SubjectPublicKeyInfo of an asymmetric key (the only key bytes a KMS key ever gives out). */
export const getPublicKey = defineKeyOperation({
  name: 'GetPublicKey',
  docUrl: apiDoc('GetPublicKey'),
  description: 'Downloads the public key of an asymmetric key (DER X.509 SubjectPublicKeyInfo) to encrypt or verify outside KMS.',
  action: 'kms:GetPublicKey',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: checkGrantTokens,
  run({ key }) {
    if (!key.asymmetric)
      // AWS's message is not published: a short neutral one, following its key usage messages.
      throw errors
        .unsupported(`${key.arn} key spec is ${key.keySpec} which is not valid for GetPublicKey.`)
        .explained('Only asymmetric (RSA and ECC) keys have a public key; symmetric and HMAC key material never leaves KMS.');
    const out: GetPublicKeyResponse = {
      KeyId: key.arn,
      PublicKey: key.asymmetric.publicKeySpki,
      CustomerMasterKeySpec: key.keySpec,
      KeySpec: key.keySpec,
      KeyUsage: key.keyUsage,
    };
    if (key.keyUsage === 'ENCRYPT_DECRYPT') out.EncryptionAlgorithms = encryptionAlgorithms(key);
    else out.SigningAlgorithms = signingAlgorithms(key.keySpec);
    return out;
  },
});
