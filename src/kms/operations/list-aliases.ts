import { aliasArn } from '../ids';
import { PREDEFINED_AWS_ALIASES } from './alias-common';
import { apiDoc, checkRange, paginate } from './shared';
import type { OperationDefinition } from './types';

/** ListAliases: aliases in the account and Region, optionally only those of one key. */
export const listAliases: OperationDefinition<{ KeyId?: string; Limit?: number; Marker?: string }> = {
  name: 'ListAliases',
  docUrl: apiDoc('ListAliases'),
  description:
    'Lists aliases in the account and Region, including AWS managed key aliases (some have no key until a service first uses KMS).',
  action: 'kms:ListAliases',
  target: { kind: 'none' },
  validate: (input) => checkRange(input, 'Limit', 1, 100),
  run(ctx) {
    const filterKey = ctx.input.KeyId !== undefined ? ctx.resolveKey(ctx.input.KeyId, 'idOrArn') : undefined;
    const real = ctx.engine.listAliases(ctx.accountId, ctx.region);
    const entries: Record<string, unknown>[] = real
      .filter((a) => !filterKey || a.targetKeyId === filterKey.keyId)
      .map((a) => ({
        AliasName: a.aliasName,
        AliasArn: aliasArn(ctx.region, ctx.accountId, a.aliasName),
        TargetKeyId: a.targetKeyId,
        CreationDate: new Date(a.creationDate),
        LastUpdatedDate: new Date(a.lastUpdatedDate),
      }));
    if (!filterKey) {
      // "Some AWS aliases have no KMS key" until the service first uses KMS (docs/kms-facts.md §1.2).
      for (const name of PREDEFINED_AWS_ALIASES)
        if (!real.some((a) => a.aliasName === name)) entries.push({ AliasName: name, AliasArn: aliasArn(ctx.region, ctx.accountId, name) });
    }
    entries.sort((a, b) => String(a.AliasName).localeCompare(String(b.AliasName)));
    const { page, ...rest } = paginate(entries, ctx.input, 50);
    return { Aliases: page, ...rest };
  },
};
