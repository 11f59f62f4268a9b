/**
 * Castellan Freight: asked for help renegotiating a fuel surcharge. The margin was leaking at the
 * customer's gate, not the pump, and the fleet faces an emissions deadline it cannot afford to miss.
 */
import type { DemoArc } from './demo-types.ts';

export const castellanArc: DemoArc = {
  org: 'castellan',
  fromDaysAgo: 500,
  toDaysAgo: 15,
  scripts: [
    {
      channel: 'meeting', people: ['declan', 'martin'], members: ['margaret'],
      summary: "Martin brought Declan to meet us at the depot. Declan wants help renegotiating the fuel surcharge with their largest customer.",
      notes: {
        inTheirWords: "“Diesel's up, wages are up, and the surcharge formula was written in 2015 when neither was a problem.” — Declan",
        situation: "About 60 tractor units, two depots, 220 staff. The grocery contract is 48% of revenue and renews in nine months.",
        goals: "A surcharge that tracks the real fuel price monthly rather than once a year.",
      },
    },
    {
      channel: 'call', people: ['priya'], members: ['daniel'],
      summary: "Priya, the finance director, on what the numbers do and don't show.",
      notes: {
        inTheirWords: "“I can tell you our margin by month. I can't tell you our margin by customer, and that's the question.”",
        situation: "Operating margin down from 5.1% to 1.8% in two years. Costs are captured by depot and vehicle, not by customer or route.",
        concerns: "The last consultant built a model nobody could update once he left.",
      },
    },
    {
      channel: 'meeting', people: ['steve'], members: ['kenji'],
      summary: "Rode along on a night trunk to the grocery distribution centre with one of Steve's drivers, then coffee with Steve at 6am.",
      notes: {
        situation: "Our driver waited two hours forty minutes for a bay at the distribution centre. Steve says that is a normal night.",
        inTheirWords: "“We're not a haulage firm at that depot, we're a car park that charges by the hour. Except we don't charge.”",
        challenges: "Drivers' hours rules: time waiting at the gate counts, so a late slot can mean the return leg needs a second driver.",
        personal: "Thirty-one years on the road and in the office. His knees are “done”; a replacement is booked for the spring.",
      },
    },
    {
      channel: 'email', people: ['priya'], members: ['kenji'], gap: 0.5,
      summary: "Priya sent six months of tachograph and gate-time data for the grocery contract.",
      notes: {
        situation: "Average wait at the customer's two distribution centres: 2h 10m against a contracted 45 minutes. No demurrage charge in the contract.",
      },
    },
    {
      channel: 'meeting', people: ['declan', 'priya', 'aisha'], members: ['margaret', 'kenji'],
      summary: "Presented the first cost-to-serve results. The fuel surcharge was not the problem it had seemed.",
      notes: {
        situation: "Fuel explains about a fifth of the lost margin on the grocery contract. Waiting time and empty return legs explain most of the rest.",
        inTheirWords: "“So I've spent a year shouting about diesel and it's the gate that's bleeding us.” — Declan",
        goals: "Go into the renewal with a demurrage charge for waiting beyond the agreed window, and backhaul loads for the return legs.",
        concerns: "Aisha worries the customer will simply tender the contract: “they have twelve hauliers who'd take it tomorrow.”",
      },
    },
    {
      channel: 'video', people: ['aisha'], members: ['margaret'],
      summary: "Aisha, preparing for the renewal, on how the customer's transport team actually decides.",
      notes: {
        decisionProcess: "The customer's transport manager recommends; procurement decides on price; their sustainability team now has a say on carriers.",
        externalDrivers: "The customer has published a commitment to cut delivery emissions and asks carriers for emissions data per load.",
        personal: "Studying for her procurement qualification at night, which she says is useful for knowing how the other side thinks.",
      },
    },
    {
      channel: 'meeting', people: ['declan', 'martin'], members: ['margaret', 'daniel'],
      summary: "The emissions zone came up properly for the first time, with Martin in the room.",
      notes: {
        externalDrivers: "The city's clean air zone tightens in two years: older lorries will pay a daily charge that wipes out the margin on urban deliveries.",
        situation: "Twenty-two units do not meet the standard. Replacing them is about £2.6m.",
        inTheirWords: "“My father bought every one of these lorries with cash. I'm going to have to borrow.” — Declan\n“Borrowing isn't failure, son. Waiting is.” — Martin",
      },
    },
    {
      channel: 'call', people: ['priya'], members: ['daniel'],
      summary: "Priya on financing the fleet: asset finance quotes, and what the bank will want to see.",
      notes: {
        situation: "Two asset-finance offers; one requires a personal guarantee from Declan.",
        concerns: "The personal guarantee. Priya does not want Declan signing it without understanding it, and says he would sign it without reading.",
        goals: "A fleet replacement plan over three years, matched to the contract renewal dates.",
      },
    },
    {
      channel: 'meeting', people: ['declan', 'aisha'], members: ['margaret'],
      summary: "Rehearsed the renewal meeting with the customer: what to ask for, what to give, where to walk away.",
      notes: {
        goals: "Demurrage after 60 minutes, monthly fuel indexation, and a three-year term to justify new low-emission trucks on their urban routes.",
        decisionProcess: "Declan decides the walk-away point; agreed it in advance, in writing, so it isn't decided in the room.",
        concerns: "Declan: “If we lose it, I lose a hundred jobs. I know every one of those drivers' names.”",
      },
    },
    {
      channel: 'message', people: ['aisha'], members: ['margaret'],
      summary: "Aisha messaged from the customer's car park straight after the meeting.",
      notes: {
        inTheirWords: "“They didn't blink at demurrage. They fought us on indexation. They want our emissions data more than our price.”",
      },
    },
    {
      channel: 'meeting', people: ['declan', 'priya'], members: ['daniel', 'margaret'],
      summary: "The renewal is agreed. Went through what it means for the next three years.",
      notes: {
        situation: "Three-year renewal with demurrage after 60 minutes and quarterly fuel indexation. Margin on the contract modelled at 4.5%.",
        motivationToChange: "Declan wants the grocery contract below 35% of revenue within three years: “never again this dependent on one gate.”",
      },
    },
    {
      channel: 'video', people: ['steve'], members: ['kenji'],
      summary: "Steve on drivers: recruitment, retention, and the new trucks.",
      notes: {
        challenges: "Average driver age is 54. Agencies charge a premium and their drivers don't know the routes.",
        inTheirWords: "“Give me a new cab with a decent bunk and I'll keep a driver two years longer. That's worth more than the fuel saving.”",
        goals: "An apprenticeship scheme with the local college for ten new drivers a year.",
      },
    },
    {
      channel: 'meal', people: ['martin'], members: ['margaret'],
      summary: "Lunch with Martin, who is stepping down as chairman of Castellan at the end of the year.",
      notes: {
        inTheirWords: "“I used to think my job was to keep the lorries moving. Turns out it was to get out of Declan's way.”",
        personal: "He and his wife are taking a cargo ship to New Zealand next year, “to see how the other lot do it.”",
      },
    },
    {
      channel: 'call', people: ['priya'], members: ['daniel'],
      summary: "Priya with the first customer-profitability report from the model she now runs herself.",
      notes: {
        situation: "Two small customers are unprofitable because of tiny drop sizes; one furniture retailer is the most profitable account they have.",
        inTheirWords: "“I updated it myself. Nobody had to come back and explain it. That's the bit I was worried about.”",
      },
    },
    {
      channel: 'meeting', people: ['declan', 'aisha', 'priya'], members: ['margaret'],
      summary: "Strategy session on diversification: which sectors, which customers, and what they will not do.",
      notes: {
        goals: "Grow construction-materials and furniture work; bid for one new contract a quarter.",
        decisionProcess: "Declan and Priya approve any bid over £500,000 a year; Aisha owns the pipeline.",
        concerns: "Not to chase volume at any price: “we just spent a year climbing out of that hole.” — Priya",
      },
    },
  ],
};
