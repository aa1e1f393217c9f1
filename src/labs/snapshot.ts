/**
 * A lab workspace as a checker sees it: plain data (no CryptoKeys, no grant tokens, no plaintext),
 * built by `take-snapshot.ts` from the workspace's simulator. Checkers are functions of this value only.
 */
import type { Principal } from '@/kms';
import type { LabFacts } from './model';

/** A KMS key's metadata and settings (one record per account and Region; replicas are their own). */
export interface SnapshotKey {
  accountId: string;
  region: string;
  keyId: string;
  arn: string;
  /** Epoch ms. */
  creationDate: number;
  description: string;
  keyUsage: string;
  keySpec: string;
  keyManager: 'CUSTOMER' | 'AWS';
  origin: string;
  state: string;
  /** Epoch ms, while PendingDeletion. */
  deletionDate?: number;
  pendingWindowInDays?: number;
  multiRegion: boolean;
  multiRegionRole?: 'PRIMARY' | 'REPLICA';
  /** The key policy as JSON text. */
  policy: string;
  /** Unique IDs of the users and roles the policy named when it was saved, by ARN. */
  policyPrincipalIds?: Readonly<Record<string, string>>;
  tags: ReadonlyArray<{ TagKey: string; TagValue: string }>;
  rotationEnabled: boolean;
  rotationPeriodInDays?: number;
  /** Epoch ms of the next automatic rotation, when enabled. */
  nextRotationDate?: number;
  rotations: ReadonlyArray<{ keyMaterialId: string; rotationDate: number; rotationType: 'AUTOMATIC' | 'ON_DEMAND' }>;
  /** Key material versions, oldest first (symmetric keys). */
  materialIds: readonly string[];
  /** For AWS managed keys: the service (`s3`, `ebs`, ...). */
  awsService?: string;
}

/** An alias. */
export interface SnapshotAlias {
  accountId: string;
  region: string;
  /** `alias/...` */
  aliasName: string;
  targetKeyId: string;
}

/** A grant that still exists (retired and revoked grants are gone; the audit trail remembers them). */
export interface SnapshotGrant {
  grantId: string;
  keyArn: string;
  name?: string;
  granteePrincipal: string;
  retiringPrincipal?: string;
  issuingAccount: string;
  operations: readonly string[];
  constraints?: {
    EncryptionContextEquals?: Readonly<Record<string, string>>;
    EncryptionContextSubset?: Readonly<Record<string, string>>;
  };
  creationDate: number;
}

/** An IAM user or role (roles are used through one session, as the simulator's IAM does). */
export interface SnapshotPrincipal {
  type: 'IAMUser' | 'Role';
  /** User ARN or role ARN: what policies name. */
  arn: string;
  name: string;
  accountId: string;
  /** Identity policies attached, as JSON text. */
  policies: ReadonlyArray<{ policyName: string; document: string }>;
  /** The caller as requests see it (a role's session), for evaluating what it may do; absent without an access key. */
  caller?: Principal;
}

/** One audit trail event, trimmed to what graders read. */
export interface SnapshotEvent {
  /** Epoch ms (CloudTrail's eventTime has second precision). */
  time: number;
  /** The operation, e.g. `Decrypt`. */
  name: string;
  region: string;
  /** Caller ARN (a role's session ARN for roles), or the access key id when the caller was unknown. */
  callerArn: string;
  /** For a role session, the role ARN; otherwise the caller ARN. */
  callerPolicyArn: string;
  callerAccountId: string;
  callerType: string;
  /** Set when an AWS service made the call for the caller (`s3.amazonaws.com`). */
  invokedBy?: string;
  /** CloudTrail's requestParameters (camelCase, nothing secret), or null. */
  request: Readonly<Record<string, unknown>> | null;
  /** CloudTrail's responseElements (null for data-plane calls and reads). */
  response: Readonly<Record<string, unknown>> | null;
  /** AWS's exception name when the call failed. */
  errorCode?: string;
  errorMessage?: string;
  /** Key ARNs the call touched. */
  resources: readonly string[];
  /** How each permission check ended (`allowed-by-grant`, `explicit-deny`, ...). */
  outcomes: readonly string[];
  /** Grants that allowed the call. */
  grantIds: readonly string[];
  /** True for events the lab's starting state made before the learner began. */
  fromSetup: boolean;
}

/** Everything a checker may read. */
export interface LabSnapshot {
  /** The workspace's simulated now (epoch ms). */
  now: number;
  /** The main account (the learner's). */
  accountId: string;
  /** Every simulated account (the main one first). */
  accounts: readonly string[];
  keys: readonly SnapshotKey[];
  aliases: readonly SnapshotAlias[];
  grants: readonly SnapshotGrant[];
  principals: readonly SnapshotPrincipal[];
  /** Oldest first. */
  events: readonly SnapshotEvent[];
  /** What the lab's setup recorded (empty when the lab was never set up). */
  facts: LabFacts;
}

/** A snapshot of a workspace where nothing exists yet (tests, and the lab page before loading). */
export function emptySnapshot(now = 0): LabSnapshot {
  return {
    now,
    accountId: '111122223333',
    accounts: ['111122223333'],
    keys: [],
    aliases: [],
    grants: [],
    principals: [],
    events: [],
    facts: {},
  };
}
