import {
  CreateAliasCommand,
  CreateKeyCommand,
  DescribeKeyCommand,
  ListAliasesCommand,
  ListKeysCommand,
  type ListAliasesCommandOutput,
  type ListKeysCommandOutput,
} from '@aws-sdk/client-kms';
import { ROOT_ACCESS_KEY_ID } from '@/kms';
import { getKmsClient, loadAppKms } from '@/lib/kms-runtime';

/** A KMS key the page can offer for envelope encryption. */
export interface KeyChoice {
  keyId: string;
  arn: string;
  aliases: string[];
  /** The key state as KMS reports it (a string, so states added later still show). */
  state: string;
  description: string;
}

/** Someone the learner can act as. */
export interface PrincipalChoice {
  accessKeyId: string;
  label: string;
}

/**
 * Customer managed symmetric encryption keys in `region` of the root account, listed as root (the
 * listing shows in the audit trail as ListKeys/ListAliases/DescribeKey). AWS managed keys are left
 * out: their policies only allow use through their AWS service.
 */
export async function listSymmetricKeys(region: string): Promise<KeyChoice[]> {
  await loadAppKms();
  const client = getKmsClient(region, ROOT_ACCESS_KEY_ID);
  const ids: string[] = [];
  let marker: string | undefined;
  do {
    const page: ListKeysCommandOutput = await client.send(new ListKeysCommand({ Marker: marker }));
    ids.push(...(page.Keys ?? []).map((k) => k.KeyId!).filter(Boolean));
    marker = page.Truncated ? page.NextMarker : undefined;
  } while (marker);
  const aliases = new Map<string, string[]>();
  marker = undefined;
  do {
    const page: ListAliasesCommandOutput = await client.send(new ListAliasesCommand({ Marker: marker }));
    for (const a of page.Aliases ?? []) {
      if (a.TargetKeyId && a.AliasName) aliases.set(a.TargetKeyId, [...(aliases.get(a.TargetKeyId) ?? []), a.AliasName]);
    }
    marker = page.Truncated ? page.NextMarker : undefined;
  } while (marker);
  const keys: KeyChoice[] = [];
  for (const keyId of ids) {
    const { KeyMetadata: m } = await client.send(new DescribeKeyCommand({ KeyId: keyId }));
    if (!m || m.KeyManager !== 'CUSTOMER' || m.KeySpec !== 'SYMMETRIC_DEFAULT' || m.KeyUsage !== 'ENCRYPT_DECRYPT') continue;
    keys.push({
      keyId,
      arn: m.Arn ?? keyId,
      aliases: aliases.get(keyId) ?? [],
      state: m.KeyState ?? 'Unknown',
      description: m.Description ?? '',
    });
  }
  return keys.sort((a, b) => (a.aliases[0] ?? `~${a.keyId}`).localeCompare(b.aliases[0] ?? `~${b.keyId}`));
}

/** Creates a symmetric encryption key (as root) with the alias `alias/envelope-lab` (or -2, -3...). */
export async function createEnvelopeKey(region: string): Promise<string> {
  await loadAppKms();
  const client = getKmsClient(region, ROOT_ACCESS_KEY_ID);
  const { KeyMetadata } = await client.send(new CreateKeyCommand({ Description: 'Created on the KMS Lab envelope page' }));
  const keyId = KeyMetadata!.KeyId!;
  const taken = new Set<string>();
  const page = await client.send(new ListAliasesCommand({}));
  for (const a of page.Aliases ?? []) if (a.AliasName) taken.add(a.AliasName);
  let name = 'alias/envelope-lab';
  for (let i = 2; taken.has(name); i++) name = `alias/envelope-lab-${i}`;
  await client.send(new CreateAliasCommand({ AliasName: name, TargetKeyId: keyId }));
  return keyId;
}

/** Every principal with an access key: the accounts' roots, then IAM users and roles. */
export async function listPrincipals(): Promise<PrincipalChoice[]> {
  const kms = await loadAppKms();
  const out: PrincipalChoice[] = [];
  for (const accountId of kms.iam.accounts()) {
    const root = kms.iam.rootCredentials(accountId);
    out.push({ accessKeyId: root.accessKeyId, label: `root of account ${accountId}` });
  }
  for (const identity of kms.iam.listIdentities()) {
    const kind = identity.type === 'Role' ? 'role' : 'IAM user';
    for (const accessKeyId of identity.accessKeyIds) out.push({ accessKeyId, label: `${kind} ${identity.name} (${identity.accountId})` });
  }
  return out;
}
