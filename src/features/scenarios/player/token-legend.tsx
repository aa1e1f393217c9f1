import { TOKEN_KINDS, TOKEN_KIND_LABELS } from '@/scenarios';
import { TOKEN_CLASSES, TokenGlyph } from '../diagram/token-style';

/** The diagram's visual grammar, explained once. */
export function TokenLegend() {
  return (
    <div className="text-sm">
      <h2 className="sr-only">Legend</h2>
      <ul className="flex flex-wrap gap-2" aria-label="Legend">
        {TOKEN_KINDS.map((kind) => (
          <li
            key={kind}
            className={`inline-flex items-center gap-1 rounded-full border-2 px-2 py-0.5 text-xs font-semibold ${TOKEN_CLASSES[kind]}`}
          >
            <TokenGlyph kind={kind} />
            {TOKEN_KIND_LABELS[kind]}
          </li>
        ))}
        <li className="inline-flex items-center gap-1 rounded-full border-2 border-dashed border-slate-700 px-2 py-0.5 text-xs font-semibold dark:border-slate-300">
          Dashed box: HSM boundary
        </li>
      </ul>
    </div>
  );
}
