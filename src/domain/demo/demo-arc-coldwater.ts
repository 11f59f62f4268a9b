/**
 * Coldwater Ridge Estate: asked about a price cut the US importer wanted. Behind it were a frost, a
 * restaurant the family argued about, and a founder who had never written down what happens next.
 */
import type { DemoArc } from './demo-types.ts';

export const coldwaterArc: DemoArc = {
  org: 'coldwater',
  fromDaysAgo: 715,
  toDaysAgo: 25,
  scripts: [
    {
      channel: 'call', people: ['annette'], members: ['margaret'],
      summary: "Annette called after Gideon mentioned us. Their US importer wants a 15% lower price on the sparkling wine and she doesn't know if they can afford it.",
      notes: {
        inTheirWords: "“I make wine. I don't know what a bottle actually costs us once it's sitting in a warehouse in New Jersey.”",
        situation: "About 60,000 bottles a year; the US takes a third of the sparkling wine. The importer has been with them nine years.",
        goals: "Know the real cost per bottle by market before she answers the importer.",
      },
    },
    {
      channel: 'meeting', people: ['annette', 'walter', 'luca'], members: ['margaret', 'daniel'],
      summary: "Visited the estate on a cold March morning. Walked the vines with Walter and Luca before going anywhere near the numbers.",
      notes: {
        situation: "Last spring's frost took about 40% of the chardonnay. The sparkling wine sold this year comes from stock laid down three years ago; the gap arrives in two years.",
        inTheirWords: "“You don't run a vineyard by the year. You run it by the decade and pray in April.” — Walter\n“The frost candles cost eleven thousand pounds a night. We lit them four nights.” — Luca",
        challenges: "Frost protection, replanting, and a two-year hole in sparkling stock.",
      },
    },
    {
      channel: 'video', people: ['ingrid'], members: ['daniel'],
      summary: "Ingrid, from California, on the importer and the US market.",
      notes: {
        externalDrivers: "New US tariffs on imported wine have squeezed the importer's margin; they are asking every European supplier for a cut.",
        inTheirWords: "“They're not being greedy. They're being squeezed. But if we cut for them, our distributor in Norway will want the same.”",
        personal: "Splits the year between Sonoma and the estate; her partner runs a bakery in Healdsburg.",
      },
    },
    {
      channel: 'email', people: ['annette'], members: ['daniel'], gap: 0.5,
      summary: "Annette sent the cellar records and production costs. We built a cost per bottle by channel.",
      notes: {
        situation: "Landed cost of a US bottle, including the importer's support payments, is higher than they thought; the US margin is about half the cellar door margin.",
        externalDrivers: "UK alcohol duty now charged by strength; the still wines went up less than the sparkling.",
      },
    },
    {
      channel: 'meeting', people: ['annette', 'rory'], members: ['margaret'],
      summary: "Annette and her brother Rory on the restaurant. Clearly not the first time they have had this conversation.",
      notes: {
        inTheirWords: "“The restaurant lost forty thousand pounds last year.” — Annette\n“The restaurant sold a hundred and twenty thousand pounds of wine at the cellar door.” — Rory",
        challenges: "The restaurant's accounts carry all the staff and kitchen cost; the wine it sells is credited to the winery.",
        concerns: "Rory feels the restaurant is treated as his hobby rather than part of the business.",
      },
    },
    {
      channel: 'meal', people: ['walter'], members: ['margaret'],
      summary: "Lunch with Walter in the restaurant, at his favourite table by the window. He talked for two and a half hours, as promised.",
      notes: {
        inTheirWords: "“I planted the first vines in 1989 with a borrowed tractor. I know every row. I don't know how to hand that over.”",
        situation: "Walter owns the land and 70% of the company. Nothing is written about what happens when he dies.",
        concerns: "That splitting the estate between Annette and Rory would mean selling the land.",
        personal: "Knee replacement in June; the first summer in thirty-five years he won't walk the rows every morning.",
      },
    },
    {
      channel: 'call', people: ['ingrid'], members: ['daniel'],
      summary: "Worked through a counter-offer for the importer with Ingrid.",
      notes: {
        goals: "Offer 6% off, in return for a two-year volume commitment and the importer paying part of the marketing support.",
        decisionProcess: "Annette signs off pricing; Ingrid negotiates; Walter wants to be told, not asked.",
      },
    },
    {
      channel: 'message', people: ['ingrid'], members: ['daniel'], gap: 0.3,
      summary: "Ingrid's message after the call with the importer.",
      notes: {
        inTheirWords: "“They took 7% with the two-year commitment. Nobody shouted. Norway hasn't noticed.”",
      },
    },
    {
      channel: 'meeting', people: ['annette', 'rory', 'walter'], members: ['margaret', 'amara'],
      summary: "First family meeting about ownership and the future, at Walter's kitchen table.",
      notes: {
        inTheirWords: "“I don't want the land. I want the restaurant to be mine to get right or wrong.” — Rory\n“I've been running this for six years and I still ask Dad before I buy a pallet of bottles.” — Annette",
        goals: "A family charter: who decides what, how the land is held, and how each of them can leave without forcing a sale.",
        externalDrivers: "The changes to agricultural and business relief on inheritance tax; Walter's accountant has warned him the estate could face a large bill.",
      },
    },
    {
      channel: 'video', people: ['luca'], members: ['kenji'],
      summary: "Luca on frost protection and the replanting plan, and what it costs over five years.",
      notes: {
        situation: "Wind machines on the two lowest blocks would cost about £90,000 and replace most of the candle nights.",
        goals: "Replant three hectares with a later-budding variety more suited to the site.",
        personal: "Getting married in Puglia in September; the whole vineyard team is invited and he is worried about harvest timing.",
      },
    },
    {
      channel: 'call', people: ['walter'], members: ['amara'],
      summary: "Walter called about the land, unprompted, the week after his operation.",
      notes: {
        inTheirWords: "“Lying in a hospital bed concentrates the mind. Let's do the paperwork.”",
        decisionProcess: "Land to go into a family partnership; Walter keeps a life interest in the house.",
      },
    },
    {
      channel: 'meeting', people: ['annette', 'rory'], members: ['daniel'],
      summary: "Annette and Rory with the restaurant accounts restated so the wine sales and marketing value show up where they belong.",
      notes: {
        situation: "Restated, the restaurant roughly breaks even and drives about a third of all cellar-door wine sales.",
        inTheirWords: "“I've been telling you that for three years.” — Rory, to his sister, smiling",
        motivationToChange: "Both want to stop having the same argument at every family dinner.",
      },
    },
    {
      channel: 'email', people: ['annette'], members: ['margaret'],
      summary: "Annette wrote to say the family charter is signed, and to close off the work.",
      notes: {
        inTheirWords: "“Dad signed it with the pen he used for the first vineyard lease. Then he went out to check the vines.”",
        goals: "Wind machines ordered for the spring; a second export market to be explored next year.",
      },
    },
    {
      channel: 'call', people: ['annette'], members: ['margaret'],
      summary: "Catch-up call a few months after the work ended. Annette asked for a second opinion on a new market.",
      notes: {
        situation: "A Japanese importer approached them after a trade fair; the harvest was good and there is sparkling stock to spare again from next year.",
        concerns: "Not repeating the US mistake of agreeing a price before knowing the landed cost.",
        personal: "Her twins started school; she says the winery is the calm part of her day.",
      },
    },
  ],
};
