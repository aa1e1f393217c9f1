/**
 * The app-wide simulated KMS: one instance per tab (IndexedDB-persisted, on the simulated clock) and
 * SDK clients wired to it. The console, the envelope page and anything else that works on "the
 * learner's keys" goes through here; scenarios make their own fresh, seeded instances instead.
 * Import from UI code only: it pulls in the AWS SDK, so lazy-load the pages that use it.
 *
 * - `getAppKms()` (sync) / `loadAppKms()` (after IndexedDB is read): the shared `Kms`.
 * - `getKmsClient(region, accessKeyId?)`: a KMSClient whose calls reach the simulator and its audit trail.
 * - Clock: `simulatedNow()`, `getClockOffset()`, `setClockOffset(ms)`, `advanceClock(ms)`, `resetClock()`,
 *   `subscribeClock(fn)`; offset persisted in localStorage `kmslab.clock.offset`.
 * - Reads: `collect(paginator, pick)` (every page of an SDK paginator), `listKeysWithAliases(client)`.
 */
export { getAppKms, loadAppKms, getKmsClient } from './app-kms';
export type { AppKms } from './app-kms';
export { getClockOffset, setClockOffset, advanceClock, resetClock, subscribeClock, simulatedNow } from './simulated-clock';
export { collect, listKeysWithAliases, type KeyListing } from './reads';
