/**
 * Parsing and structural validation of policy documents (key policies and IAM identity policies).
 *
 * Failures come back as values, not exceptions, so the caller chooses the AWS error to raise and
 * nothing is changed when a document is rejected. Messages say where the problem is (JSON position,
 * statement number and Sid) and what to write instead.
 */
import { accountRootArn, isAccountId, parseArn } from './arn';
import { parseConditionOperator, type ConditionOperator } from './condition-operators';

/** Key policies are resource policies (they name principals); identity policies are attached to principals. */
export type PolicyKind = 'key' | 'identity';

/** The principals a statement names. `any` is `"*"` or `{"AWS": "*"}`. */
export interface PrincipalSet {
  any: boolean;
  /** AWS principals, normalised: a bare account ID becomes `arn:aws:iam::<id>:root`. */
  aws: string[];
  service: string[];
  federated: string[];
}

/** One `operator -> key -> values` entry of a Condition block. */
export interface ConditionClause {
  operator: ConditionOperator;
  /** The condition key as written (case preserved for display; compared case-insensitively). */
  key: string;
  values: string[];
}

/** A statement after parsing. `index` is zero-based in the document's Statement list. */
export interface PolicyStatement {
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  principal?: PrincipalSet;
  notPrincipal?: PrincipalSet;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  conditions: ConditionClause[];
}

/** A parsed, structurally valid policy document. */
export interface PolicyDocument {
  version: string;
  id?: string;
  statements: PolicyStatement[];
}

/** The AWS error a rejected document maps to. */
export interface PolicyProblem {
  name: 'MalformedPolicyDocumentException' | 'LimitExceededException' | 'InvalidArnException';
  message: string;
}

/** Result of {@link parsePolicyDocument}: the document plus non-fatal warnings, or the problem. */
export type PolicyParseResult = { ok: true; document: PolicyDocument; warnings: string[] } | { ok: false; problem: PolicyProblem };

/** Key policies may be at most 32 KB. Source: docs/kms-facts.md §1.1 (DG key-policy-overview). */
export const KEY_POLICY_MAX_BYTES = 32_768;

const VERSIONS = new Set(['2012-10-17', '2008-10-17']);
const STATEMENT_FIELDS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);

/** Condition keys the simulator fills in; others parse fine but never have a value. */
export const KNOWN_CONDITION_KEY_PREFIXES = ['kms:encryptioncontext:', 'aws:resourcetag/', 'aws:requesttag/', 'aws:principaltag/'];
export const KNOWN_CONDITION_KEYS = new Set([
  'kms:viaservice',
  'kms:calleraccount',
  'kms:encryptioncontextkeys',
  'kms:requestalias',
  'kms:resourcealiases',
  'kms:keyspec',
  'kms:keyusage',
  'kms:keyorigin',
  'kms:multiregion',
  'kms:multiregionkeytype',
  'kms:grantoperations',
  'kms:grantisforawsresource',
  'kms:granteeprincipal',
  'kms:retiringprincipal',
  'kms:grantconstrainttype',
  'kms:encryptionalgorithm',
  'kms:signingalgorithm',
  'kms:macalgorithm',
  'kms:keyagreementalgorithm',
  'kms:bypasspolicylockoutsafetycheck',
  'kms:reencryptonsamekey',
  'kms:keymanager',
  'kms:datakeypairspec',
  'kms:rotationperiodindays',
  'kms:schedulekeydeletionpendingwindowindays',
  'kms:primaryregion',
  'kms:replicaregion',
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principaltype',
  'aws:username',
  'aws:userid',
  'aws:requestedregion',
  'aws:calledvia',
  'aws:viaawsservice',
  'aws:currenttime',
  'aws:epochtime',
  'aws:securetransport',
  'aws:multifactorauthpresent',
  'aws:tagkeys',
  'aws:sourceip',
]);

class ProblemError extends Error {
  constructor(readonly problem: PolicyProblem) {
    super(problem.message);
  }
}

function malformed(message: string): never {
  throw new ProblemError({ name: 'MalformedPolicyDocumentException', message });
}

