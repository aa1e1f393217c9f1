import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ActorNode } from './projection';
import { TOKEN_CLASSES, TokenGlyph } from './token-style';
import type { ScenarioToken } from '@/scenarios';
import { DIAGRAM_TYPE, KIND_CAPTION, KMS_TEXT, LINE, NODE_PAD } from './layout';

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
function LocalTokens({ tokens, px }: { tokens: ScenarioToken[]; px: number }) {
  if (tokens.length === 0) return null;
  return (
    <div className="absolute top-full left-1/2 mt-2 flex -translate-x-1/2 flex-col items-center gap-1" data-testid="local-tokens">
      {tokens.map((t, i) => (
        <span
          key={i}
          style={{ fontSize: px, lineHeight: LINE.text }}
          className={`scn-token scn-label flex items-center gap-1 rounded-full border-2 px-2 py-0.5 font-semibold whitespace-nowrap shadow-md ${TOKEN_CLASSES[t.kind]}`}
        >
          <TokenGlyph kind={t.kind} style={{ width: px * 1.1, height: px * 1.1 }} />
          {t.label}
        </span>
      ))}
    </div>
  );
}

function ActorNodeView({ data }: NodeProps<ActorNode>) {
  const { actor, kms, focused, local, mode } = data;
  const type = DIAGRAM_TYPE[mode];
  const ring = focused ? 'border-[3px] border-blue-700 dark:border-sky-300' : 'border-[3px] border-slate-400 dark:border-slate-500';
  const pad = { padding: `${NODE_PAD.y}px ${NODE_PAD.x}px` };
  const text = (px: number, line = LINE.text) => ({ fontSize: px, lineHeight: line });
  const caption = 'scn-node-detail scn-label block font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300';

  if (actor.kind === 'kms') {
    return (
      <div
        style={pad}
        className={`scn-node relative flex h-full w-full flex-col rounded-xl bg-sky-50 text-slate-900 [overflow-wrap:anywhere] dark:bg-slate-900 dark:text-slate-50 ${ring}`}
      >
        <Handles />
        <div className="flex flex-wrap items-baseline gap-x-2">
          <span className="scn-node-title scn-label font-bold" style={text(type.title, LINE.title)}>
            {KIND_CAPTION.kms}
          </span>
          <span className="scn-node-detail scn-label text-slate-700 dark:text-slate-300" style={text(type.detail)}>
            {actor.region ?? actor.detail}
          </span>
        </div>
        <div
          style={{ padding: NODE_PAD.hsmPad, marginTop: 6 }}
          className="scn-hsm flex flex-1 flex-col rounded-lg border-2 border-dashed border-slate-700 bg-slate-200/80 dark:border-slate-300 dark:bg-slate-800"
        >
          <span className={caption} style={text(type.caption)}>
            {KMS_TEXT.caption}
          </span>
          <ul>
            {(kms?.keys ?? []).map((k) => (
              <li key={k} className="scn-node-detail scn-label flex items-start gap-1" style={text(type.detail)}>
                <TokenGlyph
                  kind="data-key"
                  className="mt-[0.15em] shrink-0"
                  style={{ width: type.detail * 0.85, height: type.detail * 0.85 }}
                />
                <span>{k}</span>
              </li>
            ))}
          </ul>
          <span className="scn-node-detail scn-label mt-auto text-slate-700 dark:text-slate-300" style={text(type.caption)}>
            {KMS_TEXT.footer}
          </span>
        </div>
        <LocalTokens tokens={local} px={type.chip} />
      </div>
    );
  }

  return (
    <div
      style={pad}
      className={`scn-node relative flex h-full w-full flex-col justify-center rounded-xl bg-white text-slate-900 [overflow-wrap:anywhere] dark:bg-slate-900 dark:text-slate-50 ${ring}`}
    >
      <Handles />
      <span className={caption} style={text(type.caption)}>
        {KIND_CAPTION[actor.kind]}
      </span>
      <span className="scn-node-title scn-label font-bold" style={text(type.title, LINE.title)}>
        {actor.label}
      </span>
      {actor.detail && (
        <span className="scn-node-detail scn-label text-slate-700 dark:text-slate-300" style={text(type.detail)}>
          {actor.detail}
        </span>
      )}
      <LocalTokens tokens={local} px={type.chip} />
    </div>
  );
}

/** An actor box; KMS actors draw the HSM boundary with the keys that stay inside it. */
export const ActorNodeComponent = memo(ActorNodeView);
