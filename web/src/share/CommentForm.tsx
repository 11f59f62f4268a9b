/** A comment on the plan or on one step: plain text, kept with the plan and shown back below as text. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { addComment } from './api.ts';
import { Live } from './Live.tsx';
import { blank, usePage, useAct } from './page-context.tsx';
import { TextBox } from './TextBox.tsx';
import { shareLimits } from './words.ts';

interface Props {
  id: string;
  label: string;
  stepId: string | null;
  /** Focus the box when it appears (a step's box opens on "Comment"). */
  autoFocus?: boolean;
  onCancel?: () => void;
  /** Called instead of saying thank you here (a step's box closes and the step says it). */
  onSent?: () => void;
}

export function CommentForm({ id, label, stepId, autoFocus = false, onCancel, onSent }: Props) {
  const { patch } = usePage();
  const [text, setText] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const act = useAct(addComment, (comment) => {
    patch((page) => ({ ...page, comments: [...page.comments, comment] }));
    setText('');
    if (onSent) onSent();
    else setSent('Thank you — your comment is saved, and we will see it.');
  });

  useEffect(() => {
    if (autoFocus) box.current?.focus();
  }, [autoFocus]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSent(null);
    if (!text.trim()) {
      act.setError(blank('Write your comment first, then send it.'));
      box.current?.focus();
      return;
    }
    void act.run(text, stepId);
  };

  return (
    <form className="sp-comment-form" onSubmit={submit} noValidate>
      <TextBox ref={box} id={id} label={label} value={text} onChange={setText} max={shareLimits.commentMax} rows={3} error={act.error} />
      <div className="sp-actions">
        <button type="submit" className="sp-button sp-button-primary" disabled={act.pending}>
          {act.pending ? 'Sending…' : 'Send comment'}
        </button>
        {onCancel ? (
          <button type="button" className="sp-button sp-button-quiet" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
      {onSent ? null : <Live message={sent} />}
    </form>
  );
}