/** Line and column (1-based) of a character offset, for error messages. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Engines word JSON errors differently; most include "position N". */
function jsonErrorOffset(message: string): number | undefined {
  const m = /position (\d+)/i.exec(message);
  if (m?.[1]) return Number(m[1]);
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return undefined;
  return undefined;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') malformed('The policy document is empty. Provide a JSON object with a "Statement" list.');
  try {
    return JSON.parse(text);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(raw);
    let where = '';
    if (offset !== undefined) {
      const { line, column } = lineAndColumn(text, offset);
      const near = text.slice(offset, offset + 20).replace(/\s+/g, ' ');
      where = ` at line ${line}, column ${column} (position ${offset})${near ? `, near '${near}'` : ''}`;
    } else {
      const lc = /line (\d+) column (\d+)/i.exec(raw);
      if (lc) where = ` at line ${lc[1]}, column ${lc[2]}`;
    }
    return malformed(
      `The policy is not valid JSON${where}: ${raw.replace(/^JSON\.parse: /, '')}. ` + 'Check for a missing comma, quote or closing brace.',
    );
  }
}

function checkCharacters(text: string): void {
  // Allowed: tab, LF, CR, printable ASCII and printable Latin-1 (docs/kms-facts.md §1.1).
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    const ok = code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff);
    if (!ok) {
      const { line, column } = lineAndColumn(text, i);
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      malformed(
        `The policy contains a character KMS does not accept (U+${hex}) at line ${line}, column ${column}. ` +
          'Key policies may use printable ASCII and Latin-1 characters, tabs and line breaks.',
      );
    }
  }
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function describeStatement(index: number, sid: string | undefined): string {
  return sid ? `Statement ${index + 1} (Sid "${sid}")` : `Statement ${index + 1}`;
}

function stringList(value: unknown, where: string, field: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) malformed(`${where}: "${field}" is an empty list. List at least one value.`);
  return list.map((item) => {
    if (typeof item !== 'string' || item.length === 0) {
      malformed(`${where}: every entry of "${field}" must be a non-empty string.`);
    }
    return item;
  });
}

function parsePrincipal(value: unknown, where: string, field: string): PrincipalSet {
  if (value === '*') return { any: true, aws: [], service: [], federated: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    malformed(`${where}: "${field}" must be "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}.`);
  }
  const set: PrincipalSet = { any: false, aws: [], service: [], federated: [] };
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) malformed(`${where}: "${field}" is empty. Name at least one principal.`);
  for (const [type, raw] of entries) {
    const names = stringList(raw, where, `${field}.${type}`);
    if (type === 'AWS') {
      for (const name of names) {
        if (name === '*') set.any = true;
        else set.aws.push(isAccountId(name) ? accountRootArn(name) : name);
      }
    } else if (type === 'Service') {
      set.service.push(...names);
    } else if (type === 'Federated' || type === 'CanonicalUser') {
      set.federated.push(...names);
    } else {
      malformed(`${where}: unknown principal type "${type}" in "${field}". Use "AWS" or "Service".`);
    }
  }
  return set;
}

