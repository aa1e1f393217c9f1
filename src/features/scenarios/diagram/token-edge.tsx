import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { usePlayback } from '../player/playback-store';
import { edgeTokenState, type TokenEdge } from './projection';
import { TOKEN_CLASSES, TokenGlyph } from './token-style';

/**
 * The edge's token state as a string ("m:index:pos", "r:index" or ""), so zustand's equality check
 * skips renders on frames where nothing on this edge changed.
 */
function useEdgeTokenKey(data: TokenEdge['data']): string {
  return usePlayback((s) => {
    const state = edgeTokenState(data?.segments ?? [], s.progress);
    if (!state) return '';
    return state.kind === 'moving' ? `m:${state.index}:${state.at.toFixed(4)}` : `r:${state.index}`;
  });
}

const CHIP = 'scn-token nodrag nopan pointer-events-none absolute top-0 left-0 flex items-center gap-1 rounded-full border-2 px-2 py-0.5 text-xs font-semibold whitespace-nowrap shadow-md';

function TokenEdgeView({ id, data, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerStart, markerEnd }: EdgeProps<TokenEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const key = useEdgeTokenKey(data);
  const active = data?.active ?? false;
  const [kind, index, at] = key ? key.split(':') : [];
  const seg = key ? data!.segments[Number(index)]! : undefined;

  let chip = null;
  if (seg && kind === 'm') {
    chip = (
      <div
        data-testid={`token-${id}`}
        data-token-kind={seg.token.kind}
        data-token-state="moving"
        aria-hidden
        className={`${CHIP} ${TOKEN_CLASSES[seg.token.kind]}`}
        style={{ offsetPath: `path('${path}')`, offsetDistance: `${Number(at) * 100}%`, offsetRotate: '0deg', offsetAnchor: 'center' }}
      >
        <TokenGlyph kind={seg.token.kind} />
        {seg.token.label}
      </div>
    );
  } else if (seg) {
    chip = (
      <div
        data-testid={`token-${id}`}
        data-token-kind={seg.token.kind}
        data-token-state="resting"
        aria-hidden
        className={`${CHIP} ${TOKEN_CLASSES[seg.token.kind]}`}
        style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
      >
        <TokenGlyph kind={seg.token.kind} />
        {seg.token.label}
      </div>
    );
  }
  // The arrowhead points the way the current (or last) token went.
  const showMarkers = active && seg;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={active ? 'scn-edge-active' : 'scn-edge'}
        markerEnd={showMarkers && !seg.reverse ? markerEnd : undefined}
        markerStart={showMarkers && seg.reverse ? markerStart : undefined}
        style={active ? { strokeWidth: 3 } : { strokeWidth: 1.5, strokeDasharray: '4 5' }}
      />
      {chip && <EdgeLabelRenderer>{chip}</EdgeLabelRenderer>}
    </>
  );
}

/** A connection between two actors; during its step a labelled token travels along it. */
export const TokenEdgeComponent = memo(TokenEdgeView);
