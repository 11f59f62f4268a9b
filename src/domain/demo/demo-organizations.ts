/** The demo firm and its clients: ten organisations a small multidisciplinary practice might serve. */
import type { DemoMember, DemoOrganization } from './demo-types.ts';

export const demoFirmName = 'Larkspur & Reed Advisory';

export const demoMembers: DemoMember[] = [
  { key: 'margaret', name: 'Margaret Larkspur', emailLocal: 'margaret', role: 'owner' },
  { key: 'daniel', name: 'Daniel Reed', emailLocal: 'daniel.reed', role: 'member' },
  { key: 'amara', name: 'Amara Osei', emailLocal: 'amara.osei', role: 'member' },
  { key: 'kenji', name: 'Kenji Watanabe', emailLocal: 'kenji.watanabe', role: 'member' },
];

export const demoOrganizations: DemoOrganization[] = [
  {
    key: 'hartwell',
    name: 'Hartwell Precision Castings',
    domain: 'hartwell-castings.example',
    website: 'https://www.hartwell-castings.example',
    industry: 'Manufacturing',
    notes:
      'Family-owned foundry, third generation, about 140 staff on one site. Makes aluminium and bronze castings for pumps, rail and marine. Banks with a regional lender; the overdraft facility carries a working-capital covenant.',
  },
  {
    key: 'northmoor',
    name: 'Northmoor Valley Hospitals Trust',
    domain: 'northmoor-hospitals.example',
    website: 'https://www.northmoor-hospitals.example',
    industry: 'Healthcare',
    notes:
      'Regional hospital trust: two acute sites and a community hospital, roughly 6,000 staff. Our work is with the surgical division and the finance directorate.',
  },
  {
    key: 'quillfeather',
    name: 'Quillfeather',
    domain: 'quillfeather.example',
    website: 'https://quillfeather.example',
    industry: 'Software',
    notes:
      'B2B document-automation software, about 90 people across London and Lisbon. Series B closed two years ago; the founders are planning the next round.',
  },
  {
    key: 'openharbour',
    name: 'Open Harbour Trust',
    domain: 'openharbour.example',
    website: 'https://www.openharbour.example',
    industry: 'Charity',
    notes:
      'Charity housing and supporting young people leaving care or at risk of homelessness. Four houses, a drop-in centre, 35 staff and many volunteers. Funded by grants, a council contract and individual donors.',
  },
  {
    key: 'pemberton',
    name: 'Pemberton Vasquez LLP',
    domain: 'pembertonvasquez.example',
    website: 'https://www.pembertonvasquez.example',
    industry: 'Legal services',
    notes:
      'Eight-partner commercial law firm. A referral partner rather than a client: we send each other work where the other is better placed.',
  },
  {
    key: 'castellan',
    name: 'Castellan Freight',
    domain: 'castellanfreight.example',
    website: 'https://www.castellanfreight.example',
    industry: 'Logistics',
    notes:
      'Road haulage and contract warehousing: 60 trucks, two depots, about 220 staff. Largest customer is a national grocery chain.',
  },
  {
    key: 'brightside',
    name: 'Brightside Dental Group',
    domain: 'brightsidedental.example',
    website: 'https://www.brightsidedental.example',
    industry: 'Healthcare (dental)',
    notes:
      'Eight dental practices founded by one dentist, now with a practice-manager layer and a small head office. Mix of private and state-funded patients.',
  },
  {
    key: 'ashbourne',
    name: 'Ashbourne City Council — Housing Services',
    domain: 'ashbourne.gov.example',
    website: 'https://www.ashbourne.gov.example/housing',
    industry: 'Local government',
    notes:
      "The council's housing department: homelessness prevention, temporary accommodation and allocations. Procurement goes through the council's framework; anything over the threshold needs a cabinet decision.",
  },
  {
    key: 'coldwater',
    name: 'Coldwater Ridge Estate',
    domain: 'coldwaterridge.example',
    website: 'https://www.coldwaterridge.example',
    industry: 'Wine and hospitality',
    notes:
      'Family winery: 40 hectares of vines, a cellar door and a small restaurant. Exports a sparkling wine. Two generations in the business.',
  },
  {
    key: 'tallyline',
    name: 'Tallyline',
    domain: 'tallyline.example',
    website: 'https://tallyline.example',
    industry: 'Financial technology',
    notes:
      'Payments and invoicing app for tradespeople and small businesses. About 45 staff. Operates under an e-money licence; client money must be safeguarded.',
  },
];
