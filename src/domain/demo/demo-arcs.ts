/** Every organisation's story, in one list: the loader and the content checks both read it. */
import { ashbourneArc } from './demo-arc-ashbourne.ts';
import { brightsideArc } from './demo-arc-brightside.ts';
import { castellanArc } from './demo-arc-castellan.ts';
import { coldwaterArc } from './demo-arc-coldwater.ts';
import { hartwellArc } from './demo-arc-hartwell.ts';
import { northmoorArc } from './demo-arc-northmoor.ts';
import { openHarbourArc } from './demo-arc-openharbour.ts';
import { pembertonArc } from './demo-arc-pemberton.ts';
import { quillfeatherArc } from './demo-arc-quillfeather.ts';
import { tallylineArc } from './demo-arc-tallyline.ts';
import type { DemoArc } from './demo-types.ts';

export const demoArcs: DemoArc[] = [
  hartwellArc,
  northmoorArc,
  quillfeatherArc,
  openHarbourArc,
  pembertonArc,
  castellanArc,
  brightsideArc,
  ashbourneArc,
  coldwaterArc,
  tallylineArc,
];
