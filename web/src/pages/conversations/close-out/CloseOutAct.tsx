/** One of the close-out's optional acts: a collapsible section that says when something is filled in. */
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  prompt: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  filled: boolean;
  children: ReactNode;
}

export function CloseOutAct({ id, title, prompt, open, onToggle, filled, children }: Props) {
  return (
    <details className="close-out-act" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary id={id}>
        <span className="act-title">{title}</span>
        {filled && !open ? <span className="badge badge-filled">Filled in</span> : null}
        <span className="act-prompt">{prompt}</span>
      </summary>
      <div className="act-body">{children}</div>
    </details>
  );
}
