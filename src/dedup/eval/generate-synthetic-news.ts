/**
 * @module
 * A seeded generator of synthetic news for evaluating dedup: events covered by
 * several outlets in independent paraphrases (shared names, numbers and a few
 * quotes, little shared wording), exact and spun copies, wire copy with new
 * intros, hard negatives (the same people on the same day at another event of
 * the same subject area; follow-ups of one matter a day or three later) and
 * unrelated noise. Vocabulary is combinatorial (thousands of matters, hundreds
 * of thousands of names), so large corpora are not unrealistically crowded.
 * Every article carries its true event id, so a clustering can be scored with
 * pairwise F1. Invented text only.
 */

/** One generated article before normalization, plus its truth label. */
export type SyntheticArticle = {
  /** The event this article reports: the truth label for scoring. */
  event: string
  kind: 'original' | 'exact-copy' | 'url-variant' | 'near-copy' | 'spun-copy' | 'noise'
  title: string
  text: string
  source: string
  url: string
  published: string
  tags: string[]
}

export type SyntheticOptions = {
  seed?: number
  /** Topics; each has a small cast of recurring people, so events of one topic share names. */
  topics?: number
  /** Events per topic. */
  eventsPerTopic?: number
  /** Independent write-ups per event, inclusive range. */
  outletsPerEvent?: [number, number]
  /** Chance that an original write-up is also copied (exact, URL variant, near or spun). */
  copyRate?: number
  /** Unrelated single-article events. */
  noise?: number
  /** Days the events spread over. */
  days?: number
  /**
   * Share of a topic's events that follow up an earlier one: same matter and
   * people, 2–3 days later, new place, numbers and quotes. A different story.
   */
  followUpRate?: number
  /** Share of a topic's events put on the same day as the topic's previous event. */
  sameDayRate?: number
}

/** Small deterministic PRNG (mulberry32). */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rng = () => number
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T
const pickSome = <T>(rng: Rng, items: readonly T[], n: number): T[] => {
  const pool = [...items]
  const out: T[] = []
  while (out.length < n && pool.length > 0)
    out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0] as T)
  return out
}
const shuffle = <T>(rng: Rng, items: readonly T[]): T[] => pickSome(rng, items, items.length)
const between = (rng: Rng, [lo, hi]: [number, number]): number =>
  lo + Math.floor(rng() * (hi - lo + 1))

const ONSETS = 'b,br,c,d,dr,f,g,gr,h,k,kr,l,m,n,p,r,s,st,t,tr,v,z'.split(',')
const VOWELS = 'a,e,i,o,u,ai,ei,ou'.split(',')
const CODAS = ',,,n,r,s,l,k,m,v,sh'.split(',')
const properName = (rng: Rng, parts = 2 + Math.floor(rng() * 2)): string => {
  let word = ''
  for (let i = 0; i < parts; i++) word += pick(rng, ONSETS) + pick(rng, VOWELS) + pick(rng, CODAS)
  return word[0]?.toUpperCase() + word.slice(1)
}

/** Content words with a synonym each: paraphrasing outlets and spinners swap them. */
const SYNONYMS: Record<string, string> = {
  agreement: 'deal',
  deal: 'agreement',
  talks: 'negotiations',
  negotiations: 'talks',
  plan: 'proposal',
  proposal: 'plan',
  budget: 'spending',
  spending: 'budget',
  tariffs: 'duties',
  duties: 'tariffs',
  sanctions: 'penalties',
  penalties: 'sanctions',
  strike: 'walkout',
  walkout: 'strike',
  election: 'vote',
  vote: 'ballot',
  reform: 'overhaul',
  overhaul: 'reform',
  attack: 'assault',
  assault: 'attack',
  summit: 'meeting',
  meeting: 'summit',
  investigation: 'inquiry',
  inquiry: 'investigation',
  ceasefire: 'truce',
  truce: 'ceasefire',
  protest: 'demonstration',
  demonstration: 'protest',
  shortage: 'scarcity',
  flood: 'deluge',
  merger: 'takeover',
  takeover: 'merger',
  lawsuit: 'case',
  ruling: 'verdict',
  verdict: 'ruling',
  announced: 'unveiled',
  unveiled: 'announced',
  rejected: 'dismissed',
  dismissed: 'rejected',
  warned: 'cautioned',
  criticised: 'attacked',
  approved: 'passed',
  passed: 'approved',
  big: 'large',
  large: 'big',
  major: 'significant',
  significant: 'major',
  rapid: 'swift',
  swift: 'rapid',
  officials: 'authorities',
  authorities: 'officials',
  residents: 'locals',
  workers: 'employees',
  employees: 'workers',
  companies: 'firms',
  firms: 'companies',
  lawmakers: 'legislators',
  legislators: 'lawmakers',
  minister: 'secretary',
  prices: 'costs',
  costs: 'prices',
  plant: 'factory',
  factory: 'plant',
  port: 'harbour',
  bridge: 'crossing',
  pipeline: 'line',
  hospital: 'clinic',
}

