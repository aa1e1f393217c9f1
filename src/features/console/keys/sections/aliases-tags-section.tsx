import { paginateListAliases, paginateListResourceTags, type KeyMetadata } from '@aws-sdk/client-kms';
import { useState } from 'react';
import { Button, TextField } from '@/components/ui';
import { collect } from '@/lib/kms-runtime';
import { useConsoleData, useLab } from '../../use-lab';
import { ReadProblem, Section } from './section';

/** The aliases that point at this key in this Region: create and delete. */
export function AliasesSection({ meta }: { meta: KeyMetadata }) {
  const { call, region } = useLab();
  const keyId = meta.KeyId!;
  const [name, setName] = useState('alias/');
  const list = useConsoleData(['ListAliases', keyId], (client) =>
    collect(paginateListAliases({ client }, { KeyId: keyId }), (p) => p.Aliases),
  );
  const aliases = list.status === 'ok' ? list.data : [];
  return (
    <Section
      id="aliases-title"
      title="Aliases"
      intro={
        <p>
          An alias is a friendly name for a key in one Region ({region} here). It can be repointed to another key of the same type without
          changing code.
        </p>
      }
    >
      {list.status === 'error' && <ReadProblem what="The aliases" error={list.error} />}
      <ul className="space-y-1">
        {list.status === 'ok' && aliases.length === 0 && <li>No aliases.</li>}
        {aliases.map((a) => (
          <li key={a.AliasName} className="flex flex-wrap items-center gap-2">
            <span className="font-mono">{a.AliasName}</span>
            {meta.KeyManager !== 'AWS' && (
              <Button size="sm" onClick={() => call('DeleteAlias', { AliasName: a.AliasName })}>
                Delete {a.AliasName}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {meta.KeyManager !== 'AWS' && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void call('CreateAlias', { AliasName: name.trim(), TargetKeyId: keyId });
          }}
        >
          <TextField compact id="alias-name" label="New alias" value={name} onChange={setName} className="font-mono" />
          <Button type="submit" size="sm">
            Create alias
          </Button>
        </form>
      )}
    </Section>
  );
}

/** Tags on the key: add and remove. */
export function TagsSection({ meta }: { meta: KeyMetadata }) {
  const { call } = useLab();
  const keyId = meta.KeyId!;
  const [tagKey, setTagKey] = useState('');
  const [tagValue, setTagValue] = useState('');
  const list = useConsoleData(['ListResourceTags', keyId], (client) =>
    collect(paginateListResourceTags({ client }, { KeyId: keyId }), (p) => p.Tags),
  );
  const tags = list.status === 'ok' ? list.data : [];
  return (
    <Section id="tags-title" title="Tags">
      {list.status === 'error' && <ReadProblem what="The tags" error={list.error} />}
      <ul className="space-y-1">
        {list.status === 'ok' && tags.length === 0 && <li>No tags.</li>}
        {tags.map((t) => (
          <li key={t.TagKey} className="flex flex-wrap items-center gap-2">
            <span className="font-mono">
              {t.TagKey} = {t.TagValue}
            </span>
            <Button size="sm" onClick={() => call('UntagResource', { KeyId: keyId, TagKeys: [t.TagKey] })}>
              Remove {t.TagKey}
            </Button>
          </li>
        ))}
      </ul>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void call('TagResource', { KeyId: keyId, Tags: [{ TagKey: tagKey, TagValue: tagValue }] });
        }}
      >
        <TextField compact id="tag-key" label="Tag key" value={tagKey} onChange={setTagKey} />
        <TextField compact id="tag-value" label="Tag value" value={tagValue} onChange={setTagValue} />
        <Button type="submit" size="sm">
          Add tag
        </Button>
      </form>
    </Section>
  );
}
