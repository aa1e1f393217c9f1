/**
 * Hands-on lab challenges: their definitions (starting state, goal, hints, model solution), the pure
 * checkers that grade a snapshot of the lab's simulated KMS, and the adapter that takes the snapshot.
 * See README.md.
 */
export { LABS, labById } from './catalog';
export type { LabCondition, LabDefinition, LabDifficulty, LabFacts, LabHandout, LabSetupContext, LabSolution } from './model';
export type { LabSnapshot, SnapshotAlias, SnapshotEvent, SnapshotGrant, SnapshotKey, SnapshotPrincipal } from './snapshot';
export { emptySnapshot } from './snapshot';
export { takeSnapshot } from './take-snapshot';
export { ensureLabSeeded, readLabState, seedLab, type LabState, type LabWorkspace } from './workspace';
