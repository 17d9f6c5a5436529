import type { ReactNode } from 'react';

export function Empty({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p>{message}</p>
      {children}
    </div>
  );
}