function parseConditions(value: unknown, where: string, warnings: string[]): ConditionClause[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    malformed(`${where}: "Condition" must be an object like {"StringEquals": {"kms:CallerAccount": "111122223333"}}.`);
  }
  const clauses: ConditionClause[] = [];
  for (const [opName, block] of Object.entries(value as Record<string, unknown>)) {
    const operator = parseConditionOperator(opName);
    if (!operator) {
      malformed(
        `${where}: "${opName}" is not a condition operator. Use one such as StringEquals, StringLike, ` +
          'ArnLike, Bool, NumericLessThan, optionally with IfExists or a ForAnyValue:/ForAllValues: prefix.',
      );
    }
    if (typeof block !== 'object' || block === null || Array.isArray(block)) {
      malformed(`${where}: the "${opName}" condition must map condition keys to values.`);
    }
    const keys = Object.entries(block as Record<string, unknown>);
    if (keys.length === 0) malformed(`${where}: the "${opName}" condition has no condition keys.`);
    for (const [key, raw] of keys) {
      const list = Array.isArray(raw) ? raw : [raw];
      if (list.length === 0) malformed(`${where}: condition key "${key}" has an empty list of values.`);
      const values = list.map((item) => {
        if (typeof item === 'string') return item;
        if (typeof item === 'number' || typeof item === 'boolean') return String(item);
        return malformed(`${where}: values of condition key "${key}" must be strings, numbers or booleans.`);
      });
      const lower = key.toLowerCase();
      if (!/^[a-z0-9-]+:./i.test(key)) {
        malformed(`${where}: "${key}" is not a condition key. Condition keys look like "kms:ViaService" or "aws:PrincipalArn".`);
      }
      if (!KNOWN_CONDITION_KEYS.has(lower) && !KNOWN_CONDITION_KEY_PREFIXES.some((p) => lower.startsWith(p) && lower.length > p.length)) {
        warnings.push(`${where}: the simulator never sets condition key "${key}", so this condition never matches a request.`);
      }
      clauses.push({ operator, key, values });
    }
  }
  return clauses;
}

function parseStatement(raw: unknown, index: number, kind: PolicyKind, warnings: string[]): PolicyStatement {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    malformed(`Statement ${index + 1} must be a JSON object.`);
  }
  const s = raw as Record<string, unknown>;
  const sid = typeof s.Sid === 'string' ? s.Sid : undefined;
  if (s.Sid !== undefined && typeof s.Sid !== 'string') malformed(`Statement ${index + 1}: "Sid" must be a string.`);
  const where = describeStatement(index, sid);
  for (const field of Object.keys(s)) {
    if (!STATEMENT_FIELDS.has(field)) {
      malformed(`${where}: unknown field "${field}". Statement fields are ${[...STATEMENT_FIELDS].join(', ')}.`);
    }
  }
  if (s.Effect === undefined) malformed(`${where}: "Effect" is missing. Add "Effect": "Allow" or "Effect": "Deny".`);
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') {
    malformed(`${where}: "Effect" must be "Allow" or "Deny" (case-sensitive), not ${JSON.stringify(s.Effect)}.`);
  }
  const statement: PolicyStatement = { index, effect: s.Effect, conditions: [] };
  if (sid !== undefined) statement.sid = sid;

  if (s.Action !== undefined && s.NotAction !== undefined) malformed(`${where}: use "Action" or "NotAction", not both.`);
  if (s.Action === undefined && s.NotAction === undefined) {
    malformed(`${where}: "Action" is missing. List the permissions, e.g. "Action": ["kms:Encrypt", "kms:Decrypt"].`);
  }
  if (s.Action !== undefined) statement.action = stringList(s.Action, where, 'Action');
  if (s.NotAction !== undefined) statement.notAction = stringList(s.NotAction, where, 'NotAction');
  for (const action of [...(statement.action ?? []), ...(statement.notAction ?? [])]) {
    if (action !== '*' && !/^[a-z0-9-]+:[A-Za-z0-9*?]+$/i.test(action)) {
      malformed(`${where}: "${action}" is not an action. Actions look like "kms:Decrypt" or "kms:GenerateDataKey*".`);
    }
    if (action !== '*' && !action.toLowerCase().startsWith('kms:')) {
      warnings.push(`${where}: "${action}" is not a KMS action; it has no effect on KMS requests.`);
    }
  }

  if (s.Resource !== undefined && s.NotResource !== undefined) malformed(`${where}: use "Resource" or "NotResource", not both.`);
  if (s.Resource === undefined && s.NotResource === undefined) {
    malformed(
      `${where}: "Resource" is missing. In a key policy write "Resource": "*" (it means this key); ` +
        'in an IAM policy name key ARNs or "*".',
    );
  }
  if (s.Resource !== undefined) statement.resource = stringList(s.Resource, where, 'Resource');
  if (s.NotResource !== undefined) statement.notResource = stringList(s.NotResource, where, 'NotResource');
  for (const resource of [...(statement.resource ?? []), ...(statement.notResource ?? [])]) {
    if (resource !== '*' && !parseArn(resource)) {
      malformed(`${where}: resource "${resource}" is neither "*" nor an ARN such as arn:aws:kms:us-east-1:111122223333:key/<key-id>.`);
    }
  }

  if (kind === 'key') {
    if (s.Principal !== undefined && s.NotPrincipal !== undefined) malformed(`${where}: use "Principal" or "NotPrincipal", not both.`);
    if (s.Principal === undefined && s.NotPrincipal === undefined) {
      malformed(
        `${where}: "Principal" is missing. A key policy statement must say who it applies to, ` +
          'e.g. "Principal": {"AWS": "arn:aws:iam::111122223333:root"}.',
      );
    }
    if (s.Principal !== undefined) statement.principal = parsePrincipal(s.Principal, where, 'Principal');
    if (s.NotPrincipal !== undefined) statement.notPrincipal = parsePrincipal(s.NotPrincipal, where, 'NotPrincipal');
  } else if (s.Principal !== undefined || s.NotPrincipal !== undefined) {
    malformed(`${where}: an identity policy cannot have "Principal"; it applies to the user or role it is attached to.`);
  }

  if (s.Condition !== undefined) statement.conditions = parseConditions(s.Condition, where, warnings);
  return statement;
}