/** Subject areas: a topic's events draw their matters from one, so they share vocabulary. */
const AREAS: { actions: string[]; objects: string[] }[] = [
  {
    actions: [
      'tariffs on',
      'a cap on',
      'subsidies for',
      'a tax on',
      'export limits for',
      'price controls on',
      'a review of',
    ],
    objects: [
      'steel imports',
      'grain exports',
      'fuel sales',
      'car parts',
      'fertiliser',
      'timber exports',
      'solar panels',
      'sugar imports',
      'copper mining',
      'rice stocks',
    ],
  },
  {
    actions: [
      'a ceasefire along',
      'troop withdrawals from',
      'drone strikes near',
      'a prisoner exchange at',
      'shelling around',
      'peace talks over',
      'a blockade of',
    ],
    objects: [
      'the eastern border',
      'the river crossing',
      'the northern ports',
      'the mountain passes',
      'the airbase',
      'the disputed islands',
      'the coastal highway',
      'the rail junction',
    ],
  },
  {
    actions: [
      'a shortage of',
      'pay rises for',
      'a strike by',
      'new contracts for',
      'overtime rules for',
      'training places for',
    ],
    objects: [
      'hospital nurses',
      'junior doctors',
      'ambulance crews',
      'care workers',
      'pharmacists',
      'midwives',
      'paramedics',
      'lab technicians',
    ],
  },
  {
    actions: [
      'delays to',
      'fare rises on',
      'the closure of',
      'funding for',
      'safety checks on',
      'a strike on',
      'the sale of',
    ],
    objects: [
      'the metro extension',
      'regional rail lines',
      'the national airline',
      'night buses',
      'the harbour ferry',
      'the ring road',
      'the cargo terminal',
      'the cable car',
    ],
  },
  {
    actions: [
      'an investigation into',
      'a ruling on',
      'a lawsuit over',
      'charges over',
      'an appeal against',
      'a verdict on',
    ],
    objects: [
      'contract fraud',
      'data retention',
      'water rights',
      'police surveillance',
      'party donations',
      'tax evasion',
      'a land deal',
      'election spending',
    ],
  },
  {
    actions: [
      'flood defences for',
      'a ban on',
      'new limits on',
      'a clean-up of',
      'emissions rules for',
      'a pipeline leak near',
    ],
    objects: [
      'the coastal towns',
      'diesel buses',
      'river pollution',
      'coal plants',
      'plastic packaging',
      'the wetlands',
      'the delta farms',
      'the old mines',
    ],
  },
  {
    actions: [
      'the merger of',
      'a rescue plan for',
      'job cuts at',
      'a takeover bid for',
      'a bailout of',
      'the listing of',
    ],
    objects: [
      'two regional banks',
      'the state telecom',
      'a car factory',
      'the postal service',
      'the steelworks',
      'a shipyard',
      'the power utility',
      'a chemicals group',
    ],
  },
  {
    actions: [
      'the budget for',
      'a reform of',
      'a vote on',
      'a proposal to cut',
      'a freeze on',
      'a plan to expand',
    ],
    objects: [
      'school repairs',
      'the pension system',
      'the minimum wage',
      'rental prices',
      'student grants',
      'child benefits',
      'public sector pay',
      'the housing fund',
    ],
  },
]
/** Words that narrow a matter's object to one topic's. */
const QUALIFIERS =
  'regional northern southern rural urban coastal municipal state private cross-border upland island inland frontier western eastern central metropolitan provincial overseas'.split(
    ' '
  )
