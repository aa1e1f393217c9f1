import { DescribeKeyCommand, paginateListAliases, paginateListKeys, type KeyMetadata, type KMSClient } from '@aws-sdk/client-kms';

/**
 * Every item of a paginated KMS list: walks the SDK's paginator (`paginateListKeys`,
 * `paginateListGrants`, …, which follow `NextMarker` as AWS documents) to the last page.
 */
export async function collect<Page, Item>(pages: AsyncIterable<Page>, items: (page: Page) => Item[] | undefined): Promise<Item[]> {
  const out: Item[] = [];
  for await (const page of pages) out.push(...(items(page) ?? []));
  return out;
}

/** A key as a list shows it: its metadata and the aliases that point at it. */
export interface KeyListing {
  metadata: KeyMetadata;
  aliases: string[];
}

/**
 * The keys of the client's Region as the client's principal sees them: ListKeys, then ListAliases,
 * then DescribeKey for each key, all through the SDK (so each call is authorized and audited like any
 * other). ListKeys failing fails the whole read; a failed ListAliases leaves the aliases out, and a
 * key whose DescribeKey fails is listed with its id only, as the AWS console does.
 */
export async function listKeysWithAliases(client: KMSClient): Promise<KeyListing[]> {
  const keys = await collect(paginateListKeys({ client }, {}), (p) => p.Keys);
  const aliases = await collect(paginateListAliases({ client }, {}), (p) => p.Aliases).catch(() => []);
  const out: KeyListing[] = [];
  for (const { KeyId } of keys) {
    if (!KeyId) continue;
    const metadata = await client.send(new DescribeKeyCommand({ KeyId })).then(
      (d) => d.KeyMetadata ?? { KeyId },
      () => ({ KeyId }),
    );
    const names = aliases.filter((a) => a.TargetKeyId === KeyId && a.AliasName).map((a) => a.AliasName!);
    out.push({ metadata, aliases: names });
  }
  return out;
}
