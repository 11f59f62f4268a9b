/**
 * What goes into "what I heard": a box per part of the notes that has something in it (confidential parts
 * and our summary marked, and left out unless ticked), and the recap itself — drafted from the ticked parts,
 * the client's words first, and editable. Once edited, ticking no longer rewrites it; "Redraft from notes" does.
 */
import { shareLimits } from '../../../../src/common/client-side.ts';
import { privateRecapParts, recapHeadings, type RecapPart } from '../../../../src/common/recap-draft.ts';
import { TextArea } from '../../components/Field.tsx';
import { facetLabels } from '../../lib/vocabulary.ts';

/** The professional's own name for a part (the pad's label); the client reads `recapHeadings`. */
const partLabel = (part: RecapPart) => (part === 'summary' ? 'Our summary' : facetLabels[part].label);

interface Props {
  id: string;
  /** The parts with something in them, in the pad's order. */
  available: readonly RecapPart[];
  ticked: readonly RecapPart[];
  onTick: (part: RecapPart, on: boolean) => void;
  text: string;
  onText: (text: string) => void;
  /** The professional changed the text by hand (ticks then leave it alone). */
  edited: boolean;
  onRedraft: () => void;
  error?: string;
}

export function RecapFields({ id, available, ticked, onTick, text, onText, edited, onRedraft, error }: Props) {
  return (
    <>
      {available.length > 0 ? (
        <fieldset className="field recap-parts">
          <legend className="label">What to play back</legend>
          <p className="hint">
            Their words come first. Confidential parts and your own summary stay out unless you tick them.
          </p>
          <ul className="plain recap-part-list">
            {available.map((part) => {
              const boxId = `${id}-part-${part}`;
              // Confidential facets, and our summary (our words, not theirs): out unless ticked in.
              const marker = privateRecapParts.includes(part) ? (part === 'summary' ? 'Private to you' : 'Confidential') : null;
              return (
                <li key={part} className={marker ? 'recap-part is-private' : 'recap-part'}>
                  <input id={boxId} type="checkbox" checked={ticked.includes(part)} onChange={(e) => onTick(part, e.target.checked)} aria-describedby={`${boxId}-hint`} />
                  <label htmlFor={boxId}>
                    {partLabel(part)}
                    {marker ? <span className="recap-private">{marker}</span> : null}
                  </label>
                  <span className="recap-part-hint" id={`${boxId}-hint`}>
                    {marker === 'Confidential'
                      ? `Told in confidence, or your reading of them. Out unless ticked; they would read “${recapHeadings[part]}”.`
                      : marker
                        ? `Your words, not theirs. Out unless ticked; they would read “${recapHeadings[part]}”.`
                        : `They read “${recapHeadings[part]}”.`}
                  </span>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : (
        <p className="muted">The notes of this conversation are empty, so there is nothing to draft from: write what you heard below.</p>
      )}
      <TextArea
        id={`${id}-recapText`}
        label="What you heard — as they will read it"
        hint={
          edited
            ? 'You have changed this by hand, so ticking parts above no longer rewrites it.'
            : 'Drafted from the parts you ticked; change anything. They can answer “yes, that’s right” or correct you.'
        }
        className="recap-text"
        rows={10}
        maxLength={shareLimits.recapMax}
        value={text}
        onChange={(e) => onText(e.target.value)}
        error={error}
      />
      {edited && available.length > 0 ? (
        <p className="recap-redraft">
          <button type="button" className="button button-small" onClick={onRedraft}>
            Redraft from notes
          </button>
          <span className="hint"> Replaces your changes with a fresh draft of the ticked parts.</span>
        </p>
      ) : null}
    </>
  );
}