/** "the metro extension" + "rural" → "the rural metro extension". */
const qualify = (object: string, qualifier: string): string =>
  /^(the|a|an|two) /.test(object)
    ? object.replace(
        /^(the|a|an|two) /,
        (d) =>
          `${d === 'a ' || d === 'an ' ? (/^[aeiou]/.test(qualifier) ? 'an ' : 'a ') : d}${qualifier} `
      )
    : `${qualifier} ${object}`

/** Every matter of every area (for noise articles). */
const MATTERS = AREAS.flatMap((a) =>
  a.actions.flatMap((act) => a.objects.map((o) => `${act} ${o}`))
)

const VENUES = [
  'a press conference',
  'a televised interview',
  'a parliamentary hearing',
  'a party rally',
  'a joint news briefing',
  'a radio interview',
  'a closed-door session',
  'a visit to the site',
]
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const ROLES = [
  'minister',
  'president',
  'mayor',
  'chief executive',
  'union leader',
  'governor',
  'opposition leader',
  'central bank governor',
]
const FILLER = [
  'The move comes amid a wider debate about the cost of living.',
  'Analysts said the decision could shape the coming months.',
  'It was not immediately clear how the plan would be funded.',
  'Critics have long argued that the system needs change.',
  'The announcement drew a mixed reaction online.',
  'Officials did not respond to requests for further comment.',
  'Markets showed little movement after the news.',
  'The issue has divided the governing coalition for months.',
  'Several groups said they would study the details before responding.',
  'Similar measures were tried in the past with limited success.',
]

type Person = { name: string; role: string }
type Topic = {
  name: string
  country: string
  area: (typeof AREAS)[number]
  cast: Person[]
  background: string[]
}
type Event = {
  id: string
  topic: Topic
  day: number
  actors: Person[]
  venue: string
  matter: string
  place: string
  numbers: [number, number, number]
  quotes: string[]
  /** Someone outside the cast who reacted: named by some outlets only. */
  reactor: Person
  details: string[]
}

const QUOTE_PARTS = {
  openings: [
    'We will not accept',
    'Nobody should be surprised by',
    'This is the moment to settle',
    'We have waited too long for',
    'There is no room for compromise on',
    'Our priority remains',
    'I told them plainly that we oppose',
    'History will judge us on',
    'Families deserve clarity about',
    'We are ready to negotiate over',
  ],
  middles: [
    'the people of',
    'every town in',
    'the workers of',
    'the farmers around',
    'the young families of',
    'the small firms in',
  ],
  endings: [
    'and we will say so again tomorrow',
    'because the country cannot wait',
    'whatever the opposition claims',
    'and the numbers prove it',
    'before the end of the year',
    'as long as I hold this office',
    'even if it costs us votes',
    'and I expect an answer within days',
    'so let nobody pretend otherwise',
    'and that is a promise',
  ],
}

/** A quotation unique to its event: the matter, a place and a phrasing drawn at random. */
const QUOTE_WORDS =
  'honest fair brave careful steady urgent modest bold quiet patient open simple decent serious practical clear firm calm frank sober'.split(
    ' '
  )
const QUOTE_NOUNS =
  'promise future respect courage dignity balance progress patience trust justice security prosperity order freedom stability reason duty effort vision common sense'.split(
    ' '
  )

/**
 * A quotation unique to its event: a place and a phrasing drawn at random. It
 * does not repeat the matter's words: a follow-up quotes other words.
 */
const makeQuote = (rng: Rng, _matter: string, place: string): string =>
  rng() < 0.5
    ? `${pick(rng, QUOTE_PARTS.openings)} ${pick(rng, QUOTE_WORDS)} ${pick(rng, QUOTE_NOUNS)} for ${pick(rng, QUOTE_PARTS.middles)} ${place} ${pick(rng, QUOTE_PARTS.endings)}`
    : `What ${place} needs is ${pick(rng, QUOTE_WORDS)} ${pick(rng, QUOTE_NOUNS)} and ${pick(rng, QUOTE_WORDS)} ${pick(rng, QUOTE_NOUNS)}, not another speech about ${pick(rng, QUOTE_NOUNS)}`

const GENERIC_ROLES = [
  'economist',
  'lawyer',
  'union official',
  'local councillor',
  'professor',
  'business owner',
  'campaigner',
  'analyst',
]

