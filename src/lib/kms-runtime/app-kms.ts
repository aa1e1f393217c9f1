import { KMSClient } from '@aws-sdk/client-kms';
import { ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY } from '@/kms';
import { currentWorkspaceId, subscribeWorkspace } from './current-workspace';
import { getWorkspace, type AppKms } from './workspaces';

/**
 * The simulated KMS of the current workspace (the learner's own lab unless a lab challenge is open),
 * created on first use with IndexedDB persistence and the workspace's clock. Call
 * `await loadAppKms()` before the first request (it loads the saved keys once, and sets a lab up the
 * first time it is opened).
 */
export function getAppKms(): AppKms {
  return getWorkspace().kms;
}

const clients = new Map<string, KMSClient>();

/**
 * A real `@aws-sdk/client-kms` KMSClient whose requests go to the current workspace's simulator (never
 * to the network), as `accessKeyId` in `region`. Every call goes through the wire path, so it shows in
 * the audit trail like a real CloudTrail event.
 *
 * @param region - e.g. 'us-east-1'; keys are per Region, as in AWS
 * @param accessKeyId - the caller; default the account root (ROOT_ACCESS_KEY_ID). The simulator reads
 *   only the access key id (SigV4 signatures are computed but not checked), so any secret works; pass
 *   the one IAM returned when you have it.
 * @param secretAccessKey - optional; defaults to the root secret for the root key, else a placeholder
 */
export function getKmsClient(region: string, accessKeyId: string = ROOT_ACCESS_KEY_ID, secretAccessKey?: string): KMSClient {
  const workspace = currentWorkspaceId();
  const id = `${workspace}\u0000${region}\u0000${accessKeyId}`;
  let client = clients.get(id);
  if (!client) {
    client = new KMSClient({
      region,
      requestHandler: getWorkspace(workspace).kms.requestHandler,
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

// The clock of the current workspace, as the console and the envelope page use it.

/** Milliseconds the current workspace's clock runs ahead of real time. */
export function getClockOffset(): number {
  return getWorkspace().clock.offset();
}

/** Sets the current workspace's clock offset (ms, ≥ 0); prefer {@link advanceClock}. */
export function setClockOffset(ms: number): void {
  getWorkspace().clock.setOffset(ms);
}

/** Moves the current workspace's clock forward by `ms` (ignored unless positive). */
export function advanceClock(ms: number): void {
  getWorkspace().clock.advance(ms);
}

/** Puts the current workspace's clock back to real time. */
export function resetClock(): void {
  getWorkspace().clock.reset();
}

/** The simulated now of the current workspace, in epoch ms. */
export function simulatedNow(): number {
  return getWorkspace().clock.now();
}

/**
 * Calls `listener` whenever the current workspace's clock moves, and when another workspace becomes
 * current (its clock reads differently); returns the unsubscribe function.
 */
export function subscribeClock(listener: () => void): () => void {
  let unsubscribeClock = getWorkspace().clock.subscribe(listener);
  const unsubscribeWorkspace = subscribeWorkspace(() => {
    unsubscribeClock();
    unsubscribeClock = getWorkspace().clock.subscribe(listener);
    listener();
  });
  return () => {
    unsubscribeClock();
    unsubscribeWorkspace();
  };
}
