/**
 * The app-wide simulated KMS, in workspaces: the learner's own lab, and one workspace per lab
 * challenge (its own IndexedDB database, principals, audit trail and clock). The console, the envelope
 * page and anything else that works on "the learner's keys" goes through here and follows the current
 * workspace; scenarios make their own fresh, seeded instances instead. Import from UI code only: it
 * pulls in the AWS SDK, so lazy-load the pages that use it.
 *
 * - `getAppKms()` (sync) / `loadAppKms()` (after IndexedDB is read, a lab set up): the current workspace's `Kms`.
 * - `getKmsClient(region, accessKeyId?)`: a KMSClient whose calls reach the current simulator and its audit trail.
 * - Workspaces: `currentWorkspaceId()`, `setCurrentWorkspace(id)`, `subscribeWorkspace(fn)`, `labWorkspaceId(labId)`,
 *   `labIdOf(id)`, `getWorkspace(id?)`, `loadWorkspace(id?)`, `resetWorkspace(id?)` (a lab goes back to its starting state),
 *   and the hook `useCurrentWorkspace()`.
 * - Clock of the current workspace: `simulatedNow()`, `getClockOffset()`, `setClockOffset(ms)`, `advanceClock(ms)`,
 *   `resetClock()`, `subscribeClock(fn)`; the own lab's offset is persisted in localStorage `kmslab.clock.offset`.
 * - Reads: `collect(paginator, pick)` (every page of an SDK paginator), `listKeysWithAliases(client)`.
 */
export { getAppKms, getKmsClient, getClockOffset, setClockOffset, advanceClock, resetClock, subscribeClock, simulatedNow } from './app-kms';
export {
  currentWorkspaceId,
  setCurrentWorkspace,
  subscribeWorkspace,
  labWorkspaceId,
  labIdOf,
  type WorkspaceId,
} from './current-workspace';
export { getWorkspace, loadWorkspace, loadAppKms, resetWorkspace, type AppKms, type Workspace } from './workspaces';
export type { SimulatedClock } from './simulated-clock';
export { useCurrentWorkspace } from './use-current-workspace';
export { collect, listKeysWithAliases, type KeyListing } from './reads';
