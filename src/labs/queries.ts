/**
 * Small, total reads of a {@link LabSnapshot} that checkers share: find a key by alias, a principal by
 * name, the learner's events, an event's encryption context. None of them throws on odd data.
 */
import type { Principal } from '@/kms';
import type { LabCondition } from './model';
import type { LabSnapshot, SnapshotEvent, SnapshotKey, SnapshotPrincipal } from './snapshot';

/** The Region every lab works in unless it says otherwise. */
export const LAB_REGION = 'us-east-1';
/** The second simulated account, for cross-account labs. */
export const PARTNER_ACCOUNT = '444455556666';
const DAY = 86_400_000;

/** A message, or a function that builds it (called only for the outcome that happened, so it may assume it). */
type Message = string | (() => string);

/** A condition, with the message for each outcome. */
export function condition(id: string, label: string, held: boolean, ifHeld: Message, ifNot: Message): LabCondition {
  const message = held ? ifHeld : ifNot;
  return { id, label, held, message: typeof message === 'function' ? message() : message };
}

/** Events the learner caused (not the starting state's), oldest first. */
export function learnerEvents(s: LabSnapshot): SnapshotEvent[] {
  return s.events.filter((e) => !e.fromSetup);
}

/** A request or response field as text ('' unless it is a string). */
export function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** True when the call succeeded. */
export const succeeded = (e: SnapshotEvent): boolean => e.errorCode === undefined;

/** A fact the setup recorded, or '' when missing (a checker then simply finds nothing). */
export function fact(s: LabSnapshot, name: string): string {
  const v = s.facts[name];
  return typeof v === 'string' ? v : '';
}

/** The key an alias points at, in a Region and account (default: the lab Region, the main account). */
export function keyByAlias(s: LabSnapshot, aliasName: string, region = LAB_REGION, accountId = s.accountId): SnapshotKey | undefined {
  const alias = s.aliases.find((a) => a.aliasName === aliasName && a.region === region && a.accountId === accountId);
  return alias ? keyById(s, alias.targetKeyId, region, accountId) : undefined;
}

/** A key by id in a Region and account. */
export function keyById(s: LabSnapshot, keyId: string, region = LAB_REGION, accountId = s.accountId): SnapshotKey | undefined {
  if (!keyId) return undefined;
  return s.keys.find((k) => k.keyId === keyId && k.region === region && k.accountId === accountId);
}

/** Aliases pointing at a key. */
export function aliasesOf(s: LabSnapshot, key: SnapshotKey): string[] {
  return s.aliases
    .filter((a) => a.targetKeyId === key.keyId && a.region === key.region && a.accountId === key.accountId)
    .map((a) => a.aliasName);
}

/** A user or role by name (case-sensitive, as IAM names are) in an account (default: the main one). */
export function principalNamed(s: LabSnapshot, name: string, accountId = s.accountId): SnapshotPrincipal | undefined {
  return s.principals.find((p) => p.name === name && p.accountId === accountId);
}

/**
 * A made-up IAM user, for "what could someone else do" questions (a colleague with no permissions, an
 * administrator of the partner account). Pass its identity policies to the probe.
 */
export function hypotheticalUser(accountId: string, name: string): Principal {
  const arn = `arn:aws:iam::${accountId}:user/${name}`;
  return { type: 'IAMUser', arn, policyArn: arn, accountId, name, principalId: `AIDAKMSLABPROBE${accountId.slice(-5)}` };
}

/** The encryption context a request carried (CloudTrail logs it), or `{}`. */
export function contextOf(e: SnapshotEvent): Record<string, string> {
  const raw = e.request?.encryptionContext;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** True when the event's encryption context has `key` = `value`. */
export function contextHas(e: SnapshotEvent, key: string, value: string): boolean {
  return contextOf(e)[key] === value;
}

/** True when the event touched this key (this Region's record). */
export function touches(e: SnapshotEvent, key: SnapshotKey | undefined): boolean {
  return !!key && e.resources.includes(key.arn);
}

/** Automatic rotations of a key so far, counting any that fell due since the simulator last ran. */
export function automaticRotations(key: SnapshotKey, now: number): number {
  const done = key.rotations.filter((r) => r.rotationType === 'AUTOMATIC').length;
  if (!key.rotationEnabled || key.state !== 'Enabled' || key.nextRotationDate === undefined || key.nextRotationDate > now) return done;
  const period = (key.rotationPeriodInDays ?? 365) * DAY;
  return done + 1 + Math.floor((now - key.nextRotationDate) / period);
}

/** A customer managed, enabled, symmetric encryption key. */
export function isUsableSymmetricKey(key: SnapshotKey | undefined): key is SnapshotKey {
  return (
    !!key &&
    key.keyManager === 'CUSTOMER' &&
    key.keySpec === 'SYMMETRIC_DEFAULT' &&
    key.keyUsage === 'ENCRYPT_DECRYPT' &&
    key.state === 'Enabled'
  );
}