/**
 * Parses and structurally validates a policy document.
 *
 * Key policies additionally must fit in 32 KB (LimitExceededException) and use only the characters
 * KMS accepts. Principal existence and the lockout safety check need the IAM state and the caller,
 * so they live in `validate-key-policy.ts`.
 */
export function parsePolicyDocument(text: string, kind: PolicyKind): PolicyParseResult {
  const warnings: string[] = [];
  try {
    if (typeof text !== 'string') malformed('The policy must be a JSON string.');
    if (kind === 'key') {
      const size = byteLength(text);
      if (size > KEY_POLICY_MAX_BYTES) {
        throw new ProblemError({
          name: 'LimitExceededException',
          message: `The key policy is ${size} bytes; the limit is ${KEY_POLICY_MAX_BYTES} bytes (32 KB). Remove statements or shorten it.`,
        });
      }
      checkCharacters(text);
    }
    const json = parseJson(text);
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      malformed('The policy must be a JSON object with "Version" and "Statement".');
    }
    const doc = json as Record<string, unknown>;
    for (const field of Object.keys(doc)) {
      if (field !== 'Version' && field !== 'Id' && field !== 'Statement') {
        malformed(`Unknown top-level field "${field}". A policy has "Version", optional "Id" and "Statement".`);
      }
    }
    let version = '2008-10-17';
    if (doc.Version !== undefined) {
      if (typeof doc.Version !== 'string' || !VERSIONS.has(doc.Version)) {
        malformed(`"Version" must be "2012-10-17" (or the older "2008-10-17"), not ${JSON.stringify(doc.Version)}.`);
      }
      version = doc.Version;
    }
    if (doc.Statement === undefined) malformed('"Statement" is missing. A policy needs at least one statement.');
    const rawStatements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    if (rawStatements.length === 0) malformed('"Statement" is an empty list. A policy needs at least one statement.');
    const statements = rawStatements.map((raw, i) => parseStatement(raw, i, kind, warnings));
    const sids = new Set<string>();
    for (const st of statements) {
      if (st.sid === undefined || st.sid === '') continue;
      if (sids.has(st.sid)) {
        // IAM rejects duplicate Sids; for key policies we only warn because the rule is not documented there.
        const message = `Two statements use the Sid "${st.sid}". Give each statement its own Sid.`;
        if (kind === 'identity') malformed(message);
        warnings.push(message);
      }
      sids.add(st.sid);
    }
    const document: PolicyDocument = { version, statements };
    if (doc.Id !== undefined) {
      if (typeof doc.Id !== 'string') malformed('"Id" must be a string.');
      document.id = doc.Id;
    }
    return { ok: true, document, warnings };
  } catch (error) {
    if (error instanceof ProblemError) return { ok: false, problem: error.problem };
    throw error;
  }
}
