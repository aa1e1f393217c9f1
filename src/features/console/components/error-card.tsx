import { Notice } from '@/components/ui';
import { explainError } from '../error-explanations';

/** An AWS error as a learning moment: exception and message as AWS sent them, then why and how to fix it. */
export function ErrorCard({
  name,
  message,
  operation,
  explanation,
}: {
  name: string;
  message: string;
  operation: string;
  /** The simulator's explanation of this particular refusal, shown apart from AWS's message. */
  explanation?: string | undefined;
}) {
  const e = explainError(name, message, operation);
  // The simulator's explanation may end with the same general rule the Why line gives: say it once.
  const own = explanation?.replace(e.why, '').trim();
  return (
    <Notice tone="error">
      <p className="font-mono text-sm font-semibold">{name}</p>
      {/* AWS sends no message for some exceptions (the SDK then says "UnknownError"). */}
      <p className="mt-1 font-mono text-sm break-words">
        {message && message !== 'UnknownError' ? message : '(AWS sends no message with this exception)'}
      </p>
      <h3 className="mt-3 font-semibold">{e.title}</h3>
      {own && (
        <p className="mt-1">
          <strong>In this lab: </strong>
          {own}
        </p>
      )}
      <p className="mt-1">
        <strong>Why: </strong>
        {e.why}
      </p>
      <p className="mt-1">
        <strong>What to do: </strong>
        {e.fix}
      </p>
      <p className="mt-2 text-sm">
        <a href={e.docUrl} target="_blank" rel="noopener noreferrer">
          Read the AWS documentation
        </a>
      </p>
    </Notice>
  );
}
