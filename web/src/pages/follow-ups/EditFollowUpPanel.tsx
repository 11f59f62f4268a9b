/**
 * Edit an open follow-up in place: what exactly we will bring, and when. A generic wording is refused by the
 * server (422) and explained with suggestions; a colleague's change in the meantime (409) offers a reload.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useUpdateFollowUp, type FollowUp } from '../../api/follow-ups.ts';
import { ConflictNotice } from '../../components/ConflictNotice.tsx';
import { FollowUpFormFields } from './SpecificFollowUpField.tsx';

interface Props {
  followUp: FollowUp;
  onDone: () => void;
  /** Fetches the latest follow-ups (after a 409); the panel starts again from the new version. */
  onReload: () => Promise<unknown>;
}

export function EditFollowUpPanel({ followUp: f, onDone, onReload }: Props) {
  const update = useUpdateFollowUp(f.id);
  const [content, setContent] = useState(f.content);
  const [dueOn, setDueOn] = useState(f.dueOn);
  const [reloading, setReloading] = useState(false);
  const ID = `edit-follow-up-${f.id}`;
  // Opened from its "Edit" button: the cursor goes straight to the text.
  useEffect(() => document.getElementById(`${ID}-content`)?.focus(), [ID]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const changes = { ...(content !== f.content ? { content } : {}), ...(dueOn !== f.dueOn ? { dueOn } : {}) };
    if (Object.keys(changes).length === 0) return onDone();
    update.mutate({ version: f.version, ...changes }, { onSuccess: onDone });
  }

  function reload() {
    setReloading(true);
    void onReload().finally(() => {
      setReloading(false);
      update.reset();
    });
  }

  return (
    <form className="inline-panel edit-follow-up" onSubmit={submit} noValidate aria-label={`Edit the follow-up: ${f.content}`}>
      <ConflictNotice error={update.error} what="follow-up" onReload={reload} reloading={reloading} />
      <FollowUpFormFields idPrefix={ID} content={content} onContentChange={setContent} dueOn={dueOn} onDueOnChange={setDueOn} error={update.error} />
      <div className="inline-actions">
        <button type="submit" className="button button-primary button-small" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onDone}>
          Keep as it is
        </button>
      </div>
    </form>
  );
}
