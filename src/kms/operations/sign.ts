import { signMessage } from '../crypto/signing';
import { KEY_STATES } from '../key-state';
import { dryRunGate } from './crypto-common';
import { checkSignRequest, validateSignInput, type SignInput } from './sign-common';
import { apiDoc } from './shared';
import type { OperationDefinition } from './types';

/** Sign: RSA (PSS, PKCS #1 v1.5) or ECDSA signature of a message (RAW) or of its digest (DIGEST). */
export const sign: OperationDefinition<SignInput> = {
  name: 'Sign',
  docUrl: apiDoc('Sign'),
  description: 'Creates a digital signature with the private key of an asymmetric SIGN_VERIFY key. The private key never leaves KMS.',
  action: 'kms:Sign',
  target: { kind: 'param', param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: (input) => validateSignInput(input, false),
  async run(ctx) {
    const key = ctx.key!;
    const { input } = ctx;
    const digest = checkSignRequest(key, input, 'Sign');
    dryRunGate(input);
    const signature = await signMessage(key, input.SigningAlgorithm, input.Message, digest, {
      unwrap: (b) => ctx.engine.unwrap(b),
      random: ctx.engine.random,
    });
    return { KeyId: key.arn, Signature: signature, SigningAlgorithm: input.SigningAlgorithm };
  },
};
