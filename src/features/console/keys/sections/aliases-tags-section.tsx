import type { AliasListEntry, KeyMetadata, Tag } from '@aws-sdk/client-kms';
import { useState } from 'react';
import { useLab } from '../../use-lab';
import { useQuery } from '../use-query';
import { TextField } from '../../components/field';
import { Section, button } from './section';

/** The aliases that point at this key in this Region: create and delete. */
export function AliasesSection({ meta }: { meta: KeyMetadata }) {
  const { call, region } = useLab();
  const keyId = meta.KeyId!;
  const [name, setName] = useState('alias/');
  const list = useQuery('ListAliases', { KeyId: keyId });
  const aliases = list?.ok ? ((list.output.Aliases as AliasListEntry[] | undefined) ?? []) : [];
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
      <ul className="space-y-1">
        {aliases.length === 0 && <li>No aliases.</li>}
        {aliases.map((a) => (
          <li key={a.AliasName} className="flex flex-wrap items-center gap-2">
            <span className="font-mono">{a.AliasName}</span>
            {meta.KeyManager !== 'AWS' && (
              <button type="button" className={button} onClick={() => call('DeleteAlias', { AliasName: a.AliasName })}>
                Delete {a.AliasName}
              </button>
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
          <button type="submit" className={button}>
            Create alias
          </button>
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
  const list = useQuery('ListResourceTags', { KeyId: keyId });
  const tags = list?.ok ? ((list.output.Tags as Tag[] | undefined) ?? []) : [];
  return (
    <Section id="tags-title" title="Tags">
      {list && !list.ok && (
        <p className="text-sm">
          {list.error.name}: {list.error.message}
        </p>
      )}
      <ul className="space-y-1">
        {list?.ok && tags.length === 0 && <li>No tags.</li>}
        {tags.map((t) => (
          <li key={t.TagKey} className="flex flex-wrap items-center gap-2">
            <span className="font-mono">
              {t.TagKey} = {t.TagValue}
            </span>
            <button type="button" className={button} onClick={() => call('UntagResource', { KeyId: keyId, TagKeys: [t.TagKey] })}>
              Remove {t.TagKey}
            </button>
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
        <button type="submit" className={button}>
          Add tag
        </button>
      </form>
    </Section>
  );
}
