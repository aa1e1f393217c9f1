/**
 * The simulated AWS KMS: public seam. See README.md (behaviour, ciphertext format) and HANDOFF.md
 * (access-layer hooks).
 */
export {
  ROOT_ACCESS_KEY_ID,
  ROOT_SECRET_ACCESS_KEY,
  DEFAULT_ACCOUNT_ID,
  DEFAULT_REGION,
  KNOWN_REGIONS,
  keyArn,
  aliasArn,
  rootArn,
  parseKeyIdentifier,
} from './ids';
export type { KeyIdentifier } from './ids';
export { createKms, createBareKms } from './with-access';
export type { Kms, CreateKmsOptions } from './with-access';
export type { CallContext, KmsRequestHandler } from './create-kms';
export { createSeededRandom, systemRandom } from './random';
export { createMemoryStore } from './store/memory-store';
export { createIndexedDbStore } from './store/indexeddb-store';
export type { KmsStore } from './store/types';
export { KmsError, isKmsError } from './errors';
export { CIPHERTEXT_REGION_RULE } from './region-explanation';
export { parseCiphertextBlob, BLOB_VERSION } from './ciphertext-blob';
export type { BlobPart, ParsedCiphertextBlob, CiphertextHeader } from './ciphertext-blob';
export { canonicalEncryptionContext } from './encryption-context';
export type { EncryptionContext } from './encryption-context';
export { KMS_OPERATIONS, operationInfo } from './operations/registry';
export type { KmsOperationInfo } from './operations/registry';
export type { KmsOperationName, InputOf, OutputOf, KmsOperationTypes } from './operation-types';
export type {
  OperationDefinition,
  RequestContext,
  KeyContext,
  OperationTarget,
  KeyIdForms,
  OperationInput,
  OperationOutput,
} from './operations/types';
export type {
  AccessCore,
  AccessLayer,
  AuditSink,
  AuthorizationDecision,
  AuthorizationRequest,
  Authorizer,
  RequestRecord,
} from './access-hooks';
export { rootPrincipal } from './principal';
export type { Principal, PrincipalType } from './principal';
export { ALLOW_ALL } from './access-hooks';
export type { KeyRecord, AliasRecord, KeyState, SupportedKeySpec, KeyUsage, RotationRecord, Tag } from './model';
export { KEY_STATES, checkKeyState } from './key-state';
export type { KeyStatePolicy, StateOutcome } from './key-state';
export type { SimulatedServices, ServiceRequest, StoredItem } from './services/services';
export { defaultKeyPolicy, awsManagedKeyPolicy } from './policies';
