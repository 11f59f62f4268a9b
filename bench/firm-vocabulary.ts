/**
 * What the benchmark firm is made of: the fixed lists its names, organisations, titles, topics and
 * notes are drawn from, and the fixed time window its conversations fall in. Accented letters appear
 * only in lower-case positions, so PostgreSQL's lower() (which in PGlite's C locale folds ASCII only)
 * and JavaScript's toLowerCase() give the same search_text.
 */

export const BENCH_FIRM_SLUG = 'yellowpad-bench';
export const BENCH_OWNER_EMAIL = 'owner@bench.yellowpad.example';
/** Extra members of the firm (besides the owner) who take part in conversations. */
export const BENCH_EXTRA_MEMBERS = 19;
export const BENCH_ORGANIZATIONS_PER_100K_PEOPLE = 2000;

export const FIRST_NAMES = [
  'Aaron', 'Abigail', 'Adam', 'Adrian', 'Aisha', 'Alan', 'Albert', 'Alexander', 'Alice', 'Alina', 'Amara', 'Amelia',
  'Ana', 'Andrea', 'Andrew', 'Angela', 'Anna', 'Anthony', 'Arjun', 'Astrid', 'Ava', 'Barbara', 'Beatriz', 'Benjamin',
  'Björn', 'Brian', 'Camille', 'Carlos', 'Caroline', 'Catherine', 'Charles', 'Charlotte', 'Chen', 'Chloe', 'Christopher',
  'Claire', 'Daniel', 'David', 'Deborah', 'Diana', 'Diego', 'Dmitri', 'Elena', 'Elif', 'Elizabeth', 'Emily', 'Emma',
  'Eric', 'Esther', 'Ethan', 'Fatima', 'Felix', 'Fernando', 'Fiona', 'Francesca', 'François', 'Gabriel', 'George',
  'Grace', 'Hana', 'Hannah', 'Harper', 'Helen', 'Henrik', 'Hiroshi', 'Ibrahim', 'Ingrid', 'Isabel', 'Isaac', 'Ivan',
  'Jack', 'James', 'Jana', 'Jessica', 'Joanna', 'John', 'Jonas', 'Jorge', 'José', 'Julia', 'Karen', 'Kenji', 'Kevin',
  'Laura', 'Leila', 'Liam', 'Linda', 'Lucas', 'Lucía', 'Lukas', 'Magnus', 'Maria', 'Mark', 'Marta', 'Matthew', 'Mei',
  'Michael', 'Miguel', 'Mohammed', 'Nadia', 'Naomi', 'Nathan', 'Nicole', 'Nikhil', 'Noah', 'Nora', 'Olga', 'Oliver',
  'Olivia', 'Omar', 'Pablo', 'Patricia', 'Paul', 'Pedro', 'Peter', 'Priya', 'Rachel', 'Rafael', 'Rebecca', 'Renée',
  'Richard', 'Robert', 'Rosa', 'Ryan', 'Samuel', 'Sandra', 'Sara', 'Sebastian', 'Sofia', 'Sophie', 'Stefan', 'Susan',
  'Thomas', 'Tomás', 'Valentina', 'Victor', 'Wei', 'William', 'Yasmin', 'Yuki', 'Zoë', 'Zoran',
];

export const LAST_NAMES = [
  'Abbott', 'Adeyemi', 'Agarwal', 'Ahmed', 'Alvarez', 'Andersen', 'Bailey', 'Baker', 'Banerjee', 'Barnes', 'Becker',
  'Bennett', 'Bergström', 'Bianchi', 'Brooks', 'Brown', 'Campbell', 'Carter', 'Castillo', 'Chen', 'Clarke', 'Collins',
  'Cooper', 'Costa', 'Cruz', 'Davies', 'Dubois', 'Edwards', 'Eriksson', 'Evans', 'Fernández', 'Fischer', 'Fitzgerald',
  'Fontaine', 'Foster', 'García', 'Gonzalez', 'Gray', 'Green', 'Gupta', 'Hall', 'Hansen', 'Harris', 'Hartmann',
  'Hernández', 'Hoffmann', 'Howard', 'Hughes', 'Iyer', 'Jackson', 'Jansen', 'Jensen', 'Johansson', 'Johnson', 'Jones',
  'Kaur', 'Kelly', 'Kim', 'King', 'Kowalski', 'Kumar', 'Larsen', 'Laurent', 'Lee', 'Lefebvre', 'Lewis', 'Lindqvist',
  'López', 'Martin', 'Martínez', 'Meyer', 'Miller', 'Mitchell', 'Moreau', 'Morgan', 'Morris', 'Müller', 'Murphy',
  'Nakamura', 'Nguyen', 'Nielsen', 'Novak', "O'Brien", 'Okafor', 'Olsen', 'Ortiz', 'Patel', 'Perez', 'Petrov',
  'Phillips', 'Popescu', 'Price', 'Quinn', 'Reddy', 'Reyes', 'Richter', 'Roberts', 'Robinson', 'Rodríguez', 'Romano',
  'Rossi', 'Russo', 'Sánchez', 'Sato', 'Schmidt', 'Schneider', 'Scott', 'Shah', 'Silva', 'Singh', 'Smith', 'Sørensen',
  'Suzuki', 'Tanaka', 'Taylor', 'Thomas', 'Thompson', 'Torres', 'Turner', 'van Dijk', 'Vargas', 'Wagner', 'Walker',
  'Wang', 'Watanabe', 'Weber', 'White', 'Williams', 'Wilson', 'Wójcik', 'Wright', 'Yamamoto', 'Young', 'Zhang', 'Zimmermann',
];

