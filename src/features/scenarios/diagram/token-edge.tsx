import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import { usePlayback } from '../player/playback-store';
import { edgeGeometry } from './edge-path';
import { LINE } from './layout';
import { edgeTokenState, type TokenEdge } from './projection';
import { TOKEN_CLASSES, TokenGlyph } from './token-style';

/**
 * Which of this edge's tokens shows ("m:<index>" travelling, "r:<index>" resting, "" none). It changes
 * only a few times per step, so React re-renders the edge rarely; the travelling chip's position is
 * written straight to its style on every frame (see useTravel).
 */
function useEdgeTokenKey(data: TokenEdge['data']): string {
  return usePlayback((s) => {
    const state = edgeTokenState(data?.segments ?? [], s.progress);
    if (!state) return '';
    return `${state.kind === 'moving' ? 'm' : 'r'}:${state.index}`;
  });
}

/** Where a travelling token is now, as a CSS offset-distance. */
function travelDistance(data: TokenEdge['data'], progress: number): string {
  const state = edgeTokenState(data?.segments ?? [], progress);
  return state?.kind === 'moving' ? `${state.at * 100}%` : '100%';
}

/** Moves the chip along the edge on every progress change without a React render. */
function useTravel(data: TokenEdge['data'], moving: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!moving) return;
    return usePlayback.subscribe((s) => {
      if (ref.current) ref.current.style.offsetDistance = travelDistance(data, s.progress);
    });
  }, [data, moving]);
  return ref;
}

const CHIP =
  'scn-token scn-label nodrag nopan pointer-events-none absolute top-0 left-0 flex items-center gap-1 rounded-full border-2 px-2 py-0.5 font-semibold whitespace-nowrap shadow-md';

function TokenEdgeView({
  id,
  data,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerStart,
  markerEnd,
}: EdgeProps<TokenEdge>) {
  const { path, labelX, labelY } = edgeGeometry(
    { x: sourceX, y: sourceY },
    { x: targetX, y: targetY },
    sourcePosition,
    targetPosition,
    data?.lane,
  );
  const px = data?.chipPx ?? 12;
  const chipStyle = { fontSize: px, lineHeight: LINE.text };
  const key = useEdgeTokenKey(data);
  const active = data?.active ?? false;
  const [kind, index] = key ? key.split(':') : [];
  const seg = key ? data!.segments[Number(index)]! : undefined;
  const travelRef = useTravel(data, kind === 'm');
  const glyph = <TokenGlyph kind={seg?.token.kind ?? 'request'} style={{ width: px * 1.1, height: px * 1.1 }} />;

  let chip = null;
  if (seg && kind === 'm') {
    chip = (
      <div
        ref={travelRef}
        data-testid={`token-${id}`}
        data-token-kind={seg.token.kind}
        data-token-state="moving"
        aria-hidden
        className={`${CHIP} ${TOKEN_CLASSES[seg.token.kind]}`}
        style={{
          ...chipStyle,
          offsetPath: `path('${path}')`,
          offsetDistance: travelDistance(data, usePlayback.getState().progress),
          offsetRotate: '0deg',
          offsetAnchor: 'center',
        }}
      >
        {glyph}
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
        style={{ ...chipStyle, transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
      >
        {glyph}
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
