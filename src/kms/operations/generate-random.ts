import { errors } from '../errors';
import { rejectRecipient } from './crypto-common';
import { apiDoc, checkRange } from './shared';
import { defineAccountOperation } from './types';

/** GenerateRandom: 1–1,024 random bytes (account-level action, no key). */
export const generateRandom = defineAccountOperation({
  name: 'GenerateRandom',
  docUrl: apiDoc('GenerateRandom'),
  description: 'Returns 1 to 1,024 random bytes from the KMS random number generator. Uses no key.',
  action: 'kms:GenerateRandom',
  // Optional in the SDK's model; the simulator asks for it, as it always did.
  required: ['NumberOfBytes'],
  validate(input) {
    checkRange(input, 'NumberOfBytes', 1, 1024);
    rejectRecipient(input);
  },
  run({ input, engine }) {
    if (input.CustomKeyStoreId !== undefined)
      throw errors
        .unsupported('KMS Lab does not simulate custom key stores.')
        .explained('GenerateRandom with CustomKeyStoreId takes the bytes from an AWS CloudHSM cluster, which a browser cannot reach.');
    const out = new Uint8Array(input.NumberOfBytes);
    engine.random(out);
    return { Plaintext: out };
  },
});
