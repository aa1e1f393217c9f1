/**
 * Hands-on lab challenges. This index is the light half: the catalog (titles, topics, difficulty)
 * and the types. The definitions, seeding and snapshots are in `@/labs/registry`, loaded only by the
 * pages that run a lab. See README.md.
 */
export { LAB_CATALOG, labInfo, type LabDifficulty, type LabInfo } from './catalog';
export type { LabCondition, LabDefinition, LabFacts, LabHandout, LabSetupContext, LabSolution } from './model';
export type { LabSnapshot, SnapshotAlias, SnapshotEvent, SnapshotGrant, SnapshotKey, SnapshotPrincipal } from './snapshot';
export { emptySnapshot } from './snapshot';
export { OAEP_WRAPPINGS, wrapKeyMaterial, type OaepWrapping } from './wrap-key-material';
