/**
 * @module
 * A seeded generator of synthetic news for evaluating dedup: events covered by
 * several outlets in independent paraphrases, exact and spun copies, wire
 * copy with new intros, hard negatives (the same people at another event on
 * another day) and unrelated noise. Every article carries its true event id,
 * so a clustering can be scored with pairwise F1. Invented text only.
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

const SYLLABLES =
  'ka,lo,ri,ven,dor,mi,sta,bel,ar,to,nes,vik,ul,gra,zen,pol,tem,sar,il,qu,mon,dra,fel,hus,ok,bri,cal,yer,ost,lan'.split(
    ','
  )
const properName = (rng: Rng, parts = 2 + Math.floor(rng() * 2)): string => {
  let word = ''
  for (let i = 0; i < parts; i++) word += pick(rng, SYLLABLES)
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

const MATTERS = [
  'tariffs on steel imports',
  'a ceasefire along the eastern border',
  'the pension reform bill',
  'sanctions on fuel exports',
  'a strike by port workers',
  'the merger of two regional banks',
  'an investigation into contract fraud',
  'flood defences for the coastal towns',
  'a shortage of hospital nurses',
  'the budget for school repairs',
  'a protest against rail closures',
  'talks on grain shipments',
  'a lawsuit over water rights',
  'the ruling on data retention',
  'a proposal to raise the minimum wage',
  'an attack on a power plant',
  'the vote on a new constitution',
  'a deal on offshore wind licences',
  'penalties for late rent payments',
  'the collapse of a bridge',
  'a pipeline leak near the river',
  'the closure of a car factory',
  'emergency aid for farmers',
  'a cyber attack on the tax office',
  'new limits on rental prices',
  'a ban on diesel buses',
  'the recall of contaminated baby formula',
  'a dispute over fishing quotas',
  'the sale of the national airline',
  'delays to the metro extension',
  'an outbreak of measles in schools',
  'the election of a new speaker',
]
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
type Topic = { name: string; country: string; cast: Person[]; background: string[] }
type Event = {
  id: string
  topic: Topic
  day: number
  actors: Person[]
  venue: string
  matter: string
  place: string
  numbers: [number, number]
  quotes: string[]
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

/** A quotation unique to its event: the matter, a place and a phrasing drawn at random. */
const makeQuote = (rng: Rng, matter: string, place: string): string =>
  rng() < 0.5
    ? `${pick(rng, QUOTE_PARTS.openings)} ${matter} for ${pick(rng, QUOTE_PARTS.middles)} ${place} ${pick(rng, QUOTE_PARTS.endings)}`
    : `What ${place} needs is ${pick(rng, QUOTE_WORDS)} ${pick(rng, QUOTE_NOUNS)} and ${pick(rng, QUOTE_WORDS)} ${pick(rng, QUOTE_NOUNS)}, not another speech about ${pick(rng, QUOTE_NOUNS)}`

const makeTopic = (rng: Rng, index: number): Topic => {
  const country = properName(rng, 3)
  const cast = Array.from({ length: 4 }, () => ({
    name: `${properName(rng)} ${properName(rng)}`,
    role: pick(rng, ROLES),
  }))
  const background = [
    `${country} has faced months of political tension over its economy.`,
    `The government of ${country} took office after a narrow election win.`,
    `${cast[0]?.name} has made the issue central to his time in office.`,
    `Relations between ${country} and its neighbours have been strained for years.`,
    `The opposition in ${country} has repeatedly called for early elections.`,
  ]
  return { name: `topic-${index}`, country, cast, background }
}

