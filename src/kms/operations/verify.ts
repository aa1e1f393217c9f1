import { verifySignature } from '../crypto/signing';
import { errors } from '../errors';
import { KEY_STATES } from '../key-state';
import { dryRunGate } from './crypto-common';
import { checkSignRequest, validateSignInput, type SignInput } from './sign-common';
import { apiDoc } from './shared';
import type { OperationDefinition } from './types';

/** Verify: checks a signature; an invalid one is KMSInvalidSignatureException (no message), as AWS. */
export const verify: OperationDefinition<SignInput> = {
  name: 'Verify',
  docUrl: apiDoc('Verify'),
  description: "Checks a digital signature with the key's public key inside KMS. Anyone with the public key can also verify outside KMS.",
  action: 'kms:Verify',
  target: { kind: 'param', param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: (input) => validateSignInput(input, true),
  async run(ctx) {
    const key = ctx.key!;
    const { input } = ctx;
    const digest = checkSignRequest(key, input, 'Verify');
    dryRunGate(input);
    const ok = await verifySignature(key, input.SigningAlgorithm, input.Message, digest, input.Signature!);
    if (!ok) throw errors.invalidSignature();
    return { KeyId: key.arn, SignatureValid: true, SigningAlgorithm: input.SigningAlgorithm };
  },
};