export const ORG_PREFIXES = [
  'Northwind', 'Blue Harbor', 'Cedar', 'Summit', 'Ironbridge', 'Silverline', 'Redwood', 'Harborview', 'Granite', 'Meridian',
  'Lakeside', 'Brightwater', 'Oakridge', 'Pinecrest', 'Stonegate', 'Westfield', 'Eastgate', 'Kingsway', 'Riverbend',
  'Clearview', 'Fairmont', 'Highland', 'Juniper', 'Keystone', 'Larkspur', 'Maple', 'Newbury', 'Orchard', 'Pioneer',
  'Quarry', 'Rosewood', 'Sterling', 'Thistle', 'Union', 'Vantage', 'Willow', 'Alder', 'Beacon', 'Copperfield', 'Driftwood',
  'Evergreen', 'Foxglove', 'Goldcrest', 'Hawthorn', 'Ivory', 'Jasper', 'Kestrel', 'Linden', 'Mistral', 'Nordic',
  'Obsidian', 'Polaris', 'Quill', 'Ridgeway', 'Saffron', 'Tidewater', 'Upland', 'Verity', 'Wexford', 'Zenith',
];
export const ORG_SUFFIXES = [
  'Capital', 'Logistics', 'Health', 'Foods', 'Energy', 'Partners', 'Holdings', 'Software', 'Manufacturing', 'Retail',
  'Insurance', 'Pharma', 'Analytics', 'Construction', 'Media', 'Telecom', 'Bank', 'Foundation', 'Hotels', 'Motors',
  'Biotech', 'Airlines', 'Textiles', 'Chemicals', 'Robotics', 'Marine', 'Realty', 'Consulting', 'Labs', 'Group',
  'Systems', 'Ventures', 'Brewing', 'Mining', 'Utilities', 'Education', 'Aerospace', 'Agritech', 'Security', 'Studios',
];
export const INDUSTRIES = [
  'Financial services', 'Logistics', 'Healthcare', 'Food and beverage', 'Energy', 'Professional services', 'Technology',
  'Manufacturing', 'Retail', 'Insurance', 'Pharmaceuticals', 'Media', 'Telecommunications', 'Real estate', 'Education',
];
export const TITLES = [
  'CEO', 'CFO', 'COO', 'CTO', 'Head of Operations', 'Head of Finance', 'Head of People', 'VP Sales', 'VP Engineering',
  'Director of Strategy', 'Procurement Manager', 'General Counsel', 'Board member', 'Product Director', 'Programme Manager',
];
export const PERSONAL_DOMAINS = ['gmail.com', 'outlook.com', 'proton.me', 'icloud.com', 'yahoo.co.uk', 'hey.com'];
export const TOPICS = [
  'the Q3 budget', 'their reorganisation', 'a new warehouse', 'the ERP migration', 'succession planning', 'the board offsite',
  'pricing strategy', 'the merger', 'hiring plans', 'the regulatory review', 'cost reduction', 'their expansion into Spain',
  'the renewal', 'a pilot project', 'the audit findings', 'supply chain risk', 'the data platform', 'customer churn',
  'the sales kickoff', 'a leadership workshop',
];
export const SUMMARY_OPENERS = [
  'Catch-up about', 'First meeting on', 'Follow-up on', 'Workshop about', 'Quick call about', 'Lunch, talked about',
  'Steering meeting on', 'Proposal discussion on', 'Check-in about', 'Introduction, touched on',
];
export const NOTE_SNIPPETS = [
  'Worried the board will not approve it before year end.',
  'Wants to cut onboarding time in half.',
  'Their CFO decides; budget is set in January.',
  'Said: "we tried this twice and it never stuck".',
  'Team is stretched after two resignations.',
  'New regulation forces a decision by March.',
  'Prefers a phased approach with a small pilot.',
  'Competitor moved first; they feel behind.',
  'Daughter just started university; travelling less.',
  'Concerned about our capacity to staff it quickly.',
  'Looking for a partner, not a vendor.',
  'Growth is flat for three quarters.',
];
export const FACETS = ['inTheirWords', 'situation', 'goals', 'challenges', 'concerns', 'externalDrivers', 'motivationToChange', 'decisionProcess', 'personal'];
/** Channel weights in percent: meeting, call, video, email, message, meal, other. */
export const CHANNELS: [string, number][] = [
  ['meeting', 25], ['call', 25], ['video', 20], ['email', 15], ['message', 8], ['meal', 5], ['other', 2],
];

/** Conversations span three years ending at this fixed instant (fixed so runs are reproducible). */
export const TIMELINE_END = '2026-11-01T00:00:00Z';
export const TIMELINE_DAYS = 3 * 365;

/** The bench's "today" (the last day of the timeline): the server's clock and Today's date during the run. */
export const BENCH_TODAY = TIMELINE_END.slice(0, 10);
