/**
 * One editable starting point for the client's decision journey in a typical professional-services
 * decision, written in the client's terms. Nothing forces it: the web app shows it for editing first.
 */
import type { StepOwnerSide } from '../../common/practices.ts';

export interface TemplateStep {
  title: string;
  ownerSide: StepOwnerSide;
  /** A suggested date, counted from the day the journey is written down. */
  daysFromStart: number;
}

export const journeyTemplate: readonly TemplateStep[] = [
  { title: 'We agree together what the problem really is', ownerSide: 'both', daysFromStart: 7 },
  { title: 'We share the data and access needed to look at it', ownerSide: 'client', daysFromStart: 14 },
  { title: 'They show us a sample of the work on our own data', ownerSide: 'us', daysFromStart: 28 },
  { title: 'Our team talks it over internally', ownerSide: 'client', daysFromStart: 35 },
  { title: 'We set the budget and how we will choose', ownerSide: 'client', daysFromStart: 42 },
  { title: 'We go through the proposal together', ownerSide: 'both', daysFromStart: 49 },
  { title: 'Our decision-maker decides', ownerSide: 'client', daysFromStart: 56 },
  { title: 'We agree when and how to start', ownerSide: 'both', daysFromStart: 63 },
];
