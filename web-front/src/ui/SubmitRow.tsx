import type { ReactNode } from 'react';
import { ProblemMessage } from './ProblemMessage';

/**
 * The end of a form that sends one request: the server's problem if it refused, what was done if it
 * succeeded, and the submit button, disabled while the request is under way.
 */
export function SubmitRow({
  mutation,
  done,
  className = 'button primary',
  children,
}: {
  mutation: { error: unknown; isSuccess: boolean; isPending: boolean };
  done?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <>
      {mutation.error ? <ProblemMessage error={mutation.error} /> : null}
      {done && mutation.isSuccess && <p role="status">{done}</p>}
      <button type="submit" className={className} disabled={mutation.isPending}>
        {children}
      </button>
    </>
  );
}