const makeTopic = (rng: Rng, index: number): Topic => {
  const country = properName(rng, 3)
  const area = pick(rng, AREAS)
  const cast = Array.from({ length: 5 }, () => ({
    name: `${properName(rng)} ${properName(rng, 3)}`,
    role: pick(rng, ROLES),
  }))
  const [a, b] = cast as [Person, Person]
  const object = pick(rng, area.objects)
  const background = [
    `${country} has faced months of political tension over its economy.`,
    `The government of ${country} took office after a narrow election win.`,
    `${a.name} has made ${object} central to his time in office.`,
    `Relations between ${country} and its neighbours have been strained for years.`,
    `The opposition in ${country} has repeatedly called for early elections.`,
    `${b.name} and ${a.name} have clashed in public over ${object} before.`,
    `Polls suggest voters in ${country} rank ${object} among their main concerns.`,
    `The ${b.role} has faced criticism over the handling of ${object} since the spring.`,
  ]
  return { name: `topic-${index}`, country, area, cast, background }
}

const makeEvent = (
  rng: Rng,
  topic: Topic,
  id: string,
  day: number,
  matter: string,
  actors = pickSome(rng, topic.cast, 1 + Math.floor(rng() * 2))
): Event => {
  const place = properName(rng, 2 + Math.floor(rng() * 2))
  return {
    id,
    topic,
    day,
    actors,
    venue: pick(rng, VENUES),
    matter,
    place,
    numbers: [10 + Math.floor(rng() * 990), 2 + Math.floor(rng() * 60), 3 + Math.floor(rng() * 95)],
    quotes: [
      makeQuote(rng, matter, place),
      makeQuote(rng, matter, place),
      makeQuote(rng, pick(rng, MATTERS), properName(rng)),
    ],
    reactor: { name: `${properName(rng)} ${properName(rng, 3)}`, role: pick(rng, GENERIC_ROLES) },
    details: [
      `The measure would affect about ${10 + Math.floor(rng() * 90)} thousand people in ${properName(rng, 2)} province.`,
      `A spokesperson for ${properName(rng, 2)} Holdings said the company was reviewing the plan.`,
      `Local officials in ${properName(rng, 2)} said they had not been consulted.`,
      `The ${properName(rng, 2)} committee is expected to publish its findings next month.`,
    ],
  }
}

const dateOf = (day: number): string =>
  new Date(Date.UTC(2025, 7, 1) + day * 86_400_000).toISOString().slice(0, 10)

/** Replaces each word that has a synonym with probability `rate`. */
const spin = (rng: Rng, text: string, rate: number): string =>
  text.replace(SYNONYM_WORDS, (word) => {
    const synonym = SYNONYMS[word.toLowerCase()]
    return synonym && rng() < rate ? synonym : word
  })
/** Whole words that have a synonym, any case. */
const SYNONYM_WORDS = new RegExp(`\\b(?:${Object.keys(SYNONYMS).join('|')})\\b`, 'gi')

/** A contiguous part of a quote, as outlets quote different parts of one statement. */
const excerpt = (rng: Rng, quote: string): string => {
  const words = quote.split(' ')
  if (words.length <= 6 || rng() < 0.3) return quote
  const length = Math.max(5, Math.ceil(words.length * (0.4 + rng() * 0.4)))
  const start = Math.floor(rng() * (words.length - length + 1))
  return words.slice(start, start + length).join(' ')
}

/** Generic context every outlet pads with: shared by unrelated articles too. */
const CONTEXT = [
  'The figures are due to be revised when the statistics office publishes its quarterly report.',
  'Opposition parties have said they will table amendments when the measure reaches committee.',
  'Business groups have asked for more time to adapt to the changes.',
  'The government has a slim majority and has lost several votes this year.',
  'Observers expect the issue to feature heavily in the coming election campaign.',
  'A previous attempt at reform collapsed two years ago amid protests.',
  'Trade unions have warned of industrial action if their concerns are ignored.',
  'The finance ministry has not published an estimate of the cost.',
  'Neighbouring countries are watching the debate closely.',
  'Regional authorities say they were given little notice of the plans.',
]

