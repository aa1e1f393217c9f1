/**
 * The app-wide simulated KMS: one instance per tab, persisted in IndexedDB, driven by the lab's
 * simulated clock. The console, the envelope page and anything else that works on "the learner's
 * keys" goes through here; scenarios make their own fresh, seeded instances instead.
 */
import { KMSClient } from '@aws-sdk/client-kms';
import { ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY, createIndexedDbStore, createKms, type Kms } from '@/kms';
import { simNow } from './sim-clock';

export { simNow, clockOffset, advanceClock, resetClock, subscribeClock } from './sim-clock';

/** IndexedDB database that holds the lab's keys (non-extractable CryptoKeys) and metadata. */
export const LAB_DB_NAME = 'kmslab';

type AppKms = ReturnType<typeof createKms>;
let instance: Promise<AppKms> | undefined;

/** The lab's KMS, created and loaded from IndexedDB on first use. */
export function getAppKms(): Promise<AppKms> {
  instance ??= (async () => {
    const kms = createKms({ now: simNow, store: createIndexedDbStore(LAB_DB_NAME) });
    await kms.ready();
    return kms;
  })();
  return instance;
}

const clients = new Map<string, KMSClient>();

/**
 * A real AWS SDK v3 client whose requests go to the simulator, never to the network. The secret key
 * only feeds SigV4 signing; the simulator identifies the caller by the access key id.
 */
export async function getKmsClient(region: string, accessKeyId: string = ROOT_ACCESS_KEY_ID, secretAccessKey?: string): Promise<KMSClient> {
  const kms: Kms = await getAppKms();
  const cacheKey = `${region}|${accessKeyId}`;
  let client = clients.get(cacheKey);
  if (!client) {
    client = new KMSClient({
      region,
      credentials: {
        accessKeyId,
        secretAccessKey: secretAccessKey ?? (accessKeyId === ROOT_ACCESS_KEY_ID ? ROOT_SECRET_ACCESS_KEY : 'kmslab-simulated-secret'),
      },
      maxAttempts: 1,
      requestHandler: kms.requestHandler,
    });
    clients.set(cacheKey, client);
  }
  return client;
}
