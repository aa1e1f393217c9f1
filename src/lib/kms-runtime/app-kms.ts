import { KMSClient } from '@aws-sdk/client-kms';
import { createIndexedDbStore, createKms, ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY, type Kms } from '@/kms';
import { createAccessLayer, type AuditTrail, type Iam } from '@/kms/access';
import { simulatedNow } from './simulated-clock';

/** The IndexedDB database the app's simulator persists to. */
export const APP_KMS_DB_NAME = 'kmslab';

/** The app's KMS, with IAM principals, key policies, grants and the audit trail. */
export type AppKms = Kms<Iam, AuditTrail>;

let appKms: AppKms | undefined;

/**
 * The one simulated KMS the whole app shares (console, envelope page, scenarios that act on the
 * learner's own keys), created on first use with IndexedDB persistence and the simulated clock.
 * Call `await getAppKms().ready()` before the first request (it is idempotent and loads the saved
 * keys once).
 */
export function getAppKms(): AppKms {
  appKms ??= createKms<Iam, AuditTrail>({
    store: createIndexedDbStore(APP_KMS_DB_NAME),
    now: simulatedNow,
    access: (core) => createAccessLayer(core),
  });
  return appKms;
}

/** Resolves once the app's KMS has loaded its saved state. */
export async function loadAppKms(): Promise<AppKms> {
  const kms = getAppKms();
  await kms.ready();
  return kms;
}

const clients = new Map<string, KMSClient>();

/**
 * A real `@aws-sdk/client-kms` KMSClient whose requests go to the app's simulator (never to the
 * network), as `accessKeyId` in `region`. Every call goes through the wire path, so it shows in the
 * audit trail like a real CloudTrail event.
 *
 * @param region - e.g. 'us-east-1'; keys are per Region, as in AWS
 * @param accessKeyId - the caller; default the account root (ROOT_ACCESS_KEY_ID). The simulator reads
 *   only the access key id (SigV4 signatures are computed but not checked), so any secret works; pass
 *   the one IAM returned when you have it.
 * @param secretAccessKey - optional; defaults to the root secret for the root key, else a placeholder
 */
export function getKmsClient(region: string, accessKeyId: string = ROOT_ACCESS_KEY_ID, secretAccessKey?: string): KMSClient {
  const id = `${region}\u0000${accessKeyId}`;
  let client = clients.get(id);
  if (!client) {
    client = new KMSClient({
      region,
      requestHandler: getAppKms().requestHandler,
      // No SDK retries: a simulated throttle or error should show once, as it happened.
      maxAttempts: 1,
      credentials: {
        accessKeyId,
        secretAccessKey:
          secretAccessKey ?? (accessKeyId === ROOT_ACCESS_KEY_ID ? ROOT_SECRET_ACCESS_KEY : 'kmslab-simulated-secret-not-checked'),
      },
    });
    clients.set(id, client);
  }
  return client;
}
