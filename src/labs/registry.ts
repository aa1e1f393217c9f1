/**
 * The labs' heavy half, a separate entry point (`@/labs/registry`) so pages that only list labs never
 * load it: every definition (text, starting state, checker), setting a lab up in its workspace, and
 * the snapshot a checker grades. The lab page and kms-runtime (lazily) import it.
 */
export { LABS, labById } from './definitions';
export { ensureLabSeeded, readLabState, seedLab, type LabState, type LabWorkspace } from './workspace';
export { takeSnapshot } from './take-snapshot';
