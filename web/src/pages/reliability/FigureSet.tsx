/**
 * One side's figures: the rates in plain words, then a card per count, each a link to the commitments
 * it counted (the evidence query the server gives with every count).
 */
import { Link } from '@tanstack/react-router';
import type { Figures } from '../../api/reliability.ts';
import { figureCards, outOf } from './figure-words.ts';

export function FigureSet({ id, title, figures, windowText }: { id: string; title: string; figures: Figures; windowText: string }) {
  const onTime = outOf(figures.keptOnTime, figures);
  const faith = outOf(figures.keptOnTime + figures.renegotiated, figures);
  return (
    <section className="figure-set" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {onTime ? (
        <p className="figure-sentence">
          <strong>Kept on time: {onTime}.</strong> Kept faith (on time, or by a date agreed in good time): {faith}.{' '}
          <Link to="/commitments" search={figures.evidence.resolved}>
            See all {figures.resolved} resolved
          </Link>
        </p>
      ) : (
        <p className="figure-sentence muted">None resolved in {windowText} yet, so there is no rate to give.</p>
      )}
      <ul className="figure-cards">
        {figureCards.map((card) => (
          <li key={card.key}>
            <Link to="/commitments" search={figures.evidence[card.key]} className={`figure-card figure-${card.key}`}>
              <span className="figure-count">{figures[card.key]}</span>
              <span className="figure-label">{card.label}</span>
              <span className="figure-hint">{card.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