/** An outlet's own commentary: combinatorial, about no event in particular. */
const COLOR = {
  subjects: [
    'Critics',
    'Supporters',
    'Economists',
    'Residents',
    'Local businesses',
    'Commentators',
    'Campaigners',
    'Several lawmakers',
    'Industry figures',
    'Some officials',
  ],
  verbs: [
    'questioned whether',
    'argued that',
    'doubted that',
    'welcomed signs that',
    'warned that',
    'suggested that',
    'noted that',
  ],
  clauses: [
    'the timing was political',
    'the money would reach those in need',
    'the rules could be enforced',
    'the changes went far enough',
    'the government had a clear plan',
    'the costs had been underestimated',
    'the proposal would survive legal challenges',
    'the public had been properly consulted',
    'the measure would last beyond the election',
    'other regions would follow',
  ],
  tails: [
    '',
    ' in the long run',
    ' this year',
    ' given the state of public finances',
    ' without broader support',
    ' after years of delay',
  ],
}
const colorSentence = (rng: Rng): string =>
  `${pick(rng, COLOR.subjects)} ${pick(rng, COLOR.verbs)} ${pick(rng, COLOR.clauses)}${pick(rng, COLOR.tails)}.`

/** Other ways outlets name the same kind of measure. */
const ACTION_VARIANTS: Record<string, string[]> = {
  'a cap on': ['a ceiling on', 'limits on'],
  'tariffs on': ['import duties on', 'levies on'],
  'subsidies for': ['state aid for', 'support payments for'],
  'a review of': ['a reassessment of', 'an audit of'],
  'a shortage of': ['a lack of', 'too few'],
  'pay rises for': ['higher wages for', 'a pay deal for'],
  'a strike by': ['a walkout by', 'industrial action by'],
  'delays to': ['hold-ups on', 'a slower timetable for'],
  'the closure of': ['shutting down', 'closing'],
  'an investigation into': ['an inquiry into', 'a probe into'],
  'a ruling on': ['a court decision on', 'a judgment on'],
  'a ban on': ['prohibiting', 'outlawing'],
  'new limits on': ['tighter rules on', 'restrictions on'],
  'the merger of': ['combining', 'a tie-up between'],
  'job cuts at': ['layoffs at', 'redundancies at'],
  'a reform of': ['an overhaul of', 'changes to'],
  'a freeze on': ['halting', 'a pause in'],
}

/** The matter as one outlet words it. */
const rephraseMatter = (rng: Rng, matter: string): string => {
  for (const [action, variants] of Object.entries(ACTION_VARIANTS)) {
    if (matter.startsWith(`${action} `) && rng() < 0.5)
      return `${pick(rng, variants)}${matter.slice(action.length)}`
  }
  return matter
}

