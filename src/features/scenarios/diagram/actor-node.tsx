import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ActorNode } from './projection';
import { TOKEN_CLASSES, TokenGlyph } from './token-style';
import type { ScenarioToken } from '@/scenarios';

const SIDES = [
  { id: 'left', position: Position.Left },
  { id: 'right', position: Position.Right },
  { id: 'top', position: Position.Top },
  { id: 'bottom', position: Position.Bottom },
] as const;

/** Invisible connection points on every side, as both source and target, so any layout can connect. */
function Handles() {
  return (
    <>
      {SIDES.map((s) => (
        <Handle key={`s-${s.id}`} type="source" id={s.id} position={s.position} isConnectable={false} className="!opacity-0" />
      ))}
      {SIDES.map((s) => (
        <Handle key={`t-${s.id}`} type="target" id={s.id} position={s.position} isConnectable={false} className="!opacity-0" />
      ))}
    </>
  );
}

/** Tokens an actor works on locally, shown just below its box. */
function LocalTokens({ tokens }: { tokens: ScenarioToken[] }) {
  if (tokens.length === 0) return null;
  return (
    <div className="absolute top-full left-1/2 mt-2 flex -translate-x-1/2 flex-col items-center gap-1" data-testid="local-tokens">
      {tokens.map((t, i) => (
        <span
          key={i}
          className={`scn-token flex items-center gap-1 rounded-full border-2 px-2 py-0.5 text-xs font-semibold whitespace-nowrap shadow-md ${TOKEN_CLASSES[t.kind]}`}
        >
          <TokenGlyph kind={t.kind} />
          {t.label}
        </span>
      ))}
    </div>
  );
}

const KIND_CAPTION: Record<string, string> = { app: 'Application', storage: 'Storage', service: 'AWS service', user: 'IAM principal' };

function ActorNodeView({ data }: NodeProps<ActorNode>) {
  const { actor, kms, focused, local } = data;
  const ring = focused ? 'border-[3px] border-blue-700 dark:border-sky-300' : 'border-2 border-slate-400 dark:border-slate-500';

  if (actor.kind === 'kms') {
    return (
      <div
        className={`scn-node relative flex h-full w-full flex-col rounded-xl bg-sky-50 p-2 text-slate-900 dark:bg-slate-900 dark:text-slate-50 ${ring}`}
      >
        <Handles />
        <div className="flex items-baseline justify-between gap-2">
          <span className="scn-node-title text-sm font-bold">AWS KMS</span>
          <span className="scn-node-detail text-xs text-slate-700 dark:text-slate-300">{actor.region ?? actor.detail}</span>
        </div>
        <div className="mt-1 flex flex-1 flex-col rounded-lg border-2 border-dashed border-slate-700 bg-slate-200/80 p-1.5 dark:border-slate-300 dark:bg-slate-800">
          <span className="scn-node-detail text-[11px] font-semibold tracking-wide text-slate-800 uppercase dark:text-slate-200">
            HSM boundary
          </span>
          <ul className="mt-0.5 space-y-0.5">
            {(kms?.keys ?? []).slice(0, 4).map((k) => (
              <li key={k} className="scn-node-detail flex items-center gap-1 truncate text-xs">
                <TokenGlyph kind="data-key" className="h-3 w-3 shrink-0" />
                <span className="truncate">{k}</span>
              </li>
            ))}
          </ul>
          <span className="scn-node-detail mt-auto text-[11px] text-slate-700 dark:text-slate-300">
            Key material never leaves unencrypted
          </span>
        </div>
        <LocalTokens tokens={local} />
      </div>
    );
  }

  return (
    <div
      className={`scn-node relative flex h-full w-full flex-col justify-center rounded-xl bg-white px-3 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-50 ${ring}`}
    >
      <Handles />
      <span className="scn-node-detail text-[11px] font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
        {KIND_CAPTION[actor.kind]}
      </span>
      <span className="scn-node-title text-sm leading-tight font-bold">{actor.label}</span>
      {actor.detail && <span className="scn-node-detail truncate text-xs text-slate-700 dark:text-slate-300">{actor.detail}</span>}
      <LocalTokens tokens={local} />
    </div>
  );
}

/** An actor box; KMS actors draw the HSM boundary with the keys that stay inside it. */
export const ActorNodeComponent = memo(ActorNodeView);
