/**
 * Two call transcripts for the demo firm, so the listening screens have something real to show: the
 * first call with Ruth Hartwell, where Margaret mostly listened, and the first video call with Owen
 * Hartwell, where she talked about the firm for too long. They are written as lines and rendered as the
 * Zoom-style WebVTT a user would upload, timed at a natural speaking pace.
 */
type Line = readonly [speaker: string, text: string, pauseBefore?: number];

const margaret = 'Margaret Larkspur';
const ruth = 'Ruth Hartwell';
const owen = 'Owen Hartwell';

const ruthCall: Line[] = [
  [margaret, 'Ruth, thank you for ringing. Martin said you might. What made you pick up the phone this week?'],
  [ruth, "Honestly? Month-end. The system we run the works on was installed when my father was still alive, and every month-end Bev and I hold our breath. Last month it took us eleven days to close, and the bank wants the numbers sooner now we've extended the overdraft.", 1.2],
  [margaret, 'Eleven days. What happens during those eleven days?', 1.0],
  [ruth, "Bev counts stock by hand because she doesn't trust the number on the screen. Sunil keeps the quotes in his own spreadsheet. And the add-on that does our quoting was written by a developer who retired last year. Nobody else understands it. If it breaks, we can't quote.", 1.4],
  [margaret, "So there are three things tangled together there: the count, the quotes, and the add-on nobody can maintain. Which of them keeps you awake?", 0.9],
  [ruth, "The add-on. If that goes, we stop. The count is painful but Bev gets there. The quotes, well, Sunil says the quotes are fine, but I'm not so sure. We won a job in March and lost money on every casting.", 1.6],
  [margaret, 'Tell me about that job.', 0.8],
  [ruth, "Pump housings for a water company. Sunil priced it on last year's bronze and the ingot price went up twenty per cent before we poured. We'd have been better off not winning it. He says it was a one-off. I think it's the way we quote.", 1.5],
  [margaret, 'How do you and Sunil usually settle something like that, when you see it differently?', 1.1],
  [ruth, "We don't, really. He's run the floor for twenty-five years. My father hired him. I don't like to tell him how to price metal, and he doesn't like the office telling the floor what to do.", 1.8],
  [margaret, "That sounds like it matters as much as the software does. You said you want to choose a new system. What would a good outcome look like for you a year from now?", 1.0],
  [ruth, "A system we can all trust, live before the next financial year. Month-end in three days, not eleven. And quotes that don't lose us money. I'd like to stop holding my breath.", 1.3],
  [margaret, "Who else would need to be comfortable with the choice?", 0.9],
  [ruth, "Anything over fifty thousand pounds I'd want Martin to look at. He's been a good friend to the business. And Owen, my son, he'll have views. He usually does.", 1.2],
  [margaret, 'Have you been through a selection like this before?', 0.7],
  [ruth, "We had consultants in 2016. They charged us forty thousand pounds and left us a binder. I don't want a binder.", 1.5],
  [margaret, "Understood: no binder. Could I come and see the works? I'd like to walk the floor with Sunil and spend an hour with Bev on month-end before I suggest anything at all.", 1.0],
  [ruth, "Yes. Come on a Tuesday; we pour on Tuesdays, you'll see the place at its best. And its worst.", 1.1],
  [margaret, "Tuesday it is. Before then, is there anything you'd like me to read, or anyone you'd like me not to talk to yet?", 0.9],
  [ruth, "Talk to whoever you like. Just don't let Sunil think I've brought in someone to check on him.", 1.4],
  [margaret, "I'll tell him I'm there to understand how the quotes get made, which is true. I'll send you a note today with what I heard, so you can correct me.", 1.0],
];

const owenCall: Line[] = [
  [owen, "Sorry, I'm in the car between customers. Mum said you'd want to talk about automotive."],
  [margaret, "Thanks for making time, Owen. I completely understand how busy you must be. Let me tell you a bit about us first. Our firm was founded in 2009 and we've been helping manufacturers like Hartwell ever since. We specialise in operations and finance work for family businesses, and our team has worked with foundries, machine shops and two automotive suppliers in the Midlands. We offer strategy reviews, systems selection, and interim finance support, and we're one of the leading practices in the region for family business transitions.", 1.0],
  [margaret, "We also have a partner who used to run quality at a tier-one supplier, so we know the certification side well. Our approach is hands-on: we spend time on the floor, we work with your people, and we don't leave binders. Last year we helped a machine shop in Coventry win its first automotive contract, and our clients include several household-name suppliers. We pride ourselves on staying with a client after the report, and our methodology has been refined over hundreds of engagements.", 0.6],
  [margaret, "In terms of how we'd work, we'd usually start with a two-week diagnostic, then a plan, then support through delivery. We can also provide interim finance directors if Bev needs cover during a system change, and we work with several ERP vendors, though we're independent of all of them. Our people are all senior: every engagement is led by a partner, and our clients get the same partner from the first meeting to the last. We've been recognised twice by the regional business awards, and our finance team are all chartered accountants. We also run a quarterly roundtable for family business owners, which our clients tell us is one of the most useful things we do. And our systems practice has a framework for selections that we've used with more than forty manufacturers, so we know where the traps are and how to avoid them.", 0.5],
  [owen, 'Right.', 0.3],
  [margaret, 'So is automotive something you are pursuing this year?', 0.2],
  [owen, "Yes. We've had three prototype orders for battery housings. If we stay pumps and boats, we're a museum in ten years. But automotive customers need IATF 16949, and Tomasz says that's eighteen months and a new inspection cell.", 0.8],
  [margaret, 'Do you have the budget for the inspection cell?', 0.2],
  [owen, "Not yet. That's partly why I wanted to talk. Mum's thinking about the ERP. I'm thinking about whether we're even the same company in five years.", 0.9],
  [margaret, 'Would a diagnostic of both make sense?', 0.2],
  [owen, "Maybe. I need to think about how to put it to Mum. She and Sunil don't love the automotive idea.", 0.7],
  [margaret, "I understand, but I think if we look at it together we can show them the numbers. Shall I send over the proposal for the diagnostic?", 0.2],
  [owen, "Let me talk to her first. I'll call you next week.", 0.6],
];

function clock(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(3).padStart(6, '0')}`;
}

/** Renders lines as Zoom-style WebVTT, each line timed at 150 words a minute after its pause. */
function webVtt(lines: readonly Line[]): string {
  const cues = ['WEBVTT', ''];
  let t = 0;
  lines.forEach(([speaker, text, pause = 0.8], i) => {
    const start = t + pause;
    const end = start + (text.split(/\s+/).length / 150) * 60;
    cues.push(String(i + 1), `${clock(start)} --> ${clock(end)}`, `${speaker}: ${text}`, '');
    t = end;
  });
  return cues.join('\n');
}

export const demoTranscripts = {
  /** Hartwell, the first call with Ruth (Margaret mostly listened). */
  ruthFirstCall: webVtt(ruthCall),
  /** Hartwell, the first video call with Owen (Margaret talked about the firm). */
  owenFirstCall: webVtt(owenCall),
} as const;

export type DemoTranscriptKey = keyof typeof demoTranscripts;