/** One outlet's independent write-up of an event. */
const writeUp = (rng: Rng, original: Event): { title: string; text: string; tags: string[] } => {
  const event = { ...original, matter: rephraseMatter(rng, original.matter) }
  const [lead, second] = event.actors as [Person, Person | undefined]
  const weekday = WEEKDAYS[(event.day + 4) % 7]
  const [n0, n1, n2] = event.numbers
  const leads = [
    `${event.topic.country}'s ${lead.role} ${lead.name} spoke on ${weekday} about ${event.matter}, telling ${event.venue} in ${event.place} that the government would act.`,
    `Speaking at ${event.venue} in ${event.place} on ${weekday}, ${lead.role} ${lead.name} set out the government's position on ${event.matter}.`,
    `${lead.name}, the ${lead.role}, used ${event.venue} in ${event.place} to address ${event.matter}, a subject that has dominated the week.`,
    `The debate over ${event.matter} intensified on ${weekday} when ${lead.name} addressed ${event.venue} in ${event.place}.`,
    `${event.place} was the backdrop on ${weekday} as ${lead.name} weighed in on ${event.matter}.`,
    `In ${event.place}, the ${lead.role} promised action on ${event.matter}, according to people present.`,
  ]
  // Each fact has several phrasings: independent outlets rarely share whole sentences.
  const facts = [
    pick(rng, [
      `According to figures cited by ${lead.name}, ${n0} cases were recorded and ${n1} districts were affected.`,
      `${n0} cases have been recorded across ${n1} districts, ${lead.name} said.`,
      `Some ${n1} districts are affected, with ${n0} cases so far, the ${lead.role} told reporters.`,
      `The toll stands at ${n0}, spread over ${n1} districts.`,
    ]),
    pick(rng, [
      `The ${lead.role} said ${n1} officials would be assigned to the matter in ${event.place}.`,
      `A team of ${n1} officials will be sent to ${event.place}, according to the ${lead.role}.`,
      `${event.place} is to receive ${n1} extra officials.`,
    ]),
    pick(rng, [
      `The plan is expected to cost ${n2} million.`,
      `Officials put the bill at roughly ${n2} million.`,
      `It would cost about ${n2} million over three years, aides estimated.`,
    ]),
    second
      ? pick(rng, [
          `${second.name}, the ${second.role}, said ${event.matter} had been discussed with ${lead.name} in ${event.place}.`,
          `${lead.name} was joined in ${event.place} by ${second.role} ${second.name}, who backed the approach.`,
          `${second.name} stood beside ${lead.name} but did not speak.`,
        ])
      : pick(rng, [
          `Aides to ${lead.name} said more details about ${event.matter} would follow.`,
          `Further details are expected later this week, aides said.`,
        ]),
    pick(rng, [
      `Reporters at ${event.venue} pressed ${lead.name} on the timetable for ${event.matter}.`,
      `${lead.name} declined to give a timetable when pressed by reporters.`,
      `No date was given for the changes.`,
    ]),
  ]
  const reaction = pick(rng, [
    `${event.reactor.name}, a ${event.reactor.role}, called the announcement overdue.`,
    `"It is a start, but only a start," said ${event.reactor.name}, a ${event.reactor.role} in ${event.place}.`,
    `${event.reactor.role[0]?.toUpperCase()}${event.reactor.role.slice(1)} ${event.reactor.name} said the plan left key questions open.`,
  ])
  // Outlets quote none, one or two of the statements, and different parts of them.
  const quoteCount = [0, 1, 1, 2][Math.floor(rng() * 4)] as number
  const quotes = pickSome(rng, event.quotes.slice(0, 2), quoteCount)
    .concat(rng() < 0.2 ? [event.quotes[2] as string] : [])
    .map((q) => excerpt(rng, q))
    .map((q) =>
      // Most feeds deliver straight quotes; some keep typographic ones.
      rng() < 0.7
        ? pick(rng, [`"${q}," ${lead.name} said.`, `"${q}," the ${lead.role} told ${event.venue}.`])
        : pick(rng, [`“${q},” the ${lead.role} told ${event.venue}.`, `${lead.name} said: «${q}.»`])
    )
  const details = event.details
    .filter(() => rng() < 0.5)
    .map((d) => (rng() < 0.5 ? d : d.replace(/^(.*?) said (.*)\.$/, 'According to $1, $2.')))
  // About a third of outlets write from an angle: one fact, at most one quote,
  // the rest context and comment. Their pairs score like the hardest real ones.
  const angle = rng() < 0.35
  const body = shuffle(rng, [
    ...pickSome(rng, facts, angle ? 1 : 2 + Math.floor(rng() * 3)),
    ...(angle ? quotes.slice(0, 1) : quotes),
    ...(angle ? [] : details),
    ...(rng() < 0.6 ? [reaction] : []),
    ...pickSome(rng, event.topic.background, 2 + Math.floor(rng() * 2)),
    ...pickSome(rng, FILLER, 1 + Math.floor(rng() * 3)),
    ...pickSome(rng, CONTEXT, 1 + Math.floor(rng() * 3)),
    ...Array.from({ length: 3 + Math.floor(rng() * 4) }, () => colorSentence(rng)),
  ])
  const paraphrased = spin(rng, [pick(rng, leads), ...body].join('\n\n'), 0.4)
  const titles = [
    `${lead.name} addresses ${event.matter}`,
    `${event.topic.country}: ${lead.role} speaks on ${event.matter}`,
    `${lead.name} sets out plan on ${event.matter} in ${event.place}`,
    `What ${lead.name} said about ${event.matter}`,
    `${event.place}: pressure grows over ${event.matter}`,
    `${lead.role[0]?.toUpperCase()}${lead.role.slice(1)} vows action in ${event.place}`,
  ]
  const tags = [
    lead.name,
    ...(second ? [second.name] : []),
    event.topic.country,
    event.place,
  ].filter(() => rng() < 0.8)
  return { title: spin(rng, pick(rng, titles), 0.4), text: paraphrased, tags }
}

const NEW_INTROS = [
  'This story was first published by our partners and is republished with permission.',
  'Here is what we know so far.',
  'In case you missed it, this is the latest on a developing story.',
]

