import { verifySignature } from '../crypto/signing';
import { errors } from '../errors';
import { KEY_STATES } from '../key-state';
import { dryRunGate } from './crypto-common';
import { checkSignRequest, validateSignInput } from './sign-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** Verify: checks a signature; an invalid one is KMSInvalidSignatureException (no message), as AWS. */
export const verify = defineKeyOperation({
  name: 'Verify',
  docUrl: apiDoc('Verify'),
  description: "Checks a digital signature with the key's public key inside KMS. Anyone with the public key can also verify outside KMS.",
  action: 'kms:Verify',
  required: ['KeyId', 'Message', 'Signature', 'SigningAlgorithm'],
  key: { param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: validateSignInput,
  async run({ key, input }) {
    const digest = checkSignRequest(key, input, 'Verify');
    dryRunGate(input);
    const ok = await verifySignature(key, input.SigningAlgorithm, input.Message, digest, input.Signature);
    if (!ok) throw errors.invalidSignature();
    return { KeyId: key.arn, SignatureValid: true, SigningAlgorithm: input.SigningAlgorithm };
  },
});
