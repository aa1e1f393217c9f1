import { useEffect, useState } from 'react';
import type { AppKms } from '@/lib/kms-runtime';

/** Someone the learner can act as: an account root, an IAM user, or a role session. */
export interface LabPrincipal {
  accessKeyId: string;
  /** "root of account 111122223333", "IAM user alice (111122223333)", "IAM role auditor (444455556666)". */
  label: string;
  /** The caller ARN (for a role, its session ARN). */
  arn: string;
  accountId: string;
}

/** Every identity with an access key: each account's root first, then IAM users and roles. */
export function listPrincipals(kms: AppKms): LabPrincipal[] {
  const out: LabPrincipal[] = [];
  for (const accountId of kms.iam.accounts()) {
    const root = kms.iam.rootCredentials(accountId);
    out.push({ accessKeyId: root.accessKeyId, label: `root of account ${accountId}`, arn: root.arn, accountId });
  }
  for (const identity of kms.iam.listIdentities()) {
    const kind = identity.type === 'Role' ? 'IAM role' : 'IAM user';
    for (const accessKeyId of identity.accessKeyIds) {
      out.push({
        accessKeyId,
        label: `${kind} ${identity.name} (${identity.accountId})`,
        arn: identity.arn,
        accountId: identity.accountId,
      });
    }
  }
  return out;
}

/** How to name the caller with this access key id (the id itself when it names nobody, e.g. after a reset). */
export function principalLabel(kms: AppKms, accessKeyId: string): string {
  return listPrincipals(kms).find((p) => p.accessKeyId === accessKeyId)?.label ?? `unknown access key ${accessKeyId}`;
}

/** The principals, kept current as the learner creates or deletes users and roles. */
export function usePrincipals(kms: AppKms | undefined): LabPrincipal[] {
  const [state, setState] = useState(() => ({ kms, list: kms ? listPrincipals(kms) : [] }));
  // A new simulator (first load) is listed during render, not in an effect.
  if (state.kms !== kms) setState({ kms, list: kms ? listPrincipals(kms) : [] });
  useEffect(() => kms?.iam.subscribe(() => setState({ kms, list: listPrincipals(kms) })), [kms]);
  return state.list;
}
