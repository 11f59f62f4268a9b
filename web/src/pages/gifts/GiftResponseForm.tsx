/**
 * "How did they respond?": the client's response to a gift and a note, saved with the gift's version
 * (the page remounts it with each new version, so a reload after a conflict starts it afresh).
 */
import { useState, type FormEvent } from 'react';
import { useUpdateGift, type Gift } from '../../api/gifts.ts';
import { isVersionConflict, messageOf } from '../../api/errors.ts';
import { ConflictNotice } from '../../components/ConflictNotice.tsx';
import { TextArea } from '../../components/Field.tsx';
import { giftResponseLabels, giftResponses, type GiftResponse } from './gift-vocabulary.ts';

interface Props {
  gift: Gift;
  onReload: () => void;
  reloading: boolean;
  /** The page remembers a save across the remount the new version causes. */
  saved: boolean;
  onSavedChange: (saved: boolean) => void;
}

export function GiftResponseForm({ gift, onReload, reloading, saved, onSavedChange }: Props) {
  const update = useUpdateGift(gift.id);
  const [response, setResponse] = useState<GiftResponse>(gift.response);
  const [note, setNote] = useState(gift.responseNote ?? '');

  function submit(e: FormEvent) {
    e.preventDefault();
    update.mutate({ version: gift.version, response, responseNote: note.trim() || null }, { onSuccess: () => onSavedChange(true) });
  }

  return (
    <form className="panel response-form" onSubmit={submit} noValidate aria-labelledby="response-title">
      <h2 id="response-title">How did they respond?</h2>
      <ConflictNotice error={update.error} what="gift" onReload={onReload} reloading={reloading} />
      <fieldset className="field channel-field">
        <legend className="sr-only">Their response</legend>
        <div className="segmented">
          {giftResponses.map((r) => (
            <span key={r} className="segment">
              <input
                type="radio"
                id={`gift-response-${r}`}
                name="response"
                checked={response === r}
                onChange={() => {
                  setResponse(r);
                  onSavedChange(false);
                }}
              />
              <label htmlFor={`gift-response-${r}`}>{giftResponseLabels[r]}</label>
            </span>
          ))}
        </div>
      </fieldset>
      <TextArea
        id="gift-responseNote"
        label="What they said or did with it (optional)"
        rows={2}
        value={note}
        onChange={(e) => {
          setNote(e.target.value);
          onSavedChange(false);
        }}
      />
      <div className="inline-actions">
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save response'}
        </button>
        <span role="status" className="saved-note">
          {saved && !update.isPending && !update.error ? 'Saved.' : ''}
        </span>
      </div>
      {update.error && !isVersionConflict(update.error) ? (
        <p className="field-error" role="alert">
          {messageOf(update.error)}
        </p>
      ) : null}
    </form>
  );
}
