import type { LabDefinition, LabFacts } from '@/labs';
import { HsmWrap } from './hsm-wrap';
import { CopyValue } from './ui';

const HOW: Record<'base64' | 'json' | 'text' | 'key-material', string> = {
  base64: 'Paste it into a bytes field set to base64 (for example Decrypt’s ciphertext).',
  json: 'Enter each pair as a row of the encryption context.',
  text: '',
  'key-material': '',
};

/** What the lab gives the learner to work with: ciphertexts, encryption contexts, ARNs. */
export function Handouts({ lab, facts }: { lab: LabDefinition; facts: LabFacts }) {
  const handouts = lab.handouts?.(facts).filter((h) => h.value) ?? [];
  if (handouts.length === 0) return null;
  return (
    <div className="mt-4">
      <h3 className="font-semibold">You are given</h3>
      <ul className="mt-2 space-y-3">
        {handouts.map((h) =>
          h.kind === 'key-material' ? (
            <li key={h.label} className="rounded border border-slate-200 p-3 dark:border-slate-700">
              <HsmWrap label={h.label} material={h.value} />
            </li>
          ) : (
            <li key={h.label} className="rounded border border-slate-200 p-3 dark:border-slate-700">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-semibold">{h.label}</span>
                <CopyValue value={h.value} label={`Copy ${h.kind === 'base64' ? 'base64' : 'value'}`} />
              </div>
              <code className="mt-2 block max-h-32 overflow-y-auto font-mono text-xs break-all" tabIndex={0}>
                {h.value}
              </code>
              {HOW[h.kind] && <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{HOW[h.kind]}</p>}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
