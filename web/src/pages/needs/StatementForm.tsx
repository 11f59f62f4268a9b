/**
 * Writes the next version of the problem statement: the first one, or a refinement of the current one
 * (text prefilled, working or jointly defined, and why it changed). If a colleague refined it meanwhile
 * (409 problem_statement_stale), their version and what changed are shown and the draft is kept.
 */
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/errors.ts';
import { useAddStatement, useProblemStatements, type ProblemStatement } from '../../api/needs.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { RadioChoices } from './RadioChoices.tsx';
import { practiceLimits, statementOriginLabels, statementOrigins, type StatementOrigin } from './vocabulary.ts';
import { WordDiff } from './WordDiff.tsx';

const labels = { text: 'The problem statement', origin: 'Where this version comes from', reason: 'Why did it change?' };

function StaleNotice({ needId, from, to }: { needId: string; from: number; to: number }) {
  const statements = useProblemStatements(needId);
  const before = statements.data?.items.find((s) => s.version === from);
  const latest = statements.data?.items.find((s) => s.version === to);
  return (
    <div className="notice notice-warning" role="alert">
      <h3>Someone refined the statement while you were writing</h3>
      {latest ? (
        <>
          <p>
            Version {latest.version}
            {latest.createdBy ? ` by ${latest.createdBy.name}` : ''} now reads as follows (changes since the version you started from are marked):
          </p>
          <blockquote className="statement-quote">{before ? <WordDiff before={before.text} after={latest.text} /> : <p>{latest.text}</p>}</blockquote>
        </>
      ) : (
        <p>Loading the latest version…</p>
      )}
      <p>Your draft is kept below. Adjust it if you need to, then save it as the next version.</p>
    </div>
  );
}

interface Props {
  needId: string;
  /** The version being refined; null for the very first statement. */
  base: ProblemStatement | null;
  onDone: () => void;
}

export function StatementForm({ needId, base, onDone }: Props) {
  const add = useAddStatement(needId);
  const [text, setText] = useState(base?.text ?? '');
  const [origin, setOrigin] = useState<StatementOrigin>(base ? 'working' : 'first_stated');
  const [reason, setReason] = useState('');
  const [basedOn, setBasedOn] = useState(base?.version ?? 0);
  const [stale, setStale] = useState<{ from: number; to: number } | null>(null);
  const id = base ? 'refine' : 'first-statement';
  const errors = fieldErrors(add.error);
  const origins = base ? statementOrigins.filter((o) => o !== 'first_stated') : statementOrigins;

  function submit(e: FormEvent) {
    e.preventDefault();
    add.mutate(
      { text, origin, reason: reason.trim() || null, basedOnVersion: basedOn },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (!isApiError(error, 'problem_statement_stale')) return;
          const latest = (error.details as { currentVersion: number }).currentVersion;
          setStale({ from: basedOn, to: latest });
          setBasedOn(latest);
          add.reset();
        },
      },
    );
  }

  return (
    <form className="form statement-form" onSubmit={submit} noValidate aria-label={base ? 'Refine the statement' : 'Write the problem statement'}>
      {stale ? <StaleNotice needId={needId} from={stale.from} to={stale.to} /> : null}
      <ErrorSummary error={add.error} labels={labels} idFor={(path) => (path === 'origin' ? `${id}-origin-${origins[0]}` : `${id}-${path}`)} />
      <TextArea
        id={`${id}-text`}
        label={base ? 'The problem statement' : 'The problem, as they put it'}
        hint={base ? 'Change the words to what you now understand together.' : 'In their words where you can.'}
        rows={4}
        maxLength={practiceLimits.statementMax}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={errors.text}
      />
      <RadioChoices
        id={`${id}-origin`}
        legend="Where this version comes from"
        options={origins.map((o) => ({ value: o, label: statementOriginLabels[o] }))}
        value={origin}
        onChange={setOrigin}
        error={errors.origin}
      />
      {base ? (
        <TextArea
          id={`${id}-reason`}
          label="Why did it change?"
          hint="What you learned, e.g. “The system was a symptom: the board does not trust the numbers.”"
          rows={2}
          maxLength={practiceLimits.reasonMax}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.reason}
        />
      ) : null}
      <FormActions
        pending={add.isPending}
        submitLabel={base ? 'Save the new version' : 'Save the statement'}
        cancel={
          <button type="button" className="button button-quiet" onClick={onDone}>
            Cancel
          </button>
        }
      />
    </form>
  );
}
