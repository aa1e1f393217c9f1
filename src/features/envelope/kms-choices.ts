import { CreateAliasCommand, CreateKeyCommand, paginateListAliases, type KMSClient } from '@aws-sdk/client-kms';
import { collect, listKeysWithAliases } from '@/lib/kms-runtime';

/** A KMS key the page can offer for envelope encryption. */
export interface KeyChoice {
  keyId: string;
  arn: string;
  aliases: string[];
  /** The key state as KMS reports it (a string, so states added later still show). */
  state: string;
  description: string;
}

/**
 * Customer managed symmetric encryption keys of the client's Region, as the client's principal sees
 * them (ListKeys, ListAliases and DescribeKey show in the audit trail as that principal). AWS managed
 * keys are left out: their policies only allow use through their AWS service.
 */
export async function listSymmetricKeys(client: KMSClient): Promise<KeyChoice[]> {
  const keys: KeyChoice[] = [];
  for (const { metadata: m, aliases } of await listKeysWithAliases(client)) {
    if (m.KeyManager !== 'CUSTOMER' || m.KeySpec !== 'SYMMETRIC_DEFAULT' || m.KeyUsage !== 'ENCRYPT_DECRYPT' || !m.KeyId) continue;
    keys.push({ keyId: m.KeyId, arn: m.Arn ?? m.KeyId, aliases, state: m.KeyState ?? 'Unknown', description: m.Description ?? '' });
  }
  return keys.sort((a, b) => (a.aliases[0] ?? `~${a.keyId}`).localeCompare(b.aliases[0] ?? `~${b.keyId}`));
}

/** Creates a symmetric encryption key with the alias `alias/envelope-lab` (or -2, -3...), as the client's principal. */
export async function createEnvelopeKey(client: KMSClient): Promise<string> {
  const { KeyMetadata } = await client.send(new CreateKeyCommand({ Description: 'Created on the KMS Lab envelope page' }));
  const keyId = KeyMetadata!.KeyId!;
  const taken = new Set((await collect(paginateListAliases({ client }, {}), (p) => p.Aliases)).map((a) => a.AliasName));
  let name = 'alias/envelope-lab';
  for (let i = 2; taken.has(name); i++) name = `alias/envelope-lab-${i}`;
  await client.send(new CreateAliasCommand({ AliasName: name, TargetKeyId: keyId }));
  return keyId;
}
