/**
 * The people at the demo firm's clients. Four of them belong to two organisations (board seats,
 * trusteeships, an old family friend). Phones use the fictional ranges (+44 20 7946 0xxx, 555-01xx).
 */
import type { DemoPerson } from './demo-types.ts';

const p = (key: string, fullName: string, emails: string[], phones: string[], affiliations: DemoPerson['affiliations'], notes?: string): DemoPerson => ({
  key,
  fullName,
  emails,
  phones,
  affiliations,
  ...(notes ? { notes } : {}),
});

export const demoPeople: DemoPerson[] = [
  // Hartwell Precision Castings
  p('ruth', 'Ruth Hartwell', ['ruth'], ['+44 20 7946 0112'], [{ org: 'hartwell', title: 'Managing Director' }],
    'Third generation to run the foundry. Prefers a phone call to email, and early mornings.'),
  p('owen', 'Owen Hartwell', ['owen'], ['+44 20 7946 0113'], [{ org: 'hartwell', title: 'Commercial Director' }],
    "Ruth's son. Joined after eight years in automotive sales."),
  p('sunil', 'Sunil Mistry', ['sunil.mistry'], ['+44 20 7946 0114'], [{ org: 'hartwell', title: 'Operations Director' }],
    'Twenty-six years at Hartwell; started on the furnaces.'),
  p('beverley', 'Beverley Clarke', ['bev.clarke', 'accounts'], ['+44 20 7946 0115'], [{ org: 'hartwell', title: 'Financial Controller' }]),
  p('tomasz', 'Tomasz Kowalczyk', ['tomasz.k'], ['+44 20 7946 0116'], [{ org: 'hartwell', title: 'Quality Manager' }]),
  p('martin', 'Martin Castellan', ['martin'], ['+44 20 7946 0217'],
    [{ org: 'castellan', title: 'Chairman' }, { org: 'hartwell', title: 'Non-Executive Director' }],
    "Founded Castellan Freight; old friend of the Hartwell family and on Hartwell's board for twelve years. Introduced us to his son Declan."),

  // Northmoor Valley Hospitals Trust
  p('adaeze', 'Dr Adaeze Nwosu', ['adaeze.nwosu'], ['+44 20 7946 0321'], [{ org: 'northmoor', title: 'Clinical Director, Surgery' }],
    'Colorectal surgeon. Still operates two days a week.'),
  p('graham', 'Graham Whitlock', ['graham.whitlock'], ['+44 20 7946 0322'], [{ org: 'northmoor', title: 'Director of Finance' }]),
  p('lucy', 'Lucy Fairbairn', ['lucy.fairbairn'], ['+44 20 7946 0323'], [{ org: 'northmoor', title: 'Head of Theatres' }]),
  p('mohammed', 'Mohammed Iqbal', ['mohammed.iqbal'], ['+44 20 7946 0324'], [{ org: 'northmoor', title: 'Deputy Chief Operating Officer' }]),
  p('peter', 'Dr Peter Lindgren', ['peter.lindgren'], ['+44 20 7946 0325'], [{ org: 'northmoor', title: 'Consultant Anaesthetist' }]),
  p('rosalind', 'Rosalind Achterberg', ['rosalind.achterberg', 'rosalind@openharbour.example'], ['+44 20 7946 0326'],
    [{ org: 'northmoor', title: 'Non-Executive Director' }, { org: 'openharbour', title: 'Chair of Trustees' }],
    'Retired audit partner. Chairs the audit committee at Northmoor and the trustees at Open Harbour.'),

  // Quillfeather
  p('ines', 'Inês Carvalho', ['ines'], ['+44 20 7946 0431'], [{ org: 'quillfeather', title: 'CEO and Co-founder' }]),
  p('felix', 'Felix Brandt', ['felix'], ['+44 20 7946 0432'], [{ org: 'quillfeather', title: 'CTO and Co-founder' }]),
  p('hannah', 'Hannah Lowe', ['hannah.lowe'], ['+44 20 7946 0433'], [{ org: 'quillfeather', title: 'Head of Finance' }],
    'First finance hire, joined from a big-four audit practice.'),
  p('marcus', 'Marcus Adeyemi', ['marcus'], ['+44 20 7946 0434'], [{ org: 'quillfeather', title: 'Head of People' }]),
  p('farah', 'Farah Qureshi', ['farah.qureshi@quillfeather.example', 'farah@tallyline.example'], ['+44 20 7946 0435'],
    [{ org: 'quillfeather', title: 'Non-Executive Director' }, { org: 'tallyline', title: 'Chair' }],
    'Former bank COO; sits on several fintech and software boards.'),

  // Open Harbour Trust
  p('jo', 'Joanne Mburu', ['jo.mburu'], ['+44 20 7946 0541'], [{ org: 'openharbour', title: 'Chief Executive' }],
    'Goes by Jo. Grew up in care herself and says so when it is relevant.'),
  p('patrick', 'Patrick Doyle', ['patrick.doyle'], ['+44 20 7946 0542'], [{ org: 'openharbour', title: 'Finance Manager (part-time)' }]),
  p('keisha', 'Keisha Thompson', ['keisha.thompson'], ['+44 20 7946 0543'], [{ org: 'openharbour', title: 'Head of Services' }]),
  p('callum', 'Callum Reid', ['callum.reid'], ['+44 20 7946 0544'], [{ org: 'openharbour', title: 'Fundraising Manager' }]),

  // Pemberton Vasquez LLP
  p('gideon', 'Gideon Pemberton', ['gideon.pemberton', 'gideon@openharbour.example'], ['+44 20 7946 0651'],
    [{ org: 'pemberton', title: 'Senior Partner' }, { org: 'openharbour', title: 'Trustee' }]),
  p('lucia', 'Lucía Vasquez', ['lucia.vasquez'], ['+44 20 7946 0652'], [{ org: 'pemberton', title: 'Managing Partner' }]),
  p('oliver', 'Oliver Strand', ['oliver.strand'], ['+44 20 7946 0653'], [{ org: 'pemberton', title: 'Partner, Corporate' }]),
  p('nadia', 'Nadia Haddad', ['nadia.haddad'], ['+44 20 7946 0654'], [{ org: 'pemberton', title: 'Practice Manager' }]),
  p('harriet', 'Harriet Cole', ['harriet.cole'], ['+44 20 7946 0655'], [{ org: 'pemberton', title: 'Senior Associate, Employment' }]),

  // Castellan Freight
  p('declan', 'Declan Castellan', ['declan'], ['+44 20 7946 0761'], [{ org: 'castellan', title: 'Managing Director' }]),
  p('priya', 'Priya Raman', ['priya.raman'], ['+44 20 7946 0762'], [{ org: 'castellan', title: 'Finance Director' }]),
  p('steve', 'Steve Hollis', ['steve.hollis'], ['+44 20 7946 0763'], [{ org: 'castellan', title: 'Transport Manager' }]),
  p('aisha', 'Aisha Bello', ['aisha.bello'], ['+44 20 7946 0764'], [{ org: 'castellan', title: 'Commercial Manager' }]),

  // Brightside Dental Group
  p('raj', 'Dr Rajesh Anand', ['raj'], ['+44 20 7946 0871'], [{ org: 'brightside', title: 'Founder and Principal Dentist' }],
    'Everyone calls him Raj. Opened the first practice in 2004.'),
  p('claire', 'Claire Donnelly', ['claire.donnelly'], ['+44 20 7946 0872'], [{ org: 'brightside', title: 'Operations Director' }]),
  p('sofia', 'Dr Sofia Lindqvist', ['sofia.lindqvist'], ['+44 20 7946 0873'], [{ org: 'brightside', title: 'Clinical Lead' }]),
  p('ben', 'Ben Okoro', ['ben.okoro'], ['+44 20 7946 0874'], [{ org: 'brightside', title: 'Finance Manager' }]),
  p('megan', 'Megan Price', ['megan.price'], ['+44 20 7946 0875'], [{ org: 'brightside', title: 'Practice Manager, Hollins Road' }]),

  // Ashbourne City Council — Housing Services
  p('sandra', 'Sandra Whitfield', ['sandra.whitfield'], ['+44 20 7946 0981'], [{ org: 'ashbourne', title: 'Head of Housing Services' }]),
  p('tariq', 'Cllr Tariq Hussain', ['cllr.tariq.hussain'], ['+44 20 7946 0982'], [{ org: 'ashbourne', title: 'Cabinet Member for Housing' }]),
  p('eleanor', 'Eleanor Marsh', ['eleanor.marsh'], ['+44 20 7946 0983'], [{ org: 'ashbourne', title: 'Temporary Accommodation Manager' }]),
  p('chris', 'Chris Yates', ['chris.yates'], ['+44 20 7946 0984'], [{ org: 'ashbourne', title: 'Finance Business Partner, Housing' }]),
  p('nkechi', 'Nkechi Obi', ['nkechi.obi'], ['+44 20 7946 0985'], [{ org: 'ashbourne', title: 'Category Manager, Procurement' }]),

  // Coldwater Ridge Estate
  p('walter', 'Walter Blake', ['walter'], ['+44 20 7946 0191'], [{ org: 'coldwater', title: 'Founder' }],
    'Planted the first vines in 1989. Still walks the rows every morning.'),
  p('annette', 'Annette Blake', ['annette'], ['+44 20 7946 0192'], [{ org: 'coldwater', title: 'Managing Director and Winemaker' }]),
  p('rory', 'Rory Blake', ['rory'], ['+44 20 7946 0193'], [{ org: 'coldwater', title: 'Cellar Door and Restaurant Manager' }]),
  p('luca', 'Luca Ferrante', ['luca'], ['+44 20 7946 0194'], [{ org: 'coldwater', title: 'Vineyard Manager' }]),
  p('ingrid', 'Ingrid Solberg', ['ingrid'], ['(707) 555-0143', '+44 20 7946 0195'], [{ org: 'coldwater', title: 'Export Manager' }],
    'Based in Sonoma half the year, looking after the US importer.'),

  // Tallyline
  p('kwame', 'Kwame Asante', ['kwame'], ['+44 20 7946 0201'], [{ org: 'tallyline', title: 'CEO and Founder' }]),
  p('elena', 'Elena Petrova', ['elena.petrova'], ['+44 20 7946 0202'], [{ org: 'tallyline', title: 'Chief Financial Officer' }]),
  p('jamie', 'Jamie Whitmore', ['jamie.whitmore'], ['+44 20 7946 0203'], [{ org: 'tallyline', title: 'Head of Compliance and MLRO' }]),
  p('yusuf', 'Yusuf Demir', ['yusuf.demir'], ['(415) 555-0178'], [{ org: 'tallyline', title: 'Head of Payments Operations' }],
    'Joined from a US card processor; keeps a San Francisco number.'),
];