const makeEvent = (rng: Rng, topic: Topic, id: string, day: number, matter: string): Event => {
  const place = properName(rng, 2 + Math.floor(rng() * 2))
  const actors = pickSome(rng, topic.cast, 1 + Math.floor(rng() * 2))
  return {
    id,
    topic,
    day,
    actors,
    venue: pick(rng, VENUES),
    matter,
    place,
    numbers: [10 + Math.floor(rng() * 990), 2 + Math.floor(rng() * 60)],
    quotes: [makeQuote(rng, matter, place), makeQuote(rng, pick(rng, MATTERS), properName(rng))],
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
  text.replace(/[A-Za-z]+/g, (word) => {
    const synonym = SYNONYMS[word.toLowerCase()]
    return synonym && rng() < rate ? synonym : word
  })

/** One outlet's independent write-up of an event. */
const writeUp = (rng: Rng, event: Event): { title: string; text: string; tags: string[] } => {
  const [lead, second] = event.actors as [Person, Person | undefined]
  const weekday = WEEKDAYS[(event.day + 4) % 7]
  const leads = [
    `${event.topic.country}'s ${lead.role} ${lead.name} spoke on ${weekday} about ${event.matter}, telling ${event.venue} in ${event.place} that the government would act.`,
    `Speaking at ${event.venue} in ${event.place} on ${weekday}, ${lead.role} ${lead.name} set out the government's position on ${event.matter}.`,
    `${lead.name}, the ${lead.role}, used ${event.venue} in ${event.place} to address ${event.matter}, a subject that has dominated the week.`,
    `The debate over ${event.matter} intensified on ${weekday} when ${lead.name} addressed ${event.venue} in ${event.place}.`,
  ]
  // Each fact has several phrasings: independent outlets rarely share whole sentences.
  const facts = [
    pick(rng, [
      `According to figures cited by ${lead.name}, ${event.numbers[0]} cases were recorded and ${event.numbers[1]} districts were affected.`,
      `${event.numbers[0]} cases have been recorded across ${event.numbers[1]} districts, ${lead.name} said.`,
      `Some ${event.numbers[1]} districts are affected, with ${event.numbers[0]} cases so far, the ${lead.role} told reporters.`,
    ]),
    pick(rng, [
      `The ${lead.role} said ${event.numbers[1]} officials would be assigned to the matter in ${event.place}.`,
      `A team of ${event.numbers[1]} officials will be sent to ${event.place}, according to the ${lead.role}.`,
    ]),
    second
      ? pick(rng, [
          `${second.name}, the ${second.role}, said ${event.matter} had been discussed with ${lead.name} in ${event.place}.`,
          `${lead.name} was joined in ${event.place} by ${second.role} ${second.name}, who backed the approach.`,
        ])
      : pick(rng, [
          `Aides to ${lead.name} said more details about ${event.matter} would follow.`,
          `Further details are expected later this week, aides said.`,
        ]),
    ...event.details.map((d) =>
      rng() < 0.5 ? d : d.replace(/^(.*?) said (.*)\.$/, 'According to $1, $2.')
    ),
    pick(rng, [
      `Reporters at ${event.venue} pressed ${lead.name} on the timetable for ${event.matter}.`,
      `${lead.name} declined to give a timetable when pressed by reporters.`,
    ]),
  ]
  const cut = (q: string) => {
    const words = q.split(' ')
    return rng() < 0.5 ? q : words.slice(0, Math.max(5, Math.ceil(words.length * 0.6))).join(' ')
  }
  const quotes = event.quotes
    .filter(() => rng() < 0.6)
    .map(cut)
    .map((q) =>
      pick(rng, [
        `"${q}," ${lead.name} said.`,
        `“${q},” the ${lead.role} told ${event.venue}.`,
        `${lead.name} said: «${q}.»`,
      ])
    )
  const background = pickSome(rng, event.topic.background, 1 + Math.floor(rng() * 2))
  const filler = pickSome(rng, FILLER, 1 + Math.floor(rng() * 3))
  const body = shuffle(rng, [
    ...pickSome(rng, facts, 3 + Math.floor(rng() * 3)),
    ...quotes,
    ...background,
    ...filler,
  ])
  const paraphrased = spin(rng, [pick(rng, leads), ...body].join('\n\n'), 0.3)
  const titles = [
    `${lead.name} addresses ${event.matter}`,
    `${event.topic.country}: ${lead.role} speaks on ${event.matter}`,
    `${lead.name} sets out plan on ${event.matter} in ${event.place}`,
    `What ${lead.name} said about ${event.matter}`,
  ]
  const tags = [
    lead.name,
    ...(second ? [second.name] : []),
    event.topic.country,
    event.place,
  ].filter(() => rng() < 0.8)
  return { title: spin(rng, pick(rng, titles), 0.3), text: paraphrased, tags }
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
  const outlets = Array.from(
    { length: 40 },
    (_, i) =>
      `${properName(rng, 2)} ${pick(rng, ['Times', 'Post', 'Daily', 'News', 'Herald', 'Wire', 'Today'])} ${i}`
  )
  const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const out: SyntheticArticle[] = []
  let serial = 0
  for (let t = 0; t < topics; t++) {
    const topic = makeTopic(rng, t)
    // Events of one topic share their cast but never their matter: that is what tells them apart.
    const matters = pickSome(rng, MATTERS, eventsPerTopic)
    for (let e = 0; e < eventsPerTopic; e++) {
      const matter = matters[e % matters.length] as string
      const event = makeEvent(rng, topic, `t${t}e${e}`, Math.floor(rng() * days), matter)
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
        const r = rng()
        if (r < 0.2)
          out.push({
            ...original,
            kind: 'url-variant',
            url: `${url.replace('https://', 'https://m.')}/?utm_source=feed&utm_medium=rss`,
          })
        else if (r < 0.45)
          out.push({ ...original, kind: 'exact-copy', source: copier, url: copyUrl })
        else if (r < 0.75)
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
    const event = makeEvent(rng, topic, `noise${n}`, Math.floor(rng() * days), pick(rng, MATTERS))
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