/** The synthetic corpus, deterministic for its options. */
export const generateSyntheticNews = (options: SyntheticOptions = {}): SyntheticArticle[] => {
  const rng = seededRandom(options.seed ?? 1)
  const topics = options.topics ?? 6
  const eventsPerTopic = options.eventsPerTopic ?? 6
  const outletsRange = options.outletsPerEvent ?? [2, 6]
  const copyRate = options.copyRate ?? 0.3
  const days = options.days ?? 14
  const followUpRate = options.followUpRate ?? 0.15
  const sameDayRate = options.sameDayRate ?? 0.25
  const outlets = Array.from(
    { length: Math.max(40, Math.round(topics / 5)) },
    (_, i) =>
      `${properName(rng, 2)} ${pick(rng, ['Times', 'Post', 'Daily', 'News', 'Herald', 'Wire', 'Today'])} ${i}`
  )
  const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const out: SyntheticArticle[] = []
  let serial = 0
  for (let t = 0; t < topics; t++) {
    const topic = makeTopic(rng, t)
    // Events of one topic share their cast and subject area, never their matter
    // (follow-ups excepted: the same matter days later is another story).
    const area = topic.area
    // Each topic narrows its area's objects with its own qualifier ("rural
    // night buses"), so a large corpus is not a few hundred matters repeated.
    const qualifier = pick(rng, QUALIFIERS)
    const matters = shuffle(
      rng,
      area.actions.flatMap((a) => area.objects.map((o) => `${a} ${qualify(o, qualifier)}`))
    )
    const events: Event[] = []
    for (let e = 0; e < eventsPerTopic; e++) {
      const previous = events[events.length - 1]
      const r = rng()
      const id = `t${t}e${e}`
      let event: Event
      if (previous && r < followUpRate)
        event = makeEvent(
          rng,
          topic,
          id,
          previous.day + 2 + Math.floor(rng() * 2),
          previous.matter,
          previous.actors
        )
      else if (previous && r < followUpRate + sameDayRate)
        event = makeEvent(rng, topic, id, previous.day, matters[e % matters.length] as string)
      else
        event = makeEvent(
          rng,
          topic,
          id,
          Math.floor(rng() * days),
          matters[e % matters.length] as string
        )
      events.push(event)
      for (const outlet of pickSome(rng, outlets, between(rng, outletsRange))) {
        const { title, text, tags } = writeUp(rng, event)
        const published = dateOf(event.day + (rng() < 0.75 ? 0 : 1))
        const url = `https://${slug(outlet)}.example/${published}/${slug(title).slice(0, 60)}-${serial++}`
        const original: SyntheticArticle = {
          event: event.id,
          kind: 'original',
          title,
          text,
          source: outlet,
          url,
          published,
          tags,
        }
        out.push(original)
        if (rng() >= copyRate) continue
        const copier = pick(rng, outlets)
        const copyUrl = `https://${slug(copier)}.example/${published}/copy-${serial++}`
        const paragraphs = text.split('\n\n')
        const c = rng()
        if (c < 0.2)
          out.push({
            ...original,
            kind: 'url-variant',
            url: `${url.replace('https://', 'https://m.')}/?utm_source=feed&utm_medium=rss`,
          })
        else if (c < 0.45)
          out.push({ ...original, kind: 'exact-copy', source: copier, url: copyUrl })
        else if (c < 0.75)
          out.push({
            ...original,
            kind: 'near-copy',
            source: copier,
            url: copyUrl,
            title: `${title} (update)`,
            text: [pick(rng, NEW_INTROS), ...paragraphs.slice(0, -1)].join('\n\n'),
          })
        else
          out.push({
            ...original,
            kind: 'spun-copy',
            source: copier,
            url: copyUrl,
            title: spin(rng, title, 0.8),
            text: spin(rng, text, 0.8),
          })
      }
    }
  }
  for (let n = 0; n < (options.noise ?? 40); n++) {
    const topic = makeTopic(rng, 1000 + n)
    const matter = `${pick(rng, topic.area.actions)} ${qualify(pick(rng, topic.area.objects), pick(rng, QUALIFIERS))}`
    const event = makeEvent(rng, topic, `noise${n}`, Math.floor(rng() * days), matter)
    const { title, text, tags } = writeUp(rng, event)
    const source = pick(rng, outlets)
    out.push({
      event: event.id,
      kind: 'noise',
      title,
      text,
      source,
      url: `https://${slug(source)}.example/noise-${serial++}`,
      published: dateOf(event.day),
      tags,
    })
  }
  return out
}
