/**
 * "What exactly will you bring?" and when. A generic follow-up is refused by the server (422
 * follow_up_not_specific): its explanation shows here, with suggestions from the conversation's notes as
 * buttons that fill in the text.
 */
import { useEffect, useRef } from 'react';
import { isApiError } from '../../api/errors.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea, TextField } from '../../components/Field.tsx';

/** The server's refusal of a generic follow-up, with its suggestions; null for any other error. */
export function notSpecific(error: unknown): { message: string; suggestions: string[] } | null {
  if (!isApiError(error, 'follow_up_not_specific')) return null;
  const suggestions = (error.details as { suggestions?: unknown } | undefined)?.suggestions;
  return { message: error.message, suggestions: Array.isArray(suggestions) ? suggestions.map(String) : [] };
}

/** Every error but the 422, which this field explains itself (forms pass the rest to ErrorSummary). */
export const otherThanNotSpecific = (error: unknown) => (notSpecific(error) ? null : error);

interface Props {
  idPrefix: string;
  content: string;
  onContentChange: (content: string) => void;
  dueOn: string;
  onDueOnChange: (dueOn: string) => void;
  /** The last save's error: a 422 is explained here; field errors show next to the controls. */
  error: unknown;
  fieldErrors: Record<string, string>;
  /** The server's field paths, e.g. "followUp.content" in a close-out. */
  paths?: { content: string; dueOn: string };
}

export function SpecificFollowUpField({ idPrefix, content, onContentChange, dueOn, onDueOnChange, error, fieldErrors, paths }: Props) {
  const refusal = notSpecific(error);
  const noticeRef = useRef<HTMLDivElement>(null);
  const contentId = `${idPrefix}-content`;
  const contentError = fieldErrors[paths?.content ?? 'content'];
  useEffect(() => {
    if (refusal) noticeRef.current?.focus();
  }, [error]);

  return (
    <div className="specific-follow-up">
      <TextArea
        id={contentId}
        label="What exactly will you bring?"
        hint="Something they will be glad to get: “Send the two client stories about month-end close”, not “check in”."
        rows={2}
        value={content}
        onChange={(e) => onContentChange(e.target.value)}
        error={contentError}
        aria-invalid={refusal || contentError ? true : undefined}
      />
      {refusal ? (
        <div className="notice notice-warning not-specific" role="alert" tabIndex={-1} ref={noticeRef}>
          <h3>Say what exactly you will bring</h3>
          <p>{refusal.message}</p>
          {refusal.suggestions.length ? (
            <>
              <p className="suggestions-intro">From your notes, for example:</p>
              <ul className="suggestions">
                {refusal.suggestions.map((s) => (
                  <li key={s}>
                    <button
                      type="button"
                      className="suggestion"
                      onClick={() => {
                        onContentChange(s);
                        document.getElementById(contentId)?.focus();
                      }}
                    >
                      {s}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      <TextField
        id={`${idPrefix}-dueOn`}
        label="Due"
        type="date"
        className="due-field"
        value={dueOn}
        onChange={(e) => onDueOnChange(e.target.value)}
        error={fieldErrors[paths?.dueOn ?? 'dueOn']}
      />
    </div>
  );
}

/**
 * A follow-up form's fields on their own (new or edit): the error summary for everything but the 422, which
 * the field explains itself, then the content and due day.
 */
export function FollowUpFormFields(props: Omit<Props, 'fieldErrors' | 'paths'>) {
  return (
    <>
      <ErrorSummary
        error={otherThanNotSpecific(props.error)}
        labels={{ content: 'What exactly will you bring', dueOn: 'Due' }}
        idFor={(path) => `${props.idPrefix}-${path}`}
      />
      <SpecificFollowUpField {...props} fieldErrors={fieldErrors(props.error)} />
    </>
  );
}
