import { signMessage } from '../crypto/signing';
import { KEY_STATES } from '../key-state';
import { dryRunGate } from './crypto-common';
import { checkSignRequest, validateSignInput } from './sign-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** Sign: RSA (PSS, PKCS #1 v1.5) or ECDSA signature of a message (RAW) or of its digest (DIGEST). */
export const sign = defineKeyOperation({
  name: 'Sign',
  docUrl: apiDoc('Sign'),
  description: 'Creates a digital signature with the private key of an asymmetric SIGN_VERIFY key. The private key never leaves KMS.',
  action: 'kms:Sign',
  required: ['KeyId', 'Message', 'SigningAlgorithm'],
  key: { param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: validateSignInput,
  async run({ key, input, engine }) {
    const digest = checkSignRequest(key, input, 'Sign');
    dryRunGate(input);
    const signature = await signMessage(key, input.SigningAlgorithm, input.Message, digest, {
      unwrap: (b) => engine.unwrap(b),
      random: engine.random,
    });
    return { KeyId: key.arn, Signature: signature, SigningAlgorithm: input.SigningAlgorithm };
  },
});
