/** Every organisation's practice records, in one list: the loader and the content checks both read it. */
import { ashbournePractices } from './demo-practices-ashbourne.ts';
import { brightsidePractices } from './demo-practices-brightside.ts';
import { castellanPractices } from './demo-practices-castellan.ts';
import { coldwaterPractices } from './demo-practices-coldwater.ts';
import { hartwellPractices } from './demo-practices-hartwell.ts';
import { northmoorPractices } from './demo-practices-northmoor.ts';
import { openHarbourPractices } from './demo-practices-openharbour.ts';
import { pembertonPractices } from './demo-practices-pemberton.ts';
import { quillfeatherPractices } from './demo-practices-quillfeather.ts';
import { tallylinePractices } from './demo-practices-tallyline.ts';
import type { DemoPractices } from './demo-practice-types.ts';

export const demoPractices: DemoPractices[] = [
  hartwellPractices,
  northmoorPractices,
  quillfeatherPractices,
  openHarbourPractices,
  pembertonPractices,
  castellanPractices,
  brightsidePractices,
  ashbournePractices,
  coldwaterPractices,
  tallylinePractices,
];
