import type { AliasListEntry, KeyMetadata } from '@aws-sdk/client-kms';
import { useEffect, useState } from 'react';
import { useConsoleStore } from '../console-store';
import { query, queryAll } from '../query';

export interface KeyRow {
  metadata: KeyMetadata;
  aliases: string[];
}

export type KeysState = { status: 'loading' } | { status: 'error'; name: string; message: string } | { status: 'ok'; keys: KeyRow[] };

/** The keys of a region with their metadata and aliases, reloaded after every console call. */
export function useKeys(region: string, accessKeyId: string, clockTick: number): KeysState {
  const revision = useConsoleStore((s) => s.revision);
  const [state, setState] = useState<KeysState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void (async () => {
      const keys = await queryAll<{ KeyId: string }>(region, accessKeyId, 'ListKeys', 'Keys');
      if (!keys.ok) return live && setState({ status: 'error', ...keys.error });
      const aliases = await queryAll<AliasListEntry>(region, accessKeyId, 'ListAliases', 'Aliases');
      const aliasList = aliases.ok ? aliases.items : [];
      const rows: KeyRow[] = [];
      for (const k of keys.items) {
        const d = await query(region, accessKeyId, 'DescribeKey', { KeyId: k.KeyId });
        const metadata = d.ok ? (d.output.KeyMetadata as KeyMetadata) : ({ KeyId: k.KeyId } as KeyMetadata);
        rows.push({ metadata, aliases: aliasList.filter((a) => a.TargetKeyId === k.KeyId).map((a) => a.AliasName ?? '') });
      }
      if (live) setState({ status: 'ok', keys: rows });
    })();
    return () => {
      live = false;
    };
  }, [region, accessKeyId, revision, clockTick]);
  return state;
}
