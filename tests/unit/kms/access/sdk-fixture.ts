/**
 * A simulator with the access layer, and real @aws-sdk/client-kms clients per principal, for the
 * access-control table tests. Every call goes through the SDK's SigV4 signing and the wire handler.
 */
import { KMSClient } from '@aws-sdk/client-kms';
import { createKms, type Kms } from '@/kms/create-kms';
import { createAccessLayer, type AuditTrail, type Iam } from '@/kms/access';
import { ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY } from '@/kms/ids';
import { createSeededRandom } from '@/kms/random';

export const ACCOUNT = '111122223333';
export const OTHER = '444455556666';
export const REGION = 'us-east-1';

export type LabKms = Kms<Iam, AuditTrail>;

/** A fresh simulator with a fixed clock and seeded randomness. */
export function makeKms(): LabKms {
  let t = Date.UTC(2026, 0, 15, 9, 30);
  return createKms({ access: (core) => createAccessLayer(core), now: () => (t += 1000), random: createSeededRandom('access-table') });
}

/** An SDK client that signs with the given credentials. */
export function clientFor(kms: LabKms, creds: { accessKeyId: string; secretAccessKey: string }): KMSClient {
  return new KMSClient({ region: REGION, requestHandler: kms.requestHandler, credentials: creds, maxAttempts: 1 });
}

/** The default account's root client. */
export function rootClient(kms: LabKms): KMSClient {
  return clientFor(kms, { accessKeyId: ROOT_ACCESS_KEY_ID, secretAccessKey: ROOT_SECRET_ACCESS_KEY });
}

/** Runs a promise that must fail, returning the error (name, AWS's message, KMS Lab's explanation). */
export async function failure(p: Promise<unknown>): Promise<{ name: string; message: string; kmsLabExplanation?: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as Error & { kmsLabExplanation?: string };
    return { name: err.name, message: err.message, kmsLabExplanation: err.kmsLabExplanation };
  }
  throw new Error('expected the call to fail');
}

/** An identity policy allowing `actions` on `resource`, optionally with a Condition. */
export function allow(actions: string | string[], resource: string, condition?: object): object {
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AllowKeyUse', Effect: 'Allow', Action: actions, Resource: resource, ...(condition ? { Condition: condition } : {}) },
    ],
  };
}
