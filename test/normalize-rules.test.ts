/**
 * The normalizer's building blocks, each on inputs of its own (never the
 * seeds' strings): dates, bylines, line rules, folding, counting, feeds,
 * configuration, and the options users extend it with.
 */
import { describe, expect, it } from 'vitest'
import shippedSourcesJson from '../config/sources.json?raw'
import { furnitureReason, REASONS } from '../src/normalize/classify-line.ts'
import { countWords } from '../src/normalize/count-words.ts'
import { cutAtWord, deriveTitle, summarizeLead } from '../src/normalize/derive-title.ts'
import { detectLanguage } from '../src/normalize/detect-language.ts'
import { dropHeadLabels } from '../src/normalize/find-headline.ts'
import {
  findRepeatedLines,
  foldMatchingText,
  NormalizeError,
  normalizeArticle,
  parseDate,
  readSourceConfig,
  registryFromConfig,
  splitFeedItems,
} from '../src/normalize/index.ts'
import { authorNamesOf, namesBeforeDate, parseByline } from '../src/normalize/parse-byline.ts'
import { dateFromUrlPath } from '../src/normalize/parse-date.ts'
import { parseDateline } from '../src/normalize/parse-dateline.ts'
import { kickerKind, readTagLineLabel } from '../src/normalize/read-kicker.ts'
import { splitSentences } from '../src/normalize/split-sentences.ts'
import { ArticleSchema, type RawArticle } from '../src/schema/index.ts'

const story =
  'The ferry company said on Tuesday that it would add two sailings a day from June, after passenger numbers rose by a fifth last summer.'

describe('parseDate keeps the precision it was given', () => {
  it.each([
    ['2025-08-22', { value: '2025-08-22', precision: 'day' }],
    ['2025-08-22T14:05:09Z', { value: '2025-08-22T14:05:09Z', precision: 'second' }],
    ['2025-08-22T14:05+05:30', { value: '2025-08-22T14:05:00+05:30', precision: 'minute' }],
    ['Fri, 22 Aug 2025 14:05:00 GMT', { value: '2025-08-22T14:05:00Z', precision: 'second' }],
    [
      'Fri, 22 Aug 2025 14:05:00 -0400',
      { value: '2025-08-22T14:05:00-04:00', precision: 'second' },
    ],
    ['August 22, 2025', { value: '2025-08-22', precision: 'day' }],
    ['22 Aug 2025 14:05 GMT', { value: '2025-08-22T14:05:00Z', precision: 'minute' }],
    ['Aug. 22, 2025 2:05 p.m. EDT', { value: '2025-08-22T14:05:00-04:00', precision: 'minute' }],
    ['Friday, 22 August 2025', { value: '2025-08-22', precision: 'day' }],
    ['22.08.2025', { value: '2025-08-22', precision: 'day' }],
    ['08/22/2025', { value: '2025-08-22', precision: 'day' }],
    // A zone word after an ISO time, an hour without minutes, German "am" (on the).
    ['2025-08-22 14:05:00 UTC', { value: '2025-08-22T14:05:00Z', precision: 'second' }],
    ['2025-08-22T14:05 CEST', { value: '2025-08-22T14:05:00+02:00', precision: 'minute' }],
    ['2025-08-22T14:05:00 ET', { value: '2025-08-22', precision: 'day' }],
    ['Aug 22, 2025 at 3 PM BST', { value: '2025-08-22T15:00:00+01:00', precision: 'minute' }],
    ['Aug. 22, 2025, 3 p.m. ET', { value: '2025-08-22', precision: 'day' }],
    ['22 Aug 2025 12 am UTC', { value: '2025-08-22T00:00:00Z', precision: 'minute' }],
    ['am 22. August 2025', { value: '2025-08-22', precision: 'day' }],
    // A numeric date among a time's words, an at sign for "at", a 24-hour clock marked PM.
    ['5:45 AM PST 11/19/2019', { value: '2019-11-19T05:45:00-08:00', precision: 'minute' }],
    ['5:45 AM PST 11/19/2019.', { value: '2019-11-19T05:45:00-08:00', precision: 'minute' }],
    ['2019-11-19 5:45 PM EST', { value: '2019-11-19T17:45:00-05:00', precision: 'minute' }],
    ['22.08.2025 14:05 CEST', { value: '2025-08-22T14:05:00+02:00', precision: 'minute' }],
    ['Nov 18, 2019 @ 5:19 PM GMT', { value: '2019-11-18T17:19:00Z', precision: 'minute' }],
    ['Nov 18, 2019 @17:19 PM UTC', { value: '2019-11-18T17:19:00Z', precision: 'minute' }],
  ])('%s', (input, expected) => {
    expect(parseDate(input)).toEqual(expected)
  })

  it('drops a time whose offset is unknown instead of inventing one', () => {
    expect(parseDate('2025-08-22T14:05:00')).toEqual({ value: '2025-08-22', precision: 'day' })
    expect(parseDate('Aug 22, 2025, 10:05 AM ET')).toEqual({
      value: '2025-08-22',
      precision: 'day',
    })
  })

  it('takes a missing year from a reference date, else refuses', () => {
    const reference = { value: '2025-08-25', precision: 'day' } as const
    expect(parseDate('Aug. 20', { reference })).toEqual({ value: '2025-08-20', precision: 'day' })
    expect(parseDate('Dec. 30', { reference: { value: '2026-01-03', precision: 'day' } })).toEqual({
      value: '2025-12-30',
      precision: 'day',
    })
    expect(parseDate('Aug. 20')).toBeNull()
  })

  it('refuses what is not only a date', () => {
    for (const text of [
      'yesterday',
      'March of the Penguins 2025',
      '05/06/2025',
      '2025-02-30',
      'now',
      '22 Aug 2025 13 pm',
      'pm 22 Aug 2025',
      '05/06/2025 10:00 GMT',
      '2019-13-45 10:00 GMT',
      '22 Aug 2025 17:19 am',
    ])
      expect(parseDate(text), text).toBeNull()
  })

  it('reads a dateline whose published and modified dates run on without a separator', () => {
    expect(
      parseDateline('Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST', null)
    ).toEqual({
      published: { value: '2019-01-03T02:00:00-05:00', precision: 'minute' },
      updated: { value: '2019-01-16T06:16:00-05:00', precision: 'minute' },
    })
    expect(
      parseDateline('Published Thursday 27 July 2017 Published Thu 27 Jul 2017', null)?.published
    ).toEqual({ value: '2017-07-27', precision: 'day' })
    expect(
      parseDateline('First published on Tue 4 Mar 2025 10.00 GMT', null)?.published?.value
    ).toBe('2025-03-04T10:00:00Z')
    expect(
      parseDateline('The report was published on 4 March 2025 after a long delay', null)
    ).toBeNull()
  })

  it('reads datelines whose parts add a time of day without a date', () => {
    expect(
      parseDateline('Published 13:40, Tuesday 22 September 2026 · Updated 14:15', null)
    ).toEqual({ published: { value: '2026-09-22', precision: 'day' }, updated: null })
    expect(parseDateline('Published 13:40 on the night the dam gave way, police said', null)).toBe(
      null
    )
    expect(parseDateline('Source: VPA | 2 June 2026', null)?.published).toEqual({
      value: '2026-06-02',
      precision: 'day',
    })
    expect(parseDateline('Published via Northwire | 4 June 2026', null)?.published?.value).toBe(
      '2026-06-04'
    )
    expect(parseDateline('Source: the ministry said 40 homes were lost in 2024', null)).toBeNull()
    // A dash parts the date from its time; a dash before words is not a dateline.
    expect(parseDateline('Wednesday, 8 April 2026 – 7.15am', null)?.published?.value).toBe(
      '2026-04-08'
    )
    expect(parseDateline('8 April 2026 – police closed the road', null)).toBeNull()
    expect(parseDateline('Posted 9 April 2026 by Mirela Sandqvist', null)?.published?.value).toBe(
      '2026-04-09'
    )
    expect(parseDateline('Updated 3 June 2026 by Anna Lee', null)).toEqual({
      published: null,
      updated: { value: '2026-06-03', precision: 'day' },
    })
    // A sentence with a labelled date, a price after a date: not datelines.
    for (const line of [
      'Issued on 3 June 2026 by the Home Office, the guidance says schools must close.',
      'Released on 3 June 2026 by police, the footage shows the raid.',
      '8 April 2026 – 84.10',
      'Thursday 9 April 2026 · 84.10',
    ])
      expect(parseDateline(line, null), line).toBeNull()
  })

  it('reads a date from a URL path', () => {
    expect(dateFromUrlPath('https://example.com/2024/11/05/story')).toEqual({
      value: '2024-11-05',
      precision: 'day',
    })
    expect(dateFromUrlPath('https://example.com/story-2024')).toBeNull()
  })
})

describe('what the caller states must be usable; what the page gives may be junk', () => {
  const refusal = (raw: RawArticle) => {
    try {
      normalizeArticle(raw)
      return null
    } catch (error) {
      expect(error).toBeInstanceOf(NormalizeError)
      return { field: (error as NormalizeError).field, message: (error as Error).message }
    }
  }

  it.each([
    ['sidecar metadata', { content: story, form: 'text', metadata: { published: '2025-02-30' } }],
    [
      'a JSON capture’s own field',
      {
        content: JSON.stringify({ text: story, published: 'last Tuesday' }),
        form: 'json',
        metadata: {},
      },
    ],
    [
      'a raw wrapper’s metadata',
      {
        content: JSON.stringify({
          content: story,
          form: 'text',
          metadata: { published: '1850-05-01' },
        }),
        form: 'json',
        metadata: {},
      },
    ],
  ] as [string, RawArticle][])(
    'refuses an unreadable date stated in %s, naming the field',
    (_, raw) => {
      const refused = refusal({ ...raw, file: 'capture.json' })
      expect(refused?.field).toBe('published')
      expect(refused?.message).toMatch(/^capture\.json: "published" is not a date this can read: "/)
    }
  )

  it('refuses a stated address off the public web, naming the field', () => {
    for (const [metadata, field] of [
      [{ url: 'http://localhost:3000/news/1' }, 'url'],
      [{ source: { name: 'Harbour Ledger', homepage: 'http://10.0.0.5/' } }, 'source.homepage'],
    ] as const) {
      const refused = refusal({ content: story, form: 'text', file: 'a.txt', metadata })
      expect(refused?.field).toBe(field)
      expect(refused?.message).toContain(`"${field}" is not a public web address`)
    }
  })

  it('drops what a page says of its own address when it is off the public web, and credentials', () => {
    const page = (head: string) =>
      normalizeArticle({
        content: `<html><head>${head}</head><body><article><h1>Bridge closed</h1><p>${story}</p></article></body></html>`,
        form: 'html',
        metadata: {},
      })
    expect(page('<link rel="canonical" href="http://localhost:3000/news/1">').url).toBeNull()
    expect(page('<meta property="og:url" content="https://www.example.com./news/1">').url).toBe(
      'https://www.example.com/news/1'
    )
    expect(page('<link rel="canonical" href="https://user:pw@example.com/news/1">').url).toBe(
      'https://example.com/news/1'
    )
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge closed","publisher":{"@type":"Organization","name":"Harbour Ledger","url":"http://10.0.0.5/"}}</script>`
    const fromLd = page(ld)
    expect(fromLd.source.name).toBe('Harbour Ledger')
    expect(fromLd.source.homepage).toBeNull()
  })

  it('takes an article it served back without restating its derived title', () => {
    const text = `${story}\n\nA second paragraph about the timetable and the fares.\n\nA third one.`
    const served = normalizeArticle({
      content: text,
      form: 'text',
      metadata: { source: 'Harbour Gazette' },
    })
    expect(served.titleDerived).toBe(true)
    const again = normalizeArticle({ content: JSON.stringify(served), form: 'json', metadata: {} })
    expect(again.text).toBe(served.text)
    expect(again.titleDerived).toBe(true)
    expect(again.id).toBe(served.id)
  })

  it('ignores an unreadable date in front matter or a feed item and keeps the article', () => {
    const markdown = `---\ntitle: Ferry sailings\ndate: sometime soon\n---\n\n${story}`
    const fromMarkdown = normalizeArticle({ content: markdown, form: 'markdown', metadata: {} })
    expect(fromMarkdown.published).toBeNull()
    const item = `<item><title>Ferry sailings</title><pubDate>not a date</pubDate><description>${story}</description></item>`
    expect(
      normalizeArticle({ content: item, form: 'feed-item', metadata: {} }).published
    ).toBeNull()
  })
})

describe('authorNamesOf (an author value as metadata states it)', () => {
  it.each([
    ['By TOM KRISHER, AP Auto Writer', ['Tom Krisher']],
    ['Analysis by Chris Cillizza, CNN Editor-at-large', ['Chris Cillizza']],
    ['Amy Kuperinsky | NJ Advance Media for NJ.com', ['Amy Kuperinsky']],
    ['By MEG KINNARD and ERRIN HAINES, Associated Press', ['Meg Kinnard', 'Errin Haines']],
    ['Ilana Muhlstein, MS, RDN', ['Ilana Muhlstein']],
    ['Opinion by The Editorial Board', ['The Editorial Board']],
    ['Review by Jane Doe', ['Jane Doe']],
    ['Story by Jane Doe', ['Jane Doe']],
    ['DOE, JANE', ['DOE, JANE']],
    ['John Smith, Jr.', ['John Smith, Jr.']],
    ['Jane Doe', ['Jane Doe']],
    // Credits that name no person stay whole: an agency, a desk, a sorted name, a magazine.
    ['Reuters', ['Reuters']],
    ['Doe, Jane', ['Doe, Jane']],
    ['Mac & i', ['Mac & i']],
  ])('%s', (value, names) => {
    expect(authorNamesOf(value)).toEqual(names)
  })

  it('keeps a long author value whole, unread as a byline', () => {
    // A page's author field of 64 KB (the credentials' pattern once took a second on it).
    const huge = ', AB'.repeat(16_000)
    expect(authorNamesOf(huge)).toEqual([huge.trim()])
    // A run of spaces is collapsed before the value is split.
    expect(authorNamesOf(`a${' '.repeat(64_000)}b`)).toEqual(['a b'])
  })

  it('reads a page whose JSON-LD author is a byline as written', () => {
    const html = `<html><head><title>Carmakers show new SUVs</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Carmakers show new SUVs","author":[{"@type":"Person","name":"By TOM KRISHER, AP Auto Writer"}]}</script></head><body><article><h1>Carmakers show new SUVs</h1><p>${story}</p><p>${story}</p></article></body></html>`
    const article = normalizeArticle({ content: html, form: 'html', metadata: {} })
    expect(article.authors.map((author) => author.name)).toEqual(['Tom Krisher'])
  })
})

describe('parseByline', () => {
  it('reads a date before "by", labelled or not, as byline and dateline alike', () => {
    for (const line of [
      'Wednesday, September 17, 2025 10:45 a.m. EDT by Jane Doe',
      'Monday November 18, 2019 7:45 am PST by Joe Rossignol',
    ]) {
      expect(parseByline(line)?.authors).toHaveLength(1)
      expect(parseDateline(line, null)?.published).not.toBeNull()
    }
    expect(parseByline('Issued on 3 June 2026 by the Home Office, the guidance says')).toBeNull()
  })

  it('reads names, roles and outlets apart', () => {
    expect(parseByline('By Chris Summers')?.authors).toEqual(['Chris Summers'])
    expect(parseByline('By ANNA LEE and Tom Ruiz, Reuters')?.authors).toEqual([
      'Anna Lee',
      'Tom Ruiz',
    ])
    expect(parseByline('Written by: Maria de la Cruz, Staff Writer')?.authors).toEqual([
      'Maria de la Cruz',
    ])
    expect(parseByline('Reporting by Ana Costa; Editing by Mark Webb')?.authors).toEqual([
      'Ana Costa',
    ])
    expect(parseByline('By Elise Brandvold in Calder')?.authors).toEqual(['Elise Brandvold'])
    // A separator left from the byline box, and a credit for who updated the page.
    expect(parseByline('/ Updated By Ian Sagan')?.authors).toEqual(['Ian Sagan'])
    expect(parseByline('| By Jane Doe')?.authors).toEqual(['Jane Doe'])
    expect(parseByline('Updated by 5 pm')).toBeNull()
    expect(parseByline('By Ann Wu and Tom Ruiz from New York')?.authors).toEqual([
      'Ann Wu',
      'Tom Ruiz',
    ])
  })

  it('reads names out of byline boxes with the date and a handle run on after them', () => {
    for (const [box, name] of [
      ['By Erin Vale March 18 at 3:57 PM Follow @erinvale', 'Erin Vale'],
      ['By JEFFREY GARTH JAN. 13, 2017', 'Jeffrey Garth'],
      ['by Lucas Norlan22 Dec 2016651', 'Lucas Norlan'],
      ['by Ahiza Marr @ahiza_marr February 1, 2016: 12:41 PM ET', 'Ahiza Marr'],
      ['By Alissa Wilde@alissaw Updated Jul 24, 2018, 2:15pm EDT', 'Alissa Wilde'],
      ['By Jo Park 2026-03-02', 'Jo Park'],
    ] as const)
      expect(parseByline(box)?.authors, box).toEqual([name])
    // Sentences that begin with "By" and a date are no bylines; a name before a
    // number is not cut where a month's letters sit inside it ("Romar", "Decker").
    for (const sentence of [
      'By March 18, the council had run out of grit.',
      'By the end of May 2026, prices had doubled.',
      'By 2030 the port will handle twice the freight.',
      'By Ben Romar 3 hours ago',
      'By Mary Ann Martin 2 hours ago',
      'By Mary Jo Decker 10 min read',
    ])
      expect(parseByline(sentence), sentence).toBeNull()
  })

  it('reads names out of bylines with agencies, outlets, roles, serial commas and dates', () => {
    expect(parseByline('By JANE DOE and JOHN SMITH Associated Press')?.authors).toEqual([
      'Jane Doe',
      'John Smith',
    ])
    expect(parseByline('By Jane Doe and John Smith, The Washington Post')?.authors).toEqual([
      'Jane Doe',
      'John Smith',
    ])
    expect(parseByline('By Jane Doe, Tom Lee, and Ann Wu')?.authors).toEqual([
      'Jane Doe',
      'Tom Lee',
      'Ann Wu',
    ])
    expect(parseByline('By Chloe Matthews, Consumer Reporter')?.authors).toEqual(['Chloe Matthews'])
    expect(parseByline('Posted by Fiona MacLeod on 3 September 2025')?.authors).toEqual([
      'Fiona MacLeod',
    ])
    expect(parseByline('By Jane Doe, Aug. 20, 2025')?.authors).toEqual(['Jane Doe'])
    expect(parseByline('By The Associated Press')?.authors).toEqual([])
    expect(parseByline('By The Editorial Board')?.authors).toEqual([])
    expect(parseByline('By the end of the year, prices had doubled.')).toBeNull()
    expect(parseByline('By The Way, nobody asked.')).toBeNull()
  })

  // One list of wires (src/normalize/wire-agencies.ts) for bylines and datelines: a wire
  // written out in full was a writer ("By Agence France-Presse") before it was shared.
  it('credits a wire, in full or by its tag, to no person, and keeps a surname a tag spells', () => {
    for (const credit of [
      'By Agence France-Presse',
      'By Deutsche Presse-Agentur',
      'By Press Trust of India',
      'By Xinhua',
      'By UPI',
      'By The Associated Press',
      'By Agencies',
    ])
      expect(parseByline(credit)?.authors, credit).toEqual([])
    expect(parseByline('By Anna Lee and Tom Ruiz, Agence France-Presse')?.authors).toEqual([
      'Anna Lee',
      'Tom Ruiz',
    ])
    expect(parseByline('By ANNA LEE United Press International')?.authors).toEqual(['Anna Lee'])
    expect(parseByline('By Chinwe Grace, ANI')?.authors).toEqual(['Chinwe Grace'])
    expect(parseByline('By JANE DOE REUTERS')?.authors).toEqual(['Jane Doe'])
    expect(parseByline('By JOHN SMITH reuters')?.authors).toEqual(['John Smith'])
    expect(parseByline('By JOHN SMITH AFP')?.authors).toEqual(['John Smith'])
    // "Ani", "Efe", "Ansa" are names too: such a tag is the wire only as a credit of its
    // own, as the wire writes it or in capitals, never as the last word of a name.
    expect(parseByline('By Chinwe Grace Ani')?.authors).toEqual(['Chinwe Grace Ani'])
    expect(parseByline('By Jorge Luis Efe')?.authors).toEqual(['Jorge Luis Efe'])
    expect(parseByline('By MARY JANE ANI')?.authors).toEqual(['Mary Jane Ani'])
    expect(parseByline('By ANNA MARIA ANSA')?.authors).toEqual(['Anna Maria Ansa'])
    expect(parseByline('By TASS')?.authors).toEqual([])
    expect(namesBeforeDate('Ani March 3, 2020')).toBeNull()
    expect(namesBeforeDate('ANI March 3, 2020')?.names).toBe('ANI')
  })

  it('reads bylines with a job title and no "By", a place, a section before them, or a site account', () => {
    expect(parseByline('Rosa Kallin, political correspondent')?.authors).toEqual(['Rosa Kallin'])
    expect(parseByline('Oliver Hennig and Sara Minde, VPB economics reporters')?.authors).toEqual([
      'Oliver Hennig',
      'Sara Minde',
    ])
    expect(parseByline('By Kai Lindqvist, senior forecaster')?.authors).toEqual(['Kai Lindqvist'])
    expect(parseByline('By Per Brun, at Halvik District Court')?.authors).toEqual(['Per Brun'])
    expect(
      parseByline('Markets | By Lena Varga and Jakob Thorsen | 14 October 2026')?.authors
    ).toEqual(['Lena Varga', 'Jakob Thorsen'])
    expect(parseByline('Posted by admin in Local News')?.authors).toEqual([])
    expect(parseByline('By Hedda Voss, on the harbour front')?.authors).toEqual(['Hedda Voss'])
    expect(parseByline('Posted by Sunniva Holm, Varnes')?.authors).toEqual(['Sunniva Holm'])
    expect(parseByline('By Ines Kallberg and Markus Dahl, Investigations')?.authors).toEqual([
      'Ines Kallberg',
      'Markus Dahl',
    ])
    expect(
      parseByline('Posted by Maren Holt, restructuring lawyer | 13 March 2026')?.authors
    ).toEqual(['Maren Holt'])
    expect(parseByline('Posted 9 April 2026 by Mirela Sandqvist')?.authors).toEqual([
      'Mirela Sandqvist',
    ])
    expect(parseByline('Posted on the harbour by Mirela Sandqvist')).toBeNull()
    // Sentences that start like those bylines: a name-shaped start, then a clause.
    expect(parseByline('By Christmas Eve, the council had run out of grit.')).toBeNull()
    expect(parseByline('By Anna Lee, on the other hand, nothing was said.')).toBeNull()
    expect(parseByline('By Anna Lee and Tom')).toBeNull()
    expect(parseByline('By Anna Lee, in the end nothing happened.')).toBeNull()
    // A beat with an "and", a dash before the title, the article's own outlet after the name.
    expect(parseByline('By Jane Doe, Health and social care correspondent')?.authors).toEqual([
      'Jane Doe',
    ])
    expect(parseByline('Ilse Korhonen — Policy Editor')?.authors).toEqual(['Ilse Korhonen'])
    expect(
      parseByline('Katrin Moll, Capital Business Review', ['Capital Business Review'])?.authors
    ).toEqual(['Katrin Moll'])
    expect(parseByline('Katrin Moll, Capital Business Review')).toBeNull()
    expect(parseByline('Jane Doe, Morgan Stanley', ['Harbour Post'])).toBeNull()
    expect(parseByline('By Friday and Saturday, most shops had closed.')).toBeNull()
    expect(parseByline('By Greta Holm (volunteer editor)')?.authors).toEqual(['Greta Holm'])
    expect(parseByline('Jon Erlend Voss, Capital Ledger', ['The Capital Ledger'])?.authors).toEqual(
      ['Jon Erlend Voss']
    )
    expect(parseByline('By John Smith (pictured)')).toBeNull()
    expect(parseByline('By TOMAS GRELL FOR THE DAILY COURIER')?.authors).toEqual(['Tomas Grell'])
    expect(parseByline('By Gabriel Nistor for the Daily Courier')?.authors).toEqual([
      'Gabriel Nistor',
    ])
    expect(
      parseByline('By the time we arrived for the Daily Courier interview, it was over.')
    ).toBeNull()
    expect(
      parseByline('Published on 9 April 2026 by Anna Lee, the report found failings.')
    ).toBeNull()
    // A name and what the person is, not a writer's job: story text.
    expect(parseByline('John Smith, chief executive')).toBeNull()
    expect(parseByline('Paris, France')).toBeNull()
    expect(parseByline('Anna Berg, a reporter at the Post, said she was threatened.')).toBeNull()
    expect(parseByline('Ferry delays | By the harbour, a queue of lorries')).toBeNull()
  })

  it('does not take sentences that start with "By" for bylines', () => {
    expect(parseByline('By Friday, the talks had stalled.')).toBeNull()
    expect(parseByline('By the end of the year, prices had doubled.')).toBeNull()
  })
})

describe('line rules', () => {
  const context = { outletNames: ['Harbour Post'], nearEdge: true }
  it.each([
    ['Advertisement', REASONS.advertisement],
    ['Scroll to continue with content', REASONS.advertisement],
    ['Advertisement - Scroll to continue', REASONS.advertisement],
    ['READ MORE: Council delays vote on bus lanes', REASONS.readMore],
    ['© 2024 Harbour Post Ltd. All rights reserved.', REASONS.copyright],
    [
      'Sign up for our weekly newsletter and get the best stories in your inbox.',
      REASONS.newsletter,
    ],
    ['Download the Harbour Post app to stay updated on the go.', REASONS.promo],
    ['Please support independent local reporting with a monthly donation.', REASONS.donation],
    [
      'The mayor at the opening ceremony on Friday. (Photo by Lee Park/Getty Images)',
      REASONS.caption,
    ],
    ['Photograph: Sam Jones/PA', REASONS.caption],
    ['12 comments', REASONS.readingTime],
    ['4 min read', REASONS.readingTime],
    ['Updated 3 hours ago', REASONS.relativeTime],
    ['Share on Facebook', REASONS.share],
    ['Workers repair power lines in the Odesa region on Wednesday. Photo: AP', REASONS.caption],
    ['ADVERTISEMENT', REASONS.advertisement],
    ['Story continues below advertisement', REASONS.advertisement],
    ['Accept all', REASONS.consent],
    [
      'We and our partners use cookies to store and access information on your device. By clicking “Accept all”, you consent to our use of cookies.',
      REASONS.legal,
    ],
    [
      'This website uses cookies to give you the best experience. By continuing to browse you agree to them.',
      REASONS.consent,
    ],
    ['We use cookies to personalise content and ads. Accept | Manage', REASONS.consent],
    ['08:02 GMT', REASONS.timestamp],
    ['Updated at 08.31 GMT', REASONS.timestamp],
    ['Key events', REASONS.navigation],
    ['Please turn on JavaScript to use this feature', REASONS.navigation],
    ['— Sarah Jennings (@sjennings_kent) November 20, 2025', REASONS.embed],
    ['pic.twitter.com/x9Lk2vQpZc', REASONS.embed],
    [
      'Breaking News Emails Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.',
      REASONS.newsletter,
    ],
    ['Get the latest headlines updates straight to your phone', REASONS.newsletter],
    ['Story Continued Below', REASONS.advertisement],
    ['Article continues after advertisement', REASONS.advertisement],
    ['Slideshow (26 Images)', REASONS.navigation],
    ['(Click Prev or Next to continue viewing images.)', REASONS.navigation],
    ['Embed 0:48 autoplay autoplay Copy this code to your website or blog', REASONS.navigation],
    [
      'We have sent you a verification email. Please check your email and click on the link to activate your profile.',
      REASONS.newsletter,
    ],
    [
      'If you do not receive the verification message within a few minutes of signing up, please check your Spam or Junk folder.',
      REASONS.newsletter,
    ],
    [
      'Harbour Post Reprints: This copy is for your personal, non-commercial use only. To order copies for distribution, use the Order Reprints tool.',
      REASONS.copyright,
    ],
    [
      'Transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future.',
      REASONS.policy,
    ],
    ['Image copyright PA', REASONS.caption],
    ['Image caption The minister arrives at Downing Street', REASONS.caption],
    ['Originally published on Live Science.', REASONS.syndication],
    ['This Tweet was deleted by the Tweet author. Learn more', REASONS.embedNotice],
    ['Allow X content?', REASONS.embedNotice],
    ['Media playback is unsupported on your device', REASONS.embedNotice],
    ['View\u00a0this post on Instagram.', REASONS.embedNotice],
    ['Story continues below the video', REASONS.advertisement],
    ['Article continues after sponsor message', REASONS.advertisement],
    ["We've sent you a verification email.", REASONS.newsletter],
    [
      'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.',
      REASONS.policy,
    ],
    [
      'Distribution and use of this material are governed by our Subscriber Agreement and by copyright law.',
      REASONS.copyright,
    ],
    ['Tweet with a location', REASONS.embedNotice],
    [
      'You can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications. You always have the option to delete your Tweet location history. Learn more',
      REASONS.embedNotice,
    ],
    ['Video unavailable', REASONS.embedNotice],
    ['This video is private.', REASONS.embedNotice],
    ["If playback doesn't begin shortly, try restarting your device.", REASONS.embedNotice],
    ['This feature is not available right now. Please try again later.', REASONS.embedNotice],
    [
      'An error occurred. Try watching this video on www.youtube.com, or enable JavaScript if it is disabled in your browser.',
      REASONS.embedNotice,
    ],
    ['View this post on Instagram', REASONS.embedNotice],
    ['Skip twitter post by Harbour Council, 2', REASONS.embedNotice],
    ['End of Instagram content', REASONS.embedNotice],
    ['This content isn’t available right now', REASONS.embedNotice],
    ['Do you have a story? Email us at news@dailyherald.example', REASONS.contact],
    [
      'Gazette readers with information can contact the newsroom in confidence on 044 318 200.',
      REASONS.contact,
    ],
    ['Got a story? Call our news desk on +44 (0)20 7946 0321', REASONS.contact],
    ['Credit...Jane Doe for The New York Times', REASONS.caption],
    ['Photo illustration by The Daily Sentinel; Getty Images', REASONS.caption],
    ['Enlarge this image', REASONS.navigation],
    ['US & Canada is sponsored by', REASONS.advertisement],
    ['This section is presented by:', REASONS.advertisement],
    ['Share on Reddit', REASONS.share],
    ['Share this story via email', REASONS.share],
    ['RecommendRecommended', REASONS.navigation],
    ['BookmarkBookmarked Share More', REASONS.navigation],
    ['reader comments', REASONS.comments],
    ['Copiar link', REASONS.share],
    ['Leia mais', REASONS.readMore],
    ['Lire aussi', REASONS.readMore],
    ['This article is more than 2 years old', REASONS.readingTime],
    ['Listen to this article · 5:32 min', REASONS.readingTime],
    ['Continue reading the main story', REASONS.advertisement],
    ['Contributing: Jane Doe, USA TODAY', REASONS.productionCredit],
    ['—With assistance from Noor Haddad and Ilse Vermeer', REASONS.productionCredit],
    ['-- With assistance from Jane Doe, Ana Costa, and Li Wei.', REASONS.productionCredit],
    ['Have your say: do you back the plan? Let us know in the comments below.', REASONS.comments],
    [
      'Priya Nair covers city hall for the Harbour Post. Reach her at pnair@harbourpost.example.',
      REASONS.contact,
    ],
    ['Home | News | Politics | Business | Sport | Opinion', REASONS.navigation],
    ['Menu  Search  Sign in', REASONS.navigation],
    ['News · World · Europe', REASONS.navigation],
    ['Share this article: Facebook | X | WhatsApp | Email', REASONS.share],
    ['87 comments · Share', REASONS.readingTime],
    ['The Harbour Post', REASONS.masthead],
    ['Harbour Post — serving the bay since 1887', REASONS.masthead],
    ['Harbour Post 98.4 FM — Local News', REASONS.masthead],
    ['HarbourPost', REASONS.masthead],
    ['HarbourPost | Newsdesk', REASONS.masthead],
    ['Harbour Post | Business', REASONS.navigation],
    ['Related topics: Ferries, Harbour board, Tourism', REASONS.readMore],
    ['Trending now: Ring road closure · School places · Derby tickets', REASONS.readMore],
    ['Explore more on these topics: Talvenia · Drought · Farming · Europe', REASONS.readMore],
    ['More on this topic: Harbour board', REASONS.readMore],
    ['Explore more: Ferries | Tourism', REASONS.readMore],
    ['Posted in: Industry News, Fuel', REASONS.readMore],
    ['MOST READ NEWS', REASONS.readMore],
    ['Share or comment on this article:', REASONS.share],
    ['Markets: Milk price steady | Fertiliser costs ease | Grain futures', REASONS.readMore],
    ['Join the union: find your branch at ecwf.example', REASONS.promo],
    ['The Harbour Post fuel map is free to use at harbourpost.example/fuelmap', REASONS.promo],
    ['Get live traffic on the Harbour Post at www.harbourpost.example', REASONS.promo],
    ['Listen live: Bay FM 98.4 and on the Bay app.', REASONS.promo],
    ['Additional reporting by Tove Hallin', REASONS.productionCredit],
    ['Reporting: Sam Ruiz | Editing: Ana Pike', REASONS.productionCredit],
    ['(HPA)', REASONS.signOff],
    ['hpa/sr/ap', REASONS.signOff],
    ['— VPA  hk/ls', REASONS.signOff],
    ['— Ben Okafor', REASONS.signOff],
    ['Source: Kestrian News Agency', REASONS.signOff],
    ['Source: Continental Press Agency (CPA)', REASONS.signOff],
    ['Harbour Post World Desk, with CNW', REASONS.signOff],
    ['Send us your storm pictures: photos@harbourpost.example', REASONS.contact],
    ["The views expressed in this column are the author's own.", REASONS.policy],
    ['Like this story? Share it with a friend!', REASONS.share],
    ['Share your thoughts with friends.', REASONS.share],
    ['Post navigation', REASONS.navigation],
    ['Previous Post: Harbour dredging to start in June', REASONS.navigation],
    ['Leave a Reply', REASONS.comments],
    ['Top Rated Comments', REASONS.comments],
    ['Rating: 36 Votes', REASONS.comments],
    ['2 days ago at 07:52 am', REASONS.relativeTime],
    ['Enjoyed this article? Share it.', REASONS.share],
    [
      'Harbour Post may earn an affiliate commission if you purchase something through recommended links in this article.',
      REASONS.policy,
    ],
    ['When you buy through links on our site, we may earn a commission.', REASONS.policy],
    ['We may earn a commission from links on this page.', REASONS.policy],
    ['WE MAY EARN A COMMISSION FROM LINKS ON THIS PAGE.', REASONS.policy],
    ['Score: +12', REASONS.comments],
    ['Home › City › Courts', REASONS.navigation],
    ['Harbour Post Online | 98.4 FM', REASONS.navigation],
    ['Harbour Post · News · Wednesday 3 June 2026', REASONS.navigation],
    ['Economy › Public finance', REASONS.navigation],
    ['Katrin Uhle | Chief Political Correspondent', REASONS.signOff],
    ['Hugh Denholm, Europe correspondent', REASONS.signOff],
    ['Harwick Today staff', REASONS.signOff],
    ['From our correspondent in Karsvik', REASONS.signOff],
    ['Image caption: Rescue crews at the collapsed stand on Saturday night', REASONS.caption],
    ['This is a developing story and will be updated.', REASONS.updateNotice],
    ['(This is a breaking news story and will be updated.)', REASONS.updateNotice],
    ['This story has been updated with comments from the mayor.', REASONS.updateNotice],
    ['(Updates with closing share price in fourth paragraph)', REASONS.updateNotice],
    ['(Adds minister’s comment, paragraphs 5-6)', REASONS.updateNotice],
    ['More to follow.', REASONS.updateNotice],
    ['Refresh the page for the latest updates.', REASONS.updateNotice],
    ['This article originally appeared on Northwire.', REASONS.syndication],
    ['This article was automatically republished from a partner feed.', REASONS.syndication],
    ['This story contains material provided by the Kessland Press Agency.', REASONS.syndication],
    ['The following report is from Northwire:', REASONS.syndication],
    ['Republished from Newsbeat', REASONS.syndication],
    ['Reprinted with permission from The Harbour Post.', REASONS.syndication],
    ['Republished courtesy of Northwire', REASONS.syndication],
    ['Republished from Phys.org', REASONS.syndication],
    [
      'Reprinted with permission from Inside Climate News, a nonprofit newsroom.',
      REASONS.syndication,
    ],
    ["Editor's note: This story was first published by Northwire.", REASONS.syndication],
    ['This article appears in the 12 June print edition.', REASONS.syndication],
    ['Harbour Post carries Northwire content under licence.', REASONS.syndication],
    [
      'Markets Weekly is published by Harwell Media. Redistribution prohibited.',
      REASONS.syndication,
    ],
    [
      'This article is for information only and does not constitute investment advice.',
      REASONS.disclaimer,
    ],
    ['Market data delayed by at least 15 minutes.', REASONS.disclaimer],
    ['Quotes delayed 20 minutes.', REASONS.disclaimer],
    ['Stocks mentioned: VALC.CX', REASONS.marketData],
    ['Disclosure: The author holds no position in the securities mentioned.', REASONS.disclaimer],
    ['Listen live on 97.4 FM or on the Harbour Post app.', REASONS.promo],
    ['Watch Channel 9 News at 6 for the full report.', REASONS.promo],
    ['Comments are closed on this article.', REASONS.comments],
    ['Listen again: Evening Report, 6-7pm, on the Harbour Radio app.', REASONS.promo],
    ['Watch live coverage on Channel 9 and ch9.example.', REASONS.promo],
    ['The information in this article is not financial advice.', REASONS.disclaimer],
    ['Additional reporting by Per Moen and Greta Lie in Halvard.', REASONS.productionCredit],
    ['— Reporting by Piotr Lanz; Editing by Claire Dunmore', REASONS.productionCredit],
    ['Our coverage of the Dravenne hailstorm:', REASONS.readMore],
    ['Related Posts', REASONS.readMore],
    ['Most watched', REASONS.readMore],
    ['▶ Listen to this report (2:14)', REASONS.readingTime],
    ['Dravik Bygg (DRVK) kr 84.10 ▼ 11.3% | year to date ▼ 19.8%', REASONS.marketData],
    ['Meridan Holdings (MRDN) €12.02 -0.4%', REASONS.marketData],
    ['Shares mentioned in this article: Dravik Bygg (DRVK), Norrvik (NRVK)', REASONS.marketData],
    ['Related tickers: DRVK, NRVK, SKAN', REASONS.marketData],
    ['Stocks mentioned: VALC.CX.', REASONS.marketData],
    ['Tickers mentioned: ACME', REASONS.marketData],
    ['To contact the editors responsible for this story:', REASONS.contact],
    ['Leah Okafor in Varnholm at lokafor@wire.example', REASONS.contact],
    ['Write to Ethan Morrow at ethan.morrow@journal.example', REASONS.contact],
    [
      'Medically reviewed by Dr. Ines Karlsen, MD, infectious disease specialist',
      REASONS.productionCredit,
    ],
    ['We use cookies on this site. Accept | Manage settings', REASONS.consent],
    ['Estimated reading time: 4 minutes', REASONS.readingTime],
    ['Harbour Post staff, with files from Continental Wire', REASONS.signOff],
    ['From staff and wire reports', REASONS.signOff],
    ['Southland Post staff and agencies', REASONS.signOff],
    // Found on real captures: a share bar as bare words, a section's "More>>", a
    // social account's button, a page count, a relative time in years.
    ['share tweet pin email', REASONS.share],
    ['Facebook Twitter LinkedIn Email', REASONS.share],
    ['Local News More>>', REASONS.readMore],
    ['Most Popular Stories More »', REASONS.readMore],
    ['Follow @harbourpost', REASONS.navigation],
    ['Page 1 of 1', REASONS.readingTime],
    ['2 years ago', REASONS.relativeTime],
    ['Updated a year ago', REASONS.relativeTime],
    ['Play Facebook', REASONS.share],
    ['Google Plus', REASONS.share],
    ['E-mail this to a friend »', REASONS.share],
    ['Click to share on WhatsApp (Opens in new window)', REASONS.share],
    ['Click to email a link to a friend (Opens in new window)', REASONS.share],
    ['ADVERTISEMENT (Click Prev or Next to continue viewing images.)', REASONS.navigation],
    ['Go Back', REASONS.navigation],
    ['Updated:', REASONS.navigation],
    ['You must log in to continue.', REASONS.navigation],
    ['Sorry, the page you requested was not found.', REASONS.navigation],
    ['Thank you for signing up!', REASONS.navigation],
    ['Photo by Ethan Marr/Getty Images.', REASONS.caption],
    ['Photo courtesy of the family. Video by Jane Doe.', REASONS.caption],
    // Found by the third review: a notice's own words after "copyright".
    ['Copyright by Harbour Post Media Ltd 2026', REASONS.copyright],
    ['copyright harbourpost.example 2026', REASONS.copyright],
    ['Photo illustration by Slate. Photo by Ethan Marr/Getty Images.', REASONS.caption],
    ['Uploaded on Aug 6, 2015', REASONS.embedNotice],
    ['An error occurred. Please try again.', REASONS.embedNotice],
    ['The interactive transcript could not be loaded.', REASONS.embedNotice],
    ['See more of Harbour Post on Facebook', REASONS.embedNotice],
    [
      'This video has been removed. This could be because it launched early, our rights have expired, there was a legal issue, or for another reason.',
      REASONS.embedNotice,
    ],
  ])('%s', (line, reason) => {
    expect(furnitureReason(line, context)).toBe(reason)
  })

  it.each([
    story,
    'Bloggers may earn a commission of up to 8% through affiliate links, the retailer said.',
    'Bloggers may earn a commission through affiliate links.',
    'Share it with your family, the minister told farmers.',
    'The next post office will open in May.',
    'Passengers may receive compensation of up to £500, though none had been paid when this article was published.',
    'Rating: 4',
    '“We want you to know that we are open for business,” the owner told customers on Monday.',
    'Subscribers to the streaming service rose by 5 million in the quarter, the company said.',
    'The charity said donations had fallen by a third since the pandemic.',
    'Firefighters from three stations attended.',
    'It was not unanimous.',
    '“It helped. It did not solve the problem.”',
    'Anyone with information is asked to contact police at appeals@police.example or call 101.',
    'Police appealed for witnesses to contact them on 0800 555 111, quoting reference 4471.',
    'The charity said anyone struggling could call its helpline on 0300 123 4567.',
    'The bakery said it had sold 3,000 cookies by noon, and customers were asked to accept a limit of six each.',
    'The council updated its guidance at 14:00 on Tuesday.',
    'The Harbour Post first reported the findings in March, after obtaining the report through a records request.',
    'Mayor Tom Reyes told the Harbour Post on Wednesday that every inspection report would be published.',
    'Associated Press writer Vanessa Gera in Warsaw, Poland, contributed to this report.',
    'With assistance from the army, crews cleared the road by noon.',
    'Related talks are expected to resume in Geneva next week, officials said.',
    'Photographers were kept behind a barrier as the coffin was carried into the church.',
    'Photos by residents showed water pouring through the roof of the school.',
    'Correction: An earlier version of this article misstated the date of the vote.',
    'Advertisement income covered most of the costs.',
    'Sponsored walks raised £2,000 for the hospice.',
    'Share prices of the brewery rose 4% on the news.',
    'Updated figures will be published in January.',
    '“Download the app and see for yourself,” the organisers said in a statement.',
    'Why?',
    'We want to ban cookies that track users without consent, the minister said.',
    'We use cookies from the bakery on Main Street, and customers agree they are the best.',
    'Regulators said you should be able to reject cookies as easily as you accept them.',
    'Residents will have their say at a public meeting in the comments period next month.',
    'Party | Seats | Share',
    'Result: 212 | 98 | 40',
    'Residents can find the consultation at council.example until Friday.',
    'The company’s website, ferrylines.com, was down for most of the day.',
    'Posted in the window of the shop was a notice announcing the closure.',
    'Monday 3 June | The council voted',
    'Result: Yes',
    'Why it matters: the dam holds water for 210,000 homes.',
    'and/or',
    '— and then the lights went out.',
    'Source: the company said the figures were wrong.',
    'Additional reporting by the BBC found that costs had doubled.',
    'The news desk was evacuated at noon.',
    'Reporter attacked at rally',
    'Staff were sent home early on Friday',
    'This is a developing situation, the police said.',
    'This report was published by the inspectorate on Tuesday and found serious faults.',
    'This story began in 2019, when the first complaints were filed.',
    'Data on delayed trains was released on Monday.',
    'The data delayed the launch by 15 minutes.',
    'The report found no legal advice had been sought before the sale.',
    'The company operated the mine under licence from the ministry.',
    'The broadcaster carries the league’s matches under licence.',
    'Watch out for falling debris, the fire service warned.',
    'Listen to the victims, the bishop urged the crowd.',
    'Comments on the proposal closed on Friday.',
    'Updates to the software were released on Friday.',
    'More to the point, nobody asked the residents.',
    'Listen to the families who live there before you decide.',
    'Listen to me: I am not going anywhere.',
    'The information was not shared with investors until Friday.',
    'Shares in Dravik Bygg (DRVK) fell 11.3% to 84.10 crowns on Thursday.',
    'Shares: the company said it would not sell them.',
    'Stocks in this story fell by a tenth, the exchange said.',
    'Hanne Dahl (SP) 12,408 +3.1%',
    'Labour (LAB) 9,686 -4.2%',
    'Companies named: Acme Ltd, Brown & Co and Carter plc',
    'Police said David Stroud at the scene was unhurt.',
    'Reviewed by Dr Smith, the scan showed no damage.',
    'To contact the reporter, police said, call 101.',
    'Agency staff walked out on Friday',
    'Wire reports said the ship sank',
    'Session 2: State Medicines Procurement Agency',
    // A story about a video or a post, not the platform's notice.
    'This video is unavailable in 40 countries after a copyright claim, the broadcaster said.',
    'This content is not available to readers outside the EU, the publisher said on Monday.',
    'Video unavailable for hours, the stream came back at noon.',
    'Residents can get flood alerts delivered daily by text, the council said.',
    'The report continues under a new name, the board said.',
    'The story continued below the fold in later editions.',
    'Victims were told the confirmation email might land in their spam folder, police said.',
    'Originally, the plan was to open the bridge in May.',
    // Found by review: story sentences that open as the new rules' lines do.
    'Originally published in 1962, the novel was banned in three states.',
    'Originally posted on TikTok, the clip has been viewed 12 million times.',
    'Reprinted from the 1962 edition, the map shows the old harbour',
    'Republished from memory, the list had errors.',
    // Found by review: such sentences without a comma.
    'Republished from memory the list had errors.',
    'Reproduced from fragments found in 1998 the skull is now on display in Oslo.',
    'Reproduced from a single cell the clone lived for six years.',
    'Cross-posted from her private account the photos spread within hours.',
    'Republished from 2019 to 2021 without the author’s consent.',
    'Reprinted with permission from the family the letter reads in full',
    "Editor's note: This story was produced before police named the victim.",
    'Image copyright is a thorny issue for AI companies.',
    'Image captioning tools help blind users navigate the web.',
    'Officials said: Get news updates only from trusted sources.',
    'Those who signed up for the emails get news updates twice a day, the council said.',
    'Voters should receive a confirmation email; if not, check your spam folder, the electoral commission said.',
    'We have sent you a verification email, the message read, before asking for bank details.',
    "Something went wrong, but don't fret, the app told users during the outage.",
    'You can add location information to your tweets, but privacy experts advise against it.',
    '"This copy is for your personal, non-commercial use only," the leaked memo read.',
    'This transcript may not be in its final form, the court clerk warned.',
    'Court transcripts are produced on a rush deadline and often contain errors.',
    'Hackers told staff to copy this code to your website to fix the flaw, investigators said.',
    'Gallery (2004)',
    'Readers who get news alerts on their phones rose to a third, the survey found.',
    'Facebook post',
    'Twitter shares fell 4%',
    'Email scam',
    'Follow the money',
    'Page 3 of the report was blacked out.',
    'A year ago the plant closed.',
    'Photos by Reuters showed the damage.',
    // Found by review: a credit's slash in a sentence, a section's heading.
    'Photos by AP/Reuters showed the damage.',
    'Images by NASA/JPL show the crater.',
    'One year ago',
    // Found by the second review.
    'Copyright lawsuits against AI companies multiplied last year, the report found.',
    'You must log in to continue, the site told users after the breach.',
    'Thank you for signing up, she told the volunteers.',
    'The page you requested was not found in the archive, the court heard.',
    'Uploaded on Aug 6, 2015, the video shows the raid.',
    'This video has been removed from the site, the police said.',
  ])('keeps story text: %s', (line) => {
    expect(furnitureReason(line, { outletNames: [], nearEdge: true })).toBeNull()
  })

  it('drops an appeal printed as one line, and a copyright footer run into the menus', () => {
    const appeal = [
      'This is what independent journalism is up against.',
      'Teams of lawyers hired by the rich and powerful try to stop stories they would rather nobody read.',
      'Lobby groups with hidden funding work to muddy the facts about the climate and public health.',
      'Governments with no regard for a free press jail reporters.',
      'Bad actors flood social media with falsehoods before every election.',
      'But we have something powerful on our side.',
      'We have you.',
      'The Harbour Post is funded by its readers, and that means we answer to no one but you.',
      'If you can, please support us today with a one-off or monthly contribution.',
      'It takes less than a minute.',
      'Thank you.',
    ].join(' ')
    expect(furnitureReason(appeal, context)).toBe(REASONS.donation)
    const menu = 'Home News Local Politics Business Sport Culture Travel Food Money Weather Jobs '
    const footer = `© 2026 Harbour Post Media. All rights reserved. ${menu.repeat(20)}About us`
    expect(furnitureReason(footer, context)).toBe(REASONS.copyright)
    // Past 300 words too (found by the third review).
    expect(furnitureReason(`${footer} ${menu.repeat(10)}`, context)).toBe(REASONS.copyright)
    // An appeal that orders and names the outlet rather than saying "you" or "we".
    const box = [
      'Support independent journalism in the islands.',
      'For more than a century the Harbour Post has reported on the council, the ferries and the fishing fleet.',
      'Its reporters sit through every planning meeting and every court hearing.',
      'Its photographers go out in every storm.',
      'None of that comes free, and advertising no longer pays for it.',
      'A contribution of any size keeps the newsroom open and the paper free to read for everyone.',
      'Donate today.',
    ].join(' ')
    expect(furnitureReason(box, context)).toBe(REASONS.donation)
    // One that speaks of the outlet's journalism, sentence after sentence.
    const newsletter = [
      'Sign up for the Harbour Post newsletter to get the latest news every morning.',
      'Local reporting matters more than ever.',
      'Reporters cover the council, the courts and the schools.',
      'Every story is checked by an editor before it is published.',
      'Readers rely on it every day.',
      'A small monthly contribution keeps the newsroom going.',
      'Support the Harbour Post from just £1 a month.',
      'It only takes a minute.',
      'Thank you.',
    ].join(' ')
    expect(furnitureReason(newsletter, context)).not.toBeNull()
    // A column asking readers to give to another cause is the column's (found by review).
    const column = [
      'The food bank on Quay Street fed 1,200 families last winter, twice as many as the year before.',
      'We should be ashamed of that number.',
      'Our council has cut the hardship fund three years running, and our MPs have said nothing.',
      'If you can donate, the food bank needs tinned fish and nappies most of all.',
      'But charity cannot replace a welfare system.',
      'We need the council to restore the fund before the next winter comes.',
    ].join(' ')
    expect(furnitureReason(column, context)).toBeNull()
  })

  it('keeps a long paragraph whose one sentence thanks the reader or offers a sign-up', () => {
    const paragraph = [
      'Vicki Marsh has been released from Harbour General, five days after she was hurt in the shooting at the ferry terminal.',
      'She was discharged on Sunday afternoon and will continue her recovery at home with her husband and their two children.',
      'Doctors said she was expected to make a full recovery, although she will need several weeks of physiotherapy.',
      'Vicki wants to thank all of you for your support and your donations, and for respecting her privacy as she heals.',
      'She will make a statement to the media once she has had time to rest.',
    ].join(' ')
    expect(furnitureReason(paragraph, context)).toBeNull()
    // A quotation over two sentences is one, and "the US" is no "us" (found by review).
    const quoted = `${paragraph} “We are overwhelmed. We will say more when she has rested,” her husband said.`
    expect(furnitureReason(quoted, context)).toBeNull()
    const country = [
      'Donations for the flood victims passed 2 million crowns on Friday, the relief fund told the Harbour Post.',
      'Most of the money came from the US.',
      'Relief groups in the US have held concerts and auctions since the river burst its banks.',
      'The fund said it would spend the first million on temporary housing for 300 families.',
      'A second appeal will open in the spring, when the damage to farms has been counted.',
    ].join(' ')
    expect(furnitureReason(country, context)).toBeNull()
    // An appeal box opens as one, whatever story-like sentences follow.
    const box = [
      'Sign up for our morning newsletter and get the day’s news in your inbox.',
      'Please verify you’re not a robot by clicking the box.',
      'You will receive emails containing news content, updates and promotions from the Harbour Post.',
      'You may opt out at any time.',
      'The newsletter is sent before 7 a.m. on weekdays and covers the council, courts and schools.',
    ].join(' ')
    expect(furnitureReason(box, context)).toBe(REASONS.newsletter)
  })

  it("reads a station's masthead whether its name carries the band or not", () => {
    const station = (name: string) => ({ outletNames: [name], nearEdge: true })
    expect(furnitureReason('Radio Orlenz 98.4 FM — News', station('Radio Orlenz 98.4'))).toBe(
      REASONS.masthead
    )
    expect(
      furnitureReason('Radio Vessa newsroom | 96.2 FM | Listen live', station('Radio Vessa 96.2'))
    ).toBe(REASONS.navigation)
    expect(furnitureReason('Channel 4 — News', station('Channel 5'))).toBeNull()
    expect(furnitureReason('Radio — the latest', station('Radio 538'))).toBeNull()
    expect(
      furnitureReason('Radio Orlenz said on Tuesday it would close.', station('Radio Orlenz 98.4'))
    ).toBeNull()
  })

  it.each([
    'Harbour Post reporters were told to leave the building.',
    'Harbour Post: the owner said it would close the print edition in May.',
    'Harbour Post staff — 40 jobs to go',
    'Harbour Post owner: the paper will close in May',
    'Harbour Post editor: We got it wrong.',
  ])('keeps story text that names the outlet: %s', (line) => {
    expect(furnitureReason(line, context)).toBeNull()
  })
})

describe('a headline as the first plain line', () => {
  it.each([
    'Image copyright Harbour Images Image caption Volunteers stacked sandbags along the quay',
    'Media playback is unsupported on your device Media caption The mayor on the flood',
    'CLOSE Volunteers stacked sandbags along the quay on Sunday. Harbour TV',
    'Volunteers stack sandbags in Weston on Sunday. (AP Photo/Jane Doe) (Associated Press)',
  ])('is never a photo’s or video’s caption: %s', (caption) => {
    const a = normalizeArticle({ content: `${caption}\n\n${story}`, form: 'text', metadata: {} })
    expect(a.title).toBe(deriveTitle(story))
    expect(a.removed.map((r) => r.reason)).not.toContain(REASONS.headline)
  })

  it('rejoins one hard-wrapped line that goes on in lower case, not a headline above a story', () => {
    const wrapped = normalizeArticle({
      content:
        'Council approves new budget\n\nThe city council on Monday approved a budget that\nraises property taxes by two percent next year.\n\nThe mayor said she would sign it.',
      form: 'text',
      metadata: {},
    })
    expect(wrapped.text).toContain('a budget that raises property taxes')
    const head = 'Council votes to close the old harbour bridge after a safety report'
    expect(
      normalizeArticle({ content: `${head}\n${story}`, form: 'text', metadata: {} }).title
    ).toBe(head)
  })

  it('keeps a byline under a headline apart from it (a lower-case line ending no sentence)', () => {
    const head = 'Council votes to close the old harbour bridge after a safety report'
    const a = normalizeArticle({
      content: `${head}\nby Jane Doe\n\n${story}\n\n${story}`,
      form: 'text',
      metadata: {},
    })
    expect([a.title, a.authors.map((x) => x.name)]).toEqual([head, ['Jane Doe']])
  })

  it('keeps a headline that opens with a word a box label has', () => {
    for (const title of [
      'Highlights from the Champions League final',
      'Key points from the Fed statement',
    ]) {
      const a = normalizeArticle({ content: `${title}\n\n${story}`, form: 'text', metadata: {} })
      expect(a.title).toBe(title)
    }
  })

  it('leaves out a box label before a colon, and one in capitals', () => {
    for (const label of ['Key points:', 'Highlights:', 'STORY HIGHLIGHTS']) {
      const a = normalizeArticle({ content: `${label} ${story}`, form: 'text', metadata: {} })
      expect(a.title, label).toBe(deriveTitle(story))
    }
  })

  it('leaves out a box label run into it (CNN’s "Story highlights")', () => {
    const a = normalizeArticle({
      content: `Story highlights Officials ask the public to help find the drone’s operator\n\n${story}`,
      form: 'text',
      metadata: {},
    })
    expect(a.title).toBe('Officials ask the public to help find the drone’s operator')
  })

  it('is not taken from a caption written as prose, nor is the summary', () => {
    const caption =
      'CLOSE Volunteers stacked sandbags along the quay on Sunday, as the video from the council shows.'
    const a = normalizeArticle({ content: `${caption}\n\n${story}`, form: 'text', metadata: {} })
    expect(a.title).toBe(deriveTitle(story))
    expect(a.summary).not.toContain('Volunteers')
  })

  it('is not the page’s address printed above it, which is the article’s URL', () => {
    const at = (content: string, url?: string) =>
      normalizeArticle({ content, form: 'text', metadata: url ? { url } : {} })
    const page = 'https://harbour-post.example/news/council-closes-bridge'
    expect(at(`${page}\nCouncil closes bridge\n${story}`).url).toBe(page)
    // Stated metadata wins; a post's or a short link's address is not the page's; the
    // address must stand alone on one of the first two lines.
    expect(at(`${page}\nCouncil closes bridge\n${story}`, 'https://other.example/a').url).toBe(
      'https://other.example/a'
    )
    expect(
      at(`https://twitter.com/harbour/status/1\nCouncil closes bridge\n${story}`).url
    ).toBeNull()
    expect(at(`https://harbour-post.example/\nCouncil closes bridge\n${story}`).url).toBeNull()
    expect(at(`Council closes bridge\n${story}\n${page}`).url).toBeNull()
    expect(at(`Council closes bridge\nBy Jane Doe\n${page}\n${story}`).url).toBeNull()
    // Found by review: an image's address, a link under a label, a news reader's address.
    expect(
      at(`https://img.example/news/1024/_12345_storm.jpg\nStorm hits coast\n${story}`).url
    ).toBeNull()
    expect(at(`How to help:\nhttps://relief.example/donate/storm\n${story}`).url).toBeNull()
    expect(
      at(`https://news.google.com/articles/CBMiXWh0\nStorm hits coast\n${story}`).url
    ).toBeNull()
    // A headline of 40 to 100 characters and no period, above a one-line story, is no
    // hard wrap (with the address, it took two lines ending mid-sentence to be one).
    const head = 'Council votes to close the old harbour bridge after a safety report'
    const read = at(`${page}\n${head}\n${story}`)
    expect([read.url, read.title, read.text]).toEqual([page, head, story])
  })

  it('is never a list item, however short', () => {
    const content = [
      'Key points:',
      '- 31 confirmed dead, up from 19 overnight',
      '- 112 people still missing',
      story,
    ].join('\n\n')
    const a = normalizeArticle({
      content,
      form: 'text',
      metadata: { title: 'Dam collapse: death toll climbs to 31', source: 'Harbour Gazette' },
    })
    expect(a.text).toContain('- 31 confirmed dead, up from 19 overnight')
    expect(a.removed.map((r) => r.reason)).not.toContain(REASONS.headline)
  })
})

describe('labels above a scraped story whose title is known', () => {
  const notTitle = () => false
  it('drops up to three short labels: sections, kickers, agencies, a bare name', () => {
    const { paragraphs, removed } = dropHeadLabels(
      ['WORLD | Nordic Wire', 'STORM ELIN', 'Marta Olsen', story],
      notTitle
    )
    expect(paragraphs).toEqual([story])
    expect(removed.map((r) => r.reason)).toEqual(Array(3).fill(REASONS.sectionLabel))
  })

  it.each([
    ['a bullet', '- Bridge shut until noon'],
    ['a list heading', 'Key points:'],
    ['a sentence', 'Nobody was hurt.'],
    ['an exclamation', 'THEY ARE ALIVE!'],
    ['a scoreline', 'Hale 2, 71; Ruiz 45'],
    ['a line of five words', 'Ferries cancelled across the coast'],
  ])('stops at %s', (_kind, line) => {
    expect(dropHeadLabels([line, story], notTitle).paragraphs).toEqual([line, story])
  })

  it('stops at the title repeated in the body and never drops the last paragraph', () => {
    const title = 'Storm shuts bridge'
    expect(dropHeadLabels(['World', title, story], (l) => l === title).paragraphs).toEqual([
      title,
      story,
    ])
    expect(dropHeadLabels(['Weather'], notTitle).paragraphs).toEqual(['Weather'])
  })

  it('drops labels on both sides of a repeated title; keeps them when no title is known', () => {
    const content = ['WORLD | Nordic Wire', 'Storm shuts bridge', 'Marta Olsen', story].join('\n\n')
    const titled = normalizeArticle({
      content,
      form: 'text',
      metadata: { title: 'Storm shuts bridge' },
    })
    expect(titled.text).toBe(story)
    const untitled = normalizeArticle({
      content: ['Marta Olsen', story].join('\n\n'),
      form: 'text',
      metadata: {},
    })
    expect(untitled.text.startsWith('Marta Olsen')).toBe(true)
  })
})

describe('headlines listed under a list label', () => {
  it('are dropped, also when one ends in a quotation or an abbreviation', () => {
    const content = [
      story,
      'Most read',
      "Vindel to congress: 'The Assembly voted. The street has not.'",
      'Dam to open spillway gates at 7 a.m.',
      'General strike cost economy 340m kora',
    ].join('\n\n')
    const article = normalizeArticle({ content, form: 'text', metadata: { title: 'Ferries' } })
    expect(article.text).toBe(story)
  })

  it('take in a tabloid headline of up to 32 words before another headline or the page’s furniture', () => {
    const words = (n: number) =>
      Array.from({ length: n }, (_, i) => ['harbour', 'ferry', 'timetable'][i % 3]).join(' ')
    // 23 words, no closing mark: a headline, not the story going on.
    const long =
      "Museum's own researchers found the harbour treasures were 'taken by force' - and a plea for their return went unanswered for fifty-two long years"
    const page = (line: string, next: string) =>
      normalizeArticle({
        content: [story, 'Most read', line, next, '© 2026 Harbour Post. All rights reserved.'].join(
          '\n\n'
        ),
        form: 'text',
        metadata: { title: 'Ferries' },
      }).text
    const headline = 'Ring road to close for six weeks'
    expect(page(long, headline)).toBe(story)
    expect(page(`Ferries ${words(31)}`, headline)).toBe(story)
    // Two long ones in a row, then the page's furniture.
    expect(page(long, `Ferries ${words(25)}`)).toBe(story)
    // Past 20 words, story text even before a headline: a question, a quotation, an
    // abbreviation, a list item, a line of more than 32 words.
    for (const line of [
      `Will the ferry company ${words(16)} keep its promise before the winter timetable?`,
      `The minister told reporters ${words(10)} on Tuesday: "We will not give in to walkouts."`,
      `The last sailing ${words(16)} will return from the island at 11 p.m.`,
      `- Ferries will run ${words(20)} every twenty minutes`,
      `Ferries ${words(32)}`,
    ])
      expect(page(line, headline)).toContain(line)
    // A long line with the story going on after it is the story's.
    const after = 'The ferry company said it would review its timetable in the autumn.'
    expect(page(long, after)).toBe([story, long, after].join('\n\n'))
    // Another list below is the page's furniture too: the capture reads the same cut above it.
    const listsBelow = [
      story,
      'Most read',
      long,
      'Sign up to our newsletter',
      'Most read',
      headline,
    ]
    expect(
      normalizeArticle({
        content: [...listsBelow, '© 2026 Harbour Post'].join('\n\n'),
        form: 'text',
        metadata: { title: 'Ferries' },
      }).text
    ).toBe(story)
  })

  it('end at a sentence: the story goes on there', () => {
    const after = 'The ferry company said it would review its timetable in the autumn.'
    const content = [story, 'Most read', 'Ring road to close for six weeks', after].join('\n\n')
    const article = normalizeArticle({ content, form: 'text', metadata: { title: 'Ferries' } })
    expect(article.text).toBe([story, after].join('\n\n'))
    // A short sentence right after the label, with no headline after it, is story text too.
    const short = 'The ferry company declined to comment.'
    const alone = normalizeArticle({
      content: [story, 'Most read', short, '© 2026 Harbour Post'].join('\n\n'),
      form: 'text',
      metadata: { title: 'Ferries' },
    })
    expect(alone.text).toBe([story, short].join('\n\n'))
  })

  it('take in a column headline of short sentences when another headline follows it', () => {
    const column = 'The new panel is well designed. Its timetable is not.'
    const listed = [
      story,
      'Most read',
      column,
      'Ring road to close for six weeks',
      '© 2026 Harbour Post',
    ]
    expect(
      normalizeArticle({
        content: listed.join('\n\n'),
        form: 'text',
        metadata: { title: 'Ferries' },
      }).text
    ).toBe(story)
    // A headline under another list label is not this list's.
    const after = 'The ferry company declined to comment.'
    const content = [
      story,
      'Continue reading below',
      after,
      'Most read',
      'Ring road to close for six weeks',
    ].join('\n\n')
    const article = normalizeArticle({ content, form: 'text', metadata: { title: 'Ferries' } })
    expect(article.text).toBe([story, after].join('\n\n'))
  })

  it('take in column headlines of short sentences that end the list, before the page’s furniture', () => {
    const page = (...tail: string[]) =>
      normalizeArticle({
        content: [story, 'Most read', 'Ring road to close for six weeks', ...tail].join('\n\n'),
        form: 'text',
        metadata: { title: 'Ferries' },
      }).text
    const columns = [
      '42 million. I was wrong about the timing.',
      "I always knew. Now it's in writing.",
    ]
    expect(page(...columns, '© 2026 Harbour Post')).toBe(story)
    // With nothing after them, they may be the story's last lines: kept, as before.
    expect(page(...columns)).toBe([story, ...columns].join('\n\n'))
  })

  it('drop an inline list of teasers above the page’s own list with the rest of the page', () => {
    const content = [
      story,
      'Share this article',
      'Most read: Ferry fares frozen / Ring road to close / Weekend weather: sunny spells',
      'Subscribe to the Post: your first month for 1 crown.',
      'Most read',
      'Ring road to close for six weeks',
      'The new panel is well designed. Its timetable is not.',
      '© 2026 Harbour Post',
    ].join('\n\n')
    expect(normalizeArticle({ content, form: 'text', metadata: { title: 'Ferries' } }).text).toBe(
      story
    )
  })
})

describe('text helpers', () => {
  it('folds typography for matching, keeps words', () => {
    expect(foldMatchingText('«Road\u00a0to nowhere» — “Now”… It’s ＦＩＮＥ')).toBe(
      '"road to nowhere" - "now"... it\'s fine'
    )
  })

  it('counts words with inner apostrophes and hyphens as one', () => {
    expect(countWords('Ukraine’s three-years-long war, U.S. aid — 40 drones.')).toBe(7)
    expect(countWords('東京都 は')).toBe(4)
  })

  it('splits sentences but not at initials or abbreviations', () => {
    expect(
      splitSentences('U.S. President Joe Biden met Mr. Smith on Aug. 20. They talked.')
    ).toEqual(['U.S. President Joe Biden met Mr. Smith on Aug. 20.', 'They talked.'])
    // A state's abbreviation ends a dateline's place, not a sentence, before a bracket or a
    // dash; before a capital it may end one. "Mt." and "Ft." before a name end none.
    expect(splitSentences('HANFORD, Calif. (AP) — A man was held. He is 20.')).toEqual([
      'HANFORD, Calif. (AP) — A man was held.',
      'He is 20.',
    ])
    expect(splitSentences('EAGLE, Colo. — Police said so. Then they left.')).toHaveLength(2)
    expect(splitSentences('The fans were in Louisville, Ky. The band was late.')).toHaveLength(2)
    expect(splitSentences('Water from the Mt. Tabor reservoir is clean. It was tested.')).toEqual([
      'Water from the Mt. Tabor reservoir is clean.',
      'It was tested.',
    ])
    expect(splitSentences('He fell ill. (The doctor came.)')).toHaveLength(2)
    expect(splitSentences('It was first reported by the FT. Shares rose 4%.')).toHaveLength(2)
  })

  it.each([
    ['KIEV, Ukraine (AP) — Separatists seized a building.', 'Separatists seized a building'],
    ['BRANCHBURG, N.J. (AP) — Cuts will help states.', 'Cuts will help states'],
    ['FLORENCE, Italy, Feb. 25 (UPI) -- He stood by her.', 'He stood by her'],
    ['New Delhi (PTI) — The court adjourned.', 'The court adjourned'],
    ['Beijing (Xinhua) -- Output rose.', 'Output rose'],
    ['Berlin (dpa) — The strike ended.', 'The strike ended'],
    ['Chicago (NBC5) — A water main burst.', 'A water main burst'],
    ['(Reuters) - Judges blocked the order.', 'Judges blocked the order'],
    ['(CNN) A manhunt is on.', 'A manhunt is on'],
    ['Washington, D.C. (Reuters) - The Senate voted.', 'The Senate voted'],
    ['Madrid (CNN) -- Felipe VI was proclaimed king.', 'Felipe VI was proclaimed king'],
    ['New York (CNN) A fire broke out.', 'A fire broke out'],
    ['Washington (CNN) A former adviser pleaded guilty.', 'A former adviser pleaded guilty'],
    ['VESSEN, March 16 (Lodestar) - Corvane made an offer.', 'Corvane made an offer'],
    ['BOSTON—Twenty-five years on, no one knows.', 'Twenty-five years on, no one knows'],
    ['DALLAS-- A lawsuit was filed.', 'A lawsuit was filed'],
    ['LONDON — Officials admitted it.', 'Officials admitted it'],
    ['— The girls walk up the street.', 'The girls walk up the street'],
    // No dateline: a company's ticker, a party, a name in capitals, a clause after a dash.
    // Found by review: a ticker, a country or a party in brackets before a dash.
    [
      'Tesla (TSLA) — Shares fell 3% in early trading.',
      'Tesla (TSLA) — Shares fell 3% in early trading',
    ],
    ['The NHS (UK) — Waiting lists grew again.', 'The NHS (UK) — Waiting lists grew again'],
    [
      'Agence France-Presse (AFP) Chief Executive Fabrice Fries said so.',
      'Agence France-Presse (AFP) Chief Executive Fabrice Fries said so',
    ],
    [
      'Rep. Alexandria Ocasio-Cortez (D-N.Y.) — The congresswoman said she would run.',
      'Rep. Alexandria Ocasio-Cortez (D-N.Y.) — The congresswoman said she would run',
    ],
    [
      'Apple (AAPL) Chief Executive Tim Cook said sales rose.',
      'Apple (AAPL) Chief Executive Tim Cook said sales rose',
    ],
    [
      'The minister (Labour) — Speaking on Monday, she said no.',
      'The minister (Labour) — Speaking on Monday, she said no',
    ],
    ['NATO — the alliance — met on Monday.', 'NATO — the alliance — met on Monday'],
    [
      'US President Joe Biden (D) — who won — spoke.',
      'US President Joe Biden (D) — who won — spoke',
    ],
  ])('derives a title without a wire dateline: %s', (lead, title) => {
    expect(deriveTitle(lead)).toBe(title)
  })

  it('derives titles and summaries at word and sentence boundaries', () => {
    const long = `${'A long opening clause about the harbour and its history '.repeat(3)}ends here.`
    const title = deriveTitle(long)
    expect(title.length).toBeLessThanOrEqual(110)
    expect(title.endsWith('…')).toBe(true)
    expect(long.startsWith(title.slice(0, -1))).toBe(true)
    expect(cutAtWord('short', 110)).toBe('short')
    // A run of emoji with no space is cut between characters, never inside one.
    for (const at of [50, 51]) {
      const cut = cutAtWord(`${'x'.repeat(at)}${'😀'.repeat(200)}`, 110)
      const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
      expect(loneSurrogate.test(cut), `cut after ${at}`).toBe(false)
    }
    expect(summarizeLead([`${story} ${story} ${story}`])).toBe(`${story} ${story}`)
  })

  it('detects the language from the text', () => {
    expect(detectLanguage(story)).toBe('en')
    // Function words inside names ("Le Pen", "La Rochelle", "Le Monde") are not French.
    expect(
      detectLanguage(
        'Marine Le Pen met Jean-Luc Mélenchon in La Rochelle. Le Monde and La Croix reported the talks.'
      )
    ).toBe('en')
    expect(
      detectLanguage(
        'Le gouvernement a annoncé mardi que les prix de l’énergie seront gelés pour les ménages et les petites entreprises.'
      )
    ).toBe('fr')
    expect(detectLanguage('Правительство объявило во вторник о заморозке цен на энергию.')).toBe(
      'ru'
    )
  })

  it.each([
    // Short texts, as a feed item's summary is: each language's commonest words decide
    // them, and each case fails without some of the words its list gained.
    [
      'en',
      'Mayor faces a no-confidence vote as a council rebellion grows over a stalled tram project',
    ],
    [
      'en',
      'National Bank holds rates at 3.25% as a divided council warns of a slowdown; one member wanted a cut',
    ],
    [
      'en',
      'Ministers promise no one left behind as a fleet of charter aircraft begins a rescue airlift',
    ],
    [
      'fr',
      'Grève à la SNCF : une journée de perturbations en vue, selon les syndicats de cheminots',
    ],
    ['es', 'No sabe si a sus socios o a sus rivales les conviene esta ley de vivienda'],
    ['pt', 'Também no Porto, pelo menos dez lojas ou bares fecham as portas, são medidas duras'],
    [
      'it',
      'La sindaca ha firmato al mattino il decreto, più severo delle norme in vigore nella sua città',
    ],
    [
      'de',
      'Der Minister sagte am Montag in Berlin, dass er die Reform bei einer Sitzung vorstellen werde',
    ],
    // English words that are German or Dutch too ("will", "an", "over", "had") are left out.
    ['de', 'Minister will an Reform in Berlin festhalten und in Brüssel werben'],
    ['nl', 'Wat weten we over de brand in Rotterdam? De politie had het gebied afgezet.'],
  ])('reads a short %s text as its language', (language, text) => {
    expect(detectLanguage(text)).toBe(language)
  })
})

describe('normalizeArticle options and forms', () => {
  it.each([
    [
      'a CMS export',
      {
        headline: 'Ferry adds sailings',
        article_text: story,
        published_at: '2026-03-12T09:30:00Z',
        byline: 'Jane Doe',
        outlet: 'Harbour Post',
        canonical_url: 'https://harbourpost.example/news/ferry',
      },
    ],
    [
      'schema.org',
      {
        '@type': 'NewsArticle',
        headline: 'Ferry adds sailings',
        datePublished: '2026-03-12T09:30:00Z',
        author: [{ '@type': 'Person', name: 'Jane Doe' }],
        publisher: { '@type': 'Organization', name: 'Harbour Post' },
        mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://harbourpost.example/news/ferry' },
        articleBody: story,
      },
    ],
    [
      'newspaper3k',
      {
        title: 'Ferry adds sailings',
        text: story,
        authors: ['Jane Doe'],
        publish_date: '2026-03-12T09:30:00Z',
        sitename: 'Harbour Post',
        url: 'https://harbourpost.example/news/ferry',
      },
    ],
  ])('reads a JSON capture whose fields have other names (%s)', (_, record) => {
    const a = normalizeArticle({ content: JSON.stringify(record), form: 'json', metadata: {} })
    expect([a.title, a.url, a.source.name, a.published?.value, a.authors[0]?.name]).toEqual([
      'Ferry adds sailings',
      'https://harbourpost.example/news/ferry',
      'Harbour Post',
      '2026-03-12T09:30:00Z',
      'Jane Doe',
    ])
  })

  it('reads what the crawlers’ fields hold, as they hold it (found by review)', () => {
    const read = (record: Record<string, unknown>) =>
      normalizeArticle({ content: JSON.stringify(record), form: 'json', metadata: {} })
    // A bare `date` or `dateCreated` yields to a more specific alias, wherever it stands.
    expect(
      read({ date: '2024-05-01T10:00:00Z', date_publish: '2019-03-01', text: story }).published
        ?.value
    ).toBe('2019-03-01')
    expect(
      read({ dateCreated: '2019-01-01', datePublished: '2019-02-15', text: story }).published?.value
    ).toBe('2019-02-15')
    // Trafilatura: `source` is the page's address, `source-hostname` the outlet, authors in one string.
    const trafilatura = read({
      title: 'Storm hits coast',
      author: 'Jane Doe; John Smith',
      source: 'https://harbourpost.example/2024/05/01/storm',
      'source-hostname': 'Harbour Post',
      tags: 'storm;coast',
      raw_text: story,
    })
    expect([
      trafilatura.url,
      trafilatura.source.name,
      trafilatura.authors.map((x) => x.name),
    ]).toEqual([
      'https://harbourpost.example/2024/05/01/storm',
      'Harbour Post',
      ['Jane Doe', 'John Smith'],
    ])
    expect(
      read({ byline: 'By Jane Doe and John Smith, Staff Writers', text: story }).authors.map(
        (x) => x.name
      )
    ).toEqual(['Jane Doe', 'John Smith'])
    // A name written surname first is one name; a role after a comma is no author.
    expect(read({ author: 'Doe, Jane', text: story }).authors.map((x) => x.name)).toEqual([
      'Doe, Jane',
    ])
    expect(
      read({ author: 'Jane Doe, Staff Writer', text: story }).authors.map((x) => x.name)
    ).toEqual(['Jane Doe'])
    // An agency credited alone stays the credit (found by the third review).
    expect(read({ author: 'Reuters', text: story }).authors.map((x) => x.name)).toEqual(['Reuters'])
    // The canonical address outranks a feed's link (often its proxy's).
    expect(
      read({
        link: 'https://feeds.example/~r/harbour/1',
        canonical_url: 'https://harbourpost.example/a',
        text: story,
      }).url
    ).toBe('https://harbourpost.example/a')
    // Keys an object inherits are no aliases.
    expect(read({ constructor: 'x', toString: 'y', text: story }).title).toBe(deriveTitle(story))
  })

  it('takes a documented field over its alias, wherever it stands', () => {
    const record = {
      headline: 'Alias',
      title: 'Stated',
      date: '2026-03-12',
      published: '2026-03-10',
      text: story,
    }
    const a = normalizeArticle({ content: JSON.stringify(record), form: 'json', metadata: {} })
    expect([a.title, a.published?.value]).toEqual(['Stated', '2026-03-10'])
    // A date under an alias is read as a courtesy: one that cannot be read is left out.
    const unread = { pubDate: 'next tuesday-ish', text: story }
    expect(
      normalizeArticle({ content: JSON.stringify(unread), form: 'json', metadata: {} }).published
    ).toBeNull()
  })

  it('uses a user source profile: domain, signature and boilerplate', () => {
    const sources = readSourceConfig(
      JSON.stringify([
        {
          name: 'Harbour Post',
          homepage: 'https://harbourpost.example/',
          domains: ['harbourpost.example'],
          boilerplate: ['Tips? Write to the newsdesk.'],
        },
      ])
    )
    const article = normalizeArticle(
      {
        content: `${story}\nTips? Write to the newsdesk.\n${story.replace('ferry', 'bus')}`,
        form: 'text',
        metadata: { url: 'https://m.harbourpost.example/news/ferries?utm_source=x' },
      },
      { sources }
    )
    expect(article.source).toEqual({
      id: 'harbourpost-example',
      name: 'Harbour Post',
      homepage: 'https://harbourpost.example/',
      feedUrl: null,
    })
    expect(article.url).toBe('https://m.harbourpost.example/news/ferries')
    expect(article.removed).toContainEqual({
      line: 'Tips? Write to the newsdesk.',
      reason: REASONS.registry,
    })
  })

  it('builds the registry from config/sources.json content (text or parsed) for NormalizeOptions.registry', () => {
    const config = {
      sources: [
        {
          name: 'Dales Examiner',
          homepage: 'https://www.dalesexaminer.example/',
          domains: ['dalesexaminer.example'],
          signatures: ['Harbourside Media Group'],
          boilerplate: ['Tips? Write to the newsdesk.'],
        },
      ],
    }
    for (const registry of [
      registryFromConfig(JSON.stringify(config)),
      registryFromConfig(config),
    ]) {
      expect(registry.byHost('https://news.dalesexaminer.example/a')?.name).toBe('Dales Examiner')
      // Built-in profiles stay unless replaced.
      expect(registry.profiles.length).toBeGreaterThan(1)
      const article = normalizeArticle(
        {
          content: `${story}\nTips? Write to the newsdesk.\n© 2025 Harbourside Media Group. All rights reserved.`,
          form: 'text',
          metadata: {},
        },
        { registry }
      )
      expect(article.source.name).toBe('Dales Examiner')
      expect(article.removed).toContainEqual({
        line: 'Tips? Write to the newsdesk.',
        reason: REASONS.registry,
      })
    }
    expect(registryFromConfig(config, { replaceDefaults: true }).profiles).toHaveLength(1)
    expect(() => registryFromConfig({ sources: [{ name: '' }] })).toThrow(/sources\.0\.name/)
  })

  it('names the outlet its copyright line states when nothing else does, never a story sentence', () => {
    const article = normalizeArticle({
      content: `${story}\nThe Harbour Ledger first reported the plan in March.\n© 2025 Harbour Ledger Ltd. All rights reserved.`,
      form: 'text',
      metadata: {},
    })
    expect(article.source.name).toBe('Harbour Ledger')
    expect(article.text).toContain('The Harbour Ledger first reported the plan in March.')
    const unnamed = normalizeArticle({
      content: `${story}\nAll rights reserved.`,
      form: 'text',
      metadata: {},
    })
    expect(unnamed.source.id).toBe('unknown')
  })

  it('keeps two outlets apart whose names are alike for more than an id holds', () => {
    const named = (name: string) =>
      normalizeArticle({ content: story, form: 'text', metadata: { source: { name } } }).source
    const long = 'Regional Press Office of the Northern Coastal Provinces and Islands Authority'
    const north = named(`${long}, North`)
    const south = named(`${long}, South`)
    expect(north.id).not.toBe(south.id)
    for (const { id } of [north, south])
      expect(ArticleSchema.shape.source.parse({ ...north, id }).id).toBe(id)
    expect(north.id.length).toBeLessThanOrEqual(64)
    expect(north.id).toMatch(
      /^regional-press-office-of-the-northern-coastal-provinces-[0-9a-f]{8}$/
    )
    // A slug of 64 characters or fewer is the id as it always was; one more is cut and hashed.
    expect(named('The Harbour Ledger').id).toBe('the-harbour-ledger')
    expect(named('x'.repeat(64)).id).toBe('x'.repeat(64))
    expect(named('x'.repeat(65)).id).toMatch(/^x{55}-[0-9a-f]{8}$/)
  })

  it('reads the shipped config/sources.json', () => {
    const registry = registryFromConfig(shippedSourcesJson)
    expect(registry.byHost('ireport247news.com')?.name).toBe('iReport247 News')
  })

  it('rejects a bad source registry naming the field', () => {
    expect(() => readSourceConfig('[{"name": "X", "homepage": "not a url"}]')).toThrow(
      /0\.homepage/
    )
  })

  it('finds lines an outlet repeats under its articles', () => {
    const source = { id: 'x', name: 'X', homepage: null, feedUrl: null }
    const make = (n: number) =>
      ({ source, text: `Story ${n} text here.\n\nFollow X on every platform` }) as never
    const repeated = findRepeatedLines([make(1), make(2), make(3)])
    expect([...(repeated.get('x') ?? [])]).toEqual(['follow x on every platform'])
    expect(findRepeatedLines([make(1), make(2)]).size).toBe(0)
  })

  it('splits a feed into one document per item', () => {
    const rss = `<rss><channel><title>T</title><link>https://t.example/</link><item><title>A</title><description>${story}</description></item><item><title>B</title><description>${story}</description></item></channel></rss>`
    const items = splitFeedItems(rss)
    expect(items).toHaveLength(2)
    const article = normalizeArticle({
      content: items[1] as string,
      form: 'feed-item',
      metadata: {},
    })
    expect(article.title).toBe('B')
    expect(article.source.name).toBe('T')
    expect(() => normalizeArticle({ content: rss, form: 'feed-item', metadata: {} })).toThrow(
      /2 items/
    )
  })

  it('keeps a one-paragraph brief, not the related stories beside it or the page around it', () => {
    const teasers = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="teaser"><p>Teaser ${i}: the island council will meet again on Thursday to discuss the budget for the winter road gritting programme.</p></div>`
    ).join('')
    const brief = `<html><body><article><h1>Ferry sailings to double</h1><p>${story}</p></article><div class="related-stories">${teasers}</div></body></html>`
    const one = normalizeArticle({ content: brief, form: 'html', metadata: {} })
    expect(one.text).toBe(story)
    // A brief whose body opens with a photo, beside a page's about text, is not lost.
    const photo = `<html><body><article><h1>Ferry sailings to double</h1><div class="body"><img src="f.jpg"><p>${story}</p></div></article><div class="about"><p>The Harbour Post has covered the islands since 1894, with reporters in every port and a weekly edition for readers overseas.</p></div></body></html>`
    expect(normalizeArticle({ content: photo, form: 'html', metadata: {} }).text).toContain(story)
    // An article right under <body>: a paragraph beside it there is the page's.
    const bare = `<html><body><div class="story"><h1>Ferry sailings to double</h1><p>${story}</p><p>${story.replace('Tuesday', 'Friday')}</p></div><p>The Harbour Post has covered the islands since 1894, with reporters in every port and a weekly edition.</p></body></html>`
    expect(normalizeArticle({ content: bare, form: 'html', metadata: {} }).text).not.toContain(
      'since 1894'
    )
  })

  it('keeps a page laid out in a form or a table cell named like a widget, and a teaser line in a story', () => {
    const body = [1, 2, 3, 4].map((n) => `<p>${story.replace('Tuesday', `day ${n}`)}</p>`).join('')
    const about =
      '<p>The Harbour Post has covered the islands since 1894, with reporters in every port and a weekly edition.</p>'
    const form = `<html><body><form id="aspnetForm"><div class="main"><h1>Ferry sailings to double</h1>${body}</div></form>${about}</body></html>`
    expect(normalizeArticle({ content: form, form: 'html', metadata: {} }).text).toContain('day 4')
    const cell = `<html><body><table><tr><td><div class="hover-panel"><h1>Ferry sailings to double</h1>${body}</div></td></tr></table></body></html>`
    expect(normalizeArticle({ content: cell, form: 'html', metadata: {} }).text).toContain('day 4')
    // Post navigation cuts a page's text, not an extracted article's blocks.
    const teaser = `<html><body><article><h1>Ferry sailings to double</h1>${body}<p>Next article: Storm hits the coast</p><p>${story.replace('Tuesday', 'day 5')}</p></article></body></html>`
    expect(normalizeArticle({ content: teaser, form: 'html', metadata: {} }).text).toContain(
      'day 5'
    )
  })

  it('reads a paragraph without the hover card of a person it names', () => {
    const card =
      '<span class="person-hover"><a href="/people/ines-varga">Ines Varga</a><span class="person-hover-card"><a href="/a">Varga warns of winter storms</a> <a href="/b">Port budget cut by a fifth</a> <a href="/c">Pilots strike ends</a> <a class="more" href="/people/ines-varga">MORE</a></span></span>'
    const html = `<html><body><article><h1>Night pilotage suspended</h1><p>The harbour master, ${card}, said on Monday that pilots would only work by daylight until an inquiry reports on the collision.</p><p>${story}</p></article></body></html>`
    const article = normalizeArticle({ content: html, form: 'html', metadata: {} })
    expect(article.text).toContain(
      'The harbour master, Ines Varga, said on Monday that pilots would only work by daylight'
    )
    expect(article.text).not.toContain('winter storms')
  })

  it('does not take an HTML dek for a headline when the page has no <h1>', () => {
    const html = `<html><head><title>Ferry sailings to double | Harbour Post</title></head><body><article><p>Two more sailings a day from June</p><p>${story}</p><p>${story}</p></article></body></html>`
    const article = normalizeArticle({ content: html, form: 'html', metadata: {} })
    expect(article.title).toBe('Ferry sailings to double')
    expect(article.text.split('\n\n')[0]).toBe('Two more sailings a day from June')
    expect(article.source.name).toBe('Harbour Post')
  })

  it("drops a page's menus under a first line that only looks like a headline", () => {
    const menu = Array.from(
      { length: 40 },
      (_, i) => `Section ${String.fromCharCode(65 + (i % 26))}${i}`
    )
    const page = [
      'Got a tip for the newsroom? Let us know',
      'a. Send us an email',
      ...menu,
      'Ferry sailings to double from June',
      'Monday March 2, 2026 7:45 am by Sarah Archer',
      story,
      story.replace('Tuesday', 'Friday'),
      story.replace('Tuesday', 'Sunday'),
    ].join('\n')
    const article = normalizeArticle({ content: page, form: 'text', metadata: {} })
    expect(article.title).toBe('Ferry sailings to double from June')
    expect(article.text).not.toContain('Section A0')
    expect(article.text).not.toContain('Got a tip')
  })

  it("drops a page's prose above the story's head, but not above a list of other stories", () => {
    const menu = Array.from({ length: 12 }, (_, i) => `Section ${String.fromCharCode(65 + i)}`)
    const promo = 'Our weekend magazine is out now, with twelve pages of walks along the coast.'
    const page = [
      ...menu,
      promo,
      ...menu,
      'Ferry sailings to double from June',
      'By Sarah Archer',
      'March 2, 2026',
      story,
      story.replace('Tuesday', 'Friday'),
      story.replace('Tuesday', 'Sunday'),
    ].join('\n')
    const article = normalizeArticle({ content: page, form: 'text', metadata: {} })
    expect(article.title).toBe('Ferry sailings to double from June')
    expect(article.text).not.toContain('weekend magazine')
    // A short story without a head of its own above a site's list of its latest stories,
    // each a headline, a byline and a date, and a footer longer than the story: the list
    // is no head of it.
    const latest = [
      'Council delays harbour car park vote',
      'Lifeboat crew honoured for rescue',
      'School reopens after the storm',
      'Pier closed for winter repairs',
      'Night buses return next week',
    ].flatMap((title, i) => [title, 'By HARBOUR POST STAFF', `March ${9 - i}, 2026 10:15 AM`])
    const footer = Array.from(
      { length: 6 },
      () =>
        'The Harbour Post customer service centre answers questions about subscriptions and deliveries on weekdays between nine and five, and on Saturdays until noon.'
    ).join(' ')
    const short = normalizeArticle({
      content: [
        ...menu,
        story,
        story.replace('Tuesday', 'Friday'),
        ...latest,
        ...menu,
        footer,
      ].join('\n'),
      form: 'text',
      metadata: {},
    })
    expect(short.text).toContain(story)
    // A breadcrumb trail over the date is no head, though it names the story.
    const trail = normalizeArticle({
      content: [
        ...menu,
        'Harbour Post > News > 2026 > Week 10 > Ferry sailings to double from June',
        '« Previous | Next »',
        '02.03.2026 12:46',
        'Ferry sailings to double from June',
        story,
        story.replace('Tuesday', 'Friday'),
        story.replace('Tuesday', 'Sunday'),
        ...menu,
      ].join('\n'),
      form: 'text',
      metadata: {},
    })
    expect(trail.title).toBe('Ferry sailings to double from June')
    expect(trail.text).not.toContain('Week 10')
    // A site's header date over the headline makes it no card of a list.
    const dated = normalizeArticle({
      content: page.replace(
        'Ferry sailings to double from June',
        'Wednesday, March 4, 2026\nFerry sailings to double from June'
      ),
      form: 'text',
      metadata: {},
    })
    expect(dated.title).toBe('Ferry sailings to double from June')
    expect(dated.text).not.toContain('weekend magazine')
    // A story's intro between its head and an update's head ("Updated …") stays.
    const updated = normalizeArticle({
      content: [
        ...menu,
        'Ferry sailings to double from June',
        'By Sarah Archer',
        'March 2, 2026',
        story,
        story.replace('Tuesday', 'Friday'),
        ...Array.from(
          { length: 30 },
          (_, i) => `Sailing ${i + 1}: 06:${String(10 + i).padStart(2, '0')}`
        ),
        'Operator confirms the new timetable',
        'Updated March 2, 2026 5:45 PM GMT',
        ...['Wednesday', 'Thursday', 'Saturday', 'Sunday'].map((day) =>
          story.replace('Tuesday', day)
        ),
        ...menu,
      ].join('\n'),
      form: 'text',
      metadata: {},
    })
    expect(updated.text).toContain(story)
  })

  /** A captured page: a headline, `head`, a story's worth of prose (150 words and more), `tail`. */
  const capture = (head: string[], tail: string[]) =>
    normalizeArticle({
      content: [
        'Ferry sailings to double from June',
        ...head,
        ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
          (day) => story.replace('Tuesday', day)
        ),
        ...tail,
      ].join('\n\n'),
      form: 'text',
      metadata: {},
    })

  it("drops what stands below the story: readers' comments, a blog's post navigation", () => {
    const thread = [
      'Top Rated Comments',
      'harbourfan',
      '2 days ago at 07:52 am',
      'Good to see the council finally listening to the islanders.',
      'Rating: 36 Votes',
      'Nick A',
      '2 days ago at 07:47 am',
      'I think we will see the same thing happen again next winter, to be honest.',
    ]
    const commented = capture([], thread)
    expect(commented.text).not.toContain('islanders')
    expect(commented.text).not.toContain('next winter')
    const removed = new Set(commented.removed.map((r) => r.line))
    expect(thread.filter((line) => !removed.has(line))).toEqual([])
    // A blog's post navigation ends the post: its sidebar below goes too, prose and all.
    const sidebar = [
      'Post navigation',
      'Previous Post: Harbour dredging to start in June',
      'BOATS FOR SALE',
      'Kestrel 22 with trailer',
      'Our latest issue is out now, with a guide to every slipway on the coast and a review of six new lifejackets.',
    ]
    const blog = capture([], sidebar)
    const dropped = new Set(blog.removed.map((r) => r.line))
    expect(sidebar.filter((line) => !dropped.has(line))).toEqual([])
    // WordPress's thread, under no label: handles that say.
    const handles = [
      'harbourfan says:',
      'November 18, 2026 at 7:52 am',
      'Good to see the council finally listening to the islanders.',
      'joe_t says:',
      'November 18, 2026 at 8:10 am',
      'It is time the ferry company came to grips with reality.',
      'margo adams says:',
      'November 18, 2026 at 9:31 am',
      'Another winter of cancellations, mark my words.',
    ]
    const wordpress = capture([], handles)
    const gone = new Set(wordpress.removed.map((r) => r.line))
    expect(handles.filter((line) => !gone.has(line))).toEqual([])
    // A live blog's entries under a "Comments" link, and a story's "Discussion"
    // subheading above a quote, are no thread: their times and "said:" follow prose.
    const live = capture(
      [],
      [
        'Comments',
        '08:02 GMT',
        'The first ferry left on time this morning, the operator said.',
        '08:31 GMT',
        'Queues at the terminal were shorter than expected, passengers said.',
        '09:10 GMT',
        'The council leader said she would travel on the noon sailing.',
      ]
    )
    expect(live.text).toContain('Queues at the terminal')
    expect(live.text).toContain('noon sailing')
    const discussion = capture(
      [],
      ['Discussion', 'The harbour master said:', '"We will not run ferries in a gale."']
    )
    expect(discussion.text).toContain('We will not run ferries in a gale.')
    // Nor are quotes led in with "says:", which has no comment's date under it.
    const says = capture(
      [],
      [
        'The mayor says:',
        '"We were not consulted."',
        'The operator says:',
        '"We had no crews."',
        'The harbour master says:',
        '"Safety comes first."',
      ]
    )
    expect(says.text).toContain('Safety comes first.')
    // A live blog whose entries have short titles: its clock times are no comments' dates.
    const titled = capture(
      [],
      [
        'Comments',
        'Ferry leaves',
        '08:02 GMT',
        'The first ferry left on time this morning, the operator said.',
        'Queues ease',
        '08:31 GMT',
        'Queues at the terminal were shorter than expected, passengers said.',
      ]
    )
    expect(titled.text).toContain('Queues at the terminal')
    // A comments link under the headline opens no thread: the story below it stays.
    const linked = capture(['Comments', 'Nick A', '2 days ago at 07:52 am'], [])
    expect(linked.text).toContain(story)
  })

  it("drops other stories' dated cards below the story, under any label", () => {
    const cards = [
      'Harbour Notebook',
      'Council delays vote on harbour car park charges',
      'Ewan Roberts',
      'Wednesday November 18, 2026',
      'Councillors put off a decision on new parking charges at the harbour until next month.',
      'What the new timetable means for island commuters',
      'Priya Nair',
      'Tuesday November 17, 2026',
      'Morning sailings move earlier by ten minutes and the last boat leaves at 11pm.',
      'Lifeboat crew honoured for winter rescue',
      'Tuesday November 17, 2026',
      'Three volunteers were given bravery awards for a rescue in a force nine gale.',
    ]
    const page = capture([], cards)
    const removed = new Set(page.removed.map((r) => r.line))
    expect(cards.filter((line) => !removed.has(line))).toEqual([])
    expect(page.text).toContain(story)
    // Under a label the rules know, the headlines were listed already: the deks go too.
    const known = capture([], ['Related stories', ...cards.slice(1)])
    expect(known.text).not.toContain('bravery awards')
    expect(known.text).not.toContain('parking charges')
    // Two cards are not a list; a story's timeline has no headline over each date; a live
    // blog's dated entries run to more than one paragraph.
    const two = capture([], cards.slice(0, 9))
    expect(two.text).toContain('Council delays vote on harbour car park charges')
    const timeline = capture(
      [],
      [
        'Key dates',
        'March 3, 2026',
        'The ferry company warns that the old vessels are near the end of their lives.',
        'June 9, 2026',
        'The council agrees to share the cost of two new boats.',
        'October 1, 2026',
        'The first of the new boats is launched at the yard.',
      ]
    )
    expect(timeline.text).toContain('The council agrees to share the cost of two new boats.')
    const live = capture(
      [],
      ['First ferry leaves on time', 'Second sailing full', 'Queues ease at the terminal'].flatMap(
        (title, i) => [
          title,
          `November ${18 + i}, 2026`,
          `Passengers said the crossing took forty minutes on day ${i + 1}.`,
          'The operator said it would publish the week’s figures on Friday.',
        ]
      )
    )
    expect(live.text).toContain('Queues ease at the terminal')
    expect(live.text).toContain('the crossing took forty minutes on day 3')
    // Nor are a story's own headed, dated entries, one paragraph each, that name no writer
    // (a live blog, newest first) or run forward (an events listing's venues).
    const entries = (rows: string[][]) => capture([], rows.flat())
    const blog = entries(
      [20, 19, 18].map((day) => [
        `Ferry update for day ${day - 17} of the strike`,
        `November ${day}, 2026`,
        `Passengers said the crossing took forty minutes on day ${day - 17}.`,
      ])
    )
    expect(blog.text).toContain('on day 3.')
    const events = entries(
      [21, 22, 23].map((day) => [
        `Harbour festival night ${day - 20} on the quay`,
        'Millennium Quay',
        `November ${day}, 2026`,
        'Three stages of free music from six in the evening.',
      ])
    )
    expect(events.text).toContain('Harbour festival night 3 on the quay')
    // A box of other stories without deks leaves the story going on after it; under its
    // label and above a footer paragraph, the label goes with the cards.
    const boxed = capture(
      [],
      [
        'Harbour Notebook',
        ...cards.filter((_, i) => i > 0 && i % 4 !== 0 && i !== cards.length - 1),
        'The ferry company said a second new boat would arrive in the spring.',
      ]
    )
    expect(boxed.text).not.toContain('Council delays vote')
    expect(boxed.text).not.toContain('Harbour Notebook')
    expect(boxed.text).toContain('a second new boat would arrive in the spring')
  })

  it('keeps the head of a capture that opens with its headline and story, above a long list', () => {
    const results = Array.from(
      { length: 40 },
      (_, i) => `Boat ${i + 1}, Harbour Club: place ${i + 1}`
    )
    const capture = [
      'Ferry regatta results confirmed after a protest',
      story,
      story.replace('Tuesday', 'Friday'),
      ...results,
      story.replace('Tuesday', 'Sunday'),
      story.replace('Tuesday', 'Monday'),
      story.replace('Tuesday', 'Saturday'),
    ].join('\n')
    const article = normalizeArticle({ content: capture, form: 'text', metadata: {} })
    expect(article.title).toBe('Ferry regatta results confirmed after a protest')
    expect(article.text).toContain(story)
  })

  it('keeps the short lines a story announces below its last sentence', () => {
    const capture = (last: string) =>
      normalizeArticle({
        content: [
          'Regatta results confirmed',
          story,
          story.replace('Tuesday', 'Friday'),
          last,
          'Kestrel (Harbour Club): first place',
          'Osprey (Bay Sailing): second place',
          'Tern (Harbour Club): third place',
        ].join('\n\n'),
        form: 'text',
        metadata: {},
      })
    expect(capture('Below are the boats that finished in the first three places.').text).toContain(
      'Tern (Harbour Club): third place'
    )
    expect(
      capture('Below are the U.S. boats that finished in the first three places.').text
    ).toContain('Tern (Harbour Club): third place')
    expect(capture('Here are the boats that finished in the first three places.').text).toContain(
      'Tern (Harbour Club): third place'
    )
    // Title-shaped lines after a last sentence that announces nothing are not the story's.
    expect(capture('The next regatta is in May.').text).not.toContain('Tern (Harbour Club)')
    expect(capture('The race will be rerun the following morning.').text).not.toContain(
      'Tern (Harbour Club)'
    )
  })

  it('reads a name alone under the headline, above the date, as the byline', () => {
    const capture = (head: string[]) =>
      normalizeArticle({
        content: [...head, story, story.replace('Tuesday', 'Friday')].join('\n\n'),
        form: 'text',
        metadata: {},
      })
    const named = capture(['Ferry sailings to double from June', 'Sarah Archer', '14 January 2026'])
    expect(named.authors.map((author) => author.name)).toEqual(['Sarah Archer'])
    expect(named.text).not.toContain('Sarah Archer')
    const followed = capture(['Ferry sailings to double from June', 'Vincent Vallet', 'Follow'])
    expect(followed.authors.map((author) => author.name)).toEqual(['Vincent Vallet'])
    // A section above the headline, and a name with no date under it, are not bylines.
    expect(capture(['Middle East', '14 January 2026', 'Ferry sailings to double']).authors).toEqual(
      []
    )
    expect(capture(['Ferry sailings to double from June', 'Sarah Archer']).authors).toEqual([])
    // A section name over a date above the story is no byline; without a known headline,
    // a name on the first line may be one ("Middle East" / "Published …").
    expect(capture(['Middle East', '14 January 2026']).authors).toEqual([])
    expect(capture(['Middle East', 'Published 14 January 2026']).authors).toEqual([])
    // With the headline read apart (a page's <h1>), the name and the date open the capture.
    const top = normalizeArticle({
      content: [
        'The Associated Press',
        'Published Wednesday, January 14, 2026 8:22AM EST',
        story,
        story.replace('Tuesday', 'Friday'),
      ].join('\n\n'),
      form: 'text',
      metadata: { title: 'Ferry sailings to double from June' },
    })
    expect(top.authors.map((author) => author.name)).toEqual(['The Associated Press'])
    expect(top.title).not.toContain('Associated Press')
    expect(top.text).not.toContain('Associated Press')
  })

  it('reads a credit run into its date, without "By", in the head only', () => {
    expect(namesBeforeDate('Chris Davies - Nov 19, 2019, 10:31 pm CST')).toEqual({
      names: 'Chris Davies',
      date: 'Nov 19, 2019, 10:31 pm CST',
    })
    expect(namesBeforeDate('Reuters November 18, 2019 11:03 PM')?.names).toBe('Reuters')
    expect(namesBeforeDate('Lee Park · November 5, 2026 at 9:02 AM')?.names).toBe('Lee Park')
    // Writers' names need a separator before the date: a list's rows print none.
    expect(namesBeforeDate('Jane Doe March 5, 2020')).toBeNull()
    // The date must read whole; a figure in a sentence is no date.
    expect(namesBeforeDate('Shares fell - 5% on the day')).toBeNull()
    // Names then a wire credit a photo as often as a story.
    expect(parseByline('Jacquelyn Martin, Associated Press')).toBeNull()
    const capture = (lines: string[]) =>
      normalizeArticle({ content: lines.join('\n\n'), form: 'text', metadata: {} })
    const head = capture([
      'Ferry sailings to double from June',
      'Chris Davies - Jan 14, 2026, 10:31 am CST',
      story,
      story.replace('Tuesday', 'Friday'),
    ])
    expect(head.authors.map((author) => author.name)).toEqual(['Chris Davies'])
    expect(head.published?.value).toBe('2026-01-14T10:31:00-06:00')
    expect(head.text).not.toContain('Chris Davies')
    const agency = capture([
      'Ferry sailings to double from June',
      'Reuters January 14, 2026 11:03 PM',
      story,
    ])
    expect(agency.authors).toEqual([])
    expect(agency.published?.value).toBe('2026-01-14')
    // Below the story's first prose it heads a reader's comment: no writer, no date.
    const below = capture([
      'Ferry sailings to double from June',
      `${story} ${story.replace('Tuesday', 'Friday')}`,
      'Lee Park · January 15, 2026 at 9:02 AM',
      'Finally a boat after my shift ends.',
    ])
    expect(below.authors).toEqual([])
    expect(below.published).toBeNull()
  })

  it('reads no credit from cards, timelines, listings, sections or photo credits', () => {
    const menu = ['News', 'Local', 'Sports', 'Business', 'Weather', 'Opinion', 'Obituaries']
    const body = [story, story.replace('Tuesday', 'Friday'), story.replace('Tuesday', 'Monday')]
    const capture = (head: string[], url?: string) =>
      normalizeArticle({
        content: [...menu, ...head, ...body].join('\n'),
        form: 'text',
        metadata: url ? { url } : {},
      })
    const names = (head: string[], url?: string) =>
      capture(head, url).authors.map((author) => author.name)
    // Other stories' cards above the story's own head.
    const cards = [
      'City council approves new budget after long debate',
      'Chris Davies - Nov 18, 2019',
      'Schools to close early as storm approaches the coast',
      'Mark Stone - Nov 17, 2019',
    ]
    const own = ['Ferry sailings to double from June', 'By Jane Roe', 'November 19, 2019']
    expect(names([...cards, ...own])).toEqual(['Jane Roe'])
    expect(capture([...cards, ...own]).published?.value).toBe('2019-11-19')
    // A timeline's row under the headline dates another year than the page's address.
    const timeline = ['Ferry sailings to double from June', 'Neil Armstrong - July 20, 1969']
    const dated = capture(timeline, 'https://courier.example/2019/07/20/ferry-sailings-double')
    expect(dated.authors).toEqual([])
    expect(dated.published?.value).toBe('2019-07-20')
    // A section's name is no writer.
    expect(names(['Ferry sailings to double from June', 'World News · 19 Nov 2019'])).toEqual([])
    // A photographer's credit in the story is no byline.
    expect(
      names([
        'Ferry sailings to double from June',
        'By Jane Roe',
        'Jacquelyn Martin, Associated Press',
      ])
    ).toEqual(['Jane Roe'])
  })

  it('keeps a live blog whose entries name their writers, under a share bar’s comment count', () => {
    const entries = Array.from({ length: 4 }, (_, n) => [
      `Jane Roe · March 5, 2020 1${n}:15 AM`,
      story.replace('Tuesday', ['Monday', 'Friday', 'Sunday', 'Saturday'][n] as string),
    ]).flat()
    const blog = normalizeArticle({
      content: [
        'Ferry strike: live updates',
        Array.from({ length: 7 }, () => story).join(' '),
        'Comments',
        ...entries,
      ].join('\n'),
      form: 'text',
      metadata: {},
    })
    expect(blog.text).toContain('Jane Roe · March 5, 2020 13:15 AM')
  })

  it('takes the headline over the byline, not a promo or a label above it nor its dek', () => {
    // A whole page's text: menus above and below the story.
    const menu = ['News', 'Local', 'Sports', 'Business', 'Weather', 'Opinion', 'Obituaries']
    menu.push(...menu.map((entry) => `${entry} archive`))
    const page = (head: string[], top: string[] = []) =>
      normalizeArticle({
        content: [
          ...top,
          ...menu,
          ...head,
          story,
          story.replace('Tuesday', 'Friday'),
          story.replace('Tuesday', 'Monday'),
          ...menu,
        ].join('\n'),
        form: 'text',
        metadata: {},
      })
    const headline = 'Ferry sailings to double from June as numbers climb'
    const byline = ['By Sarah Archer', 'Published 7:07 PM EST Jan 14, 2026']
    const promo = page([
      "Welcome to the Courier's new reading experience",
      'Learn More',
      headline,
      ...byline,
    ])
    expect(promo.title).toBe(headline)
    expect(promo.text).not.toContain('Welcome')
    // Under a masthead's motto, kept as prose, the first line is no headline; the head is,
    // over a kicker and a standfirst written as a sentence.
    const motto = page(
      [headline, 'Harbour matters', story.replace('Tuesday', 'Sunday'), ...byline],
      ['The Courier. Home of the Daily and Sunday Courier.']
    )
    expect(motto.title).toBe(headline)
    // A lead photo's caption and credit between the headline and the byline.
    const photographed = page(
      [
        headline,
        'The new timetable adds two late boats on weekdays.',
        'Credit...',
        'Jane Doe/The Courier',
        'By Sarah Archer',
        story.replace('Tuesday', 'Sunday'),
      ],
      ['The Courier. Home of the Daily and Sunday Courier.']
    )
    expect(photographed.title).toBe(headline)
    const dek =
      'The operator says two more boats a day will carry the island’s late-shift workers home.'
    const labelled = page(['THE COURIER · Transport · Ferries', headline, dek, ...byline])
    expect(labelled.title).toBe(headline)
    expect(labelled.text).toContain(dek)
    // A page whose footer the closing-block rule took is still a whole page by its short
    // lines; its section links, kept within the slack above the story, are no headline.
    const footer = ['Site Index', 'Home Page', 'World', 'Politics', 'New York', 'Business']
    footer.push(...['Tech', 'Science', 'Sports', 'Obituaries', 'Corrections', 'Opinion'])
    footer.push(...['Columnists', 'Editorials', 'Letters', 'Books', 'Movies', 'Music'])
    footer.push(...['Television', 'Theater', 'Food', 'Travel', 'Health', 'Contact Us'])
    footer.push(...['Work With Us', 'Advertise', 'Privacy', 'Terms of Service', 'Site Map'])
    const sections = ['World', 'Africa', 'Americas', 'Asia Pacific', 'Australia', 'Canada']
    const trimmed = normalizeArticle({
      content: [
        'SKIP TO SITE INDEX',
        ...sections,
        'Europe',
        'Middle East',
        headline,
        'By Sarah Archer',
        story,
        story.replace('Tuesday', 'Friday'),
        story.replace('Tuesday', 'Monday'),
        ...footer,
        '© 2026 The Courier Company',
      ].join('\n'),
      form: 'text',
      metadata: {},
    })
    expect(trimmed.title).toBe(headline)
    // A capture of the article alone opens with its headline: a writer's line nearer the
    // date, under a standfirst too long for a headline, is not asked to stand for it.
    const standfirst =
      'The operator says two more boats a day will carry late-shift workers home, and that fares will not change when the new timetable starts in June'
    const alone = normalizeArticle({
      content: [
        headline,
        'World › Europe',
        headline,
        standfirst,
        'Marta Quill in Dravenna',
        'Thu 15 Jan 2026 15.00 (GMT+1)',
        story,
        story.replace('Tuesday', 'Friday'),
      ].join('\n'),
      form: 'text',
      metadata: {},
    })
    expect(alone.title).toBe(headline)
  })

  it('takes the line the URL spells out for the headline, on a whole page or when no first line is one', () => {
    const menu = ['News', 'Local', 'Sports', 'Business', 'Weather', 'Opinion', 'Obituaries']
    menu.push(...menu.map((entry) => `${entry} archive`))
    const url = 'https://courier.example/ferry-sailings-double-june-numbers-climb'
    const headline = 'Ferry sailings to double from June as passenger numbers climb'
    const body = [story, story.replace('Tuesday', 'Friday'), story.replace('Tuesday', 'Monday')]
    const capture = (lines: string[], withUrl = true) =>
      normalizeArticle({
        content: lines.join('\n'),
        form: 'text',
        metadata: withUrl ? { url } : {},
      })
    // A headline with no byline or date, under a photo's caption, above a teaser (the line
    // nearest the story); below the first paragraph, another photo's caption nearer the
    // slug, and the page's address printed by a share button.
    const page = [
      ...menu,
      'Photo: ferry sailings double June numbers climb',
      headline,
      'Harbour car park charges delayed again after traders protest',
      body[0] as string,
      'Ferry sailings double: June numbers climb at the pier',
      ` ${url}`,
      ...body.slice(1),
      ...menu,
    ]
    expect(capture(page).title).toBe(headline)
    expect(capture(page).text).not.toContain(headline)
    expect(capture(page, false).title).not.toBe(headline)
    // Under a reader's appeal kept as prose, the line stays in the text but is the title.
    const appeal = capture([
      ...menu,
      'Our journalism is funded by readers like you, so please consider subscribing today.',
      headline,
      ...body,
      ...menu,
    ])
    expect(appeal.title).toBe(headline)
    // A ticker's line dropped as furniture does not stand for a head its byline shows.
    const ticker = capture([
      'Breaking: Ferry sailings double as June numbers climb',
      ...menu,
      'Islanders cheer as ferry timetable grows',
      'By Sarah Archer',
      ...body,
      ...menu,
    ])
    expect(ticker.title).toBe('Islanders cheer as ferry timetable grows')
    // A lead that holds the slug's words is no headline, and stays the story's.
    const lead =
      'Ferry sailings will double from June as passenger numbers climb, the company said.'
    const led = capture([...menu, lead, ...body, ...menu])
    expect(led.title).not.toBe(lead)
    expect(led.text).toContain(lead)
    // A capture of the article alone keeps its first line over a line nearer the slug.
    const alone = capture([
      'Islanders cheer as ferry timetable grows',
      'Ferry sailings double in June as numbers climb',
      ...body,
    ])
    expect(alone.title).toBe('Islanders cheer as ferry timetable grows')
  })

  it('drops bare numbers from captured text (counts, chart labels), never from a table', () => {
    const context = { outletNames: [], nearEdge: false }
    for (const line of ['158', '+12', '’17', '13.0%'])
      expect(furnitureReason(line, { ...context, capturedText: true }), line).toBe(
        REASONS.countOrAxisLabel
      )
    // An HTML extractor's blocks: a table's cells are blocks of their own.
    expect(furnitureReason('16.6%', context)).toBeNull()
    const table = `<table><tr><td>Harbour Party</td><td>12,408</td><td>16.6%</td></tr><tr><td>Coast Alliance</td><td>9,102</td><td>12.1%</td></tr></table>`
    const html = normalizeArticle({
      content: `<html><body><article><h1>Results</h1><p>${story}</p>${table}<p>${story}</p></article></body></html>`,
      form: 'html',
      metadata: {},
    })
    expect(html.text).toContain('16.6%')
  })

  it('reads a Chinese story’s sentences as sentences, not as a closing list of links', () => {
    const sentence =
      '渡轮公司周二表示，从六月起每天将增加两个班次，因为去年夏天的乘客人数增加了五分之一。'
    const article = normalizeArticle({
      content: [
        '渡轮班次将翻倍',
        sentence,
        '12',
        sentence.replace('周二', '周三'),
        sentence.replace('周二', '周四'),
      ].join('\n'),
      form: 'text',
      metadata: {},
    })
    expect(article.text).toContain('周四')
  })

  it('finds the story in a whole page’s text, with the lists and code it holds', () => {
    const menu = ['Home', 'News', 'Sport', 'Weather', 'Travel', 'Culture', 'Money', 'Local']
    const menus = [...menu, ...menu.map((entry) => `${entry} desk`), 'Search']
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
    const paragraphs = days.map((day) => story.replace('Tuesday', day))
    const listing = [
      'The new timetable:',
      '- 06:40 from the island',
      '- 09:15 from the mainland',
      '- 13:30 from the island',
      '- 17:45 from the mainland',
      'config = { sailings: 4, crew: 12 }',
    ]
    const page = [
      ...menus,
      'Ferry sailings to double from June',
      ...paragraphs.slice(0, 2),
      ...listing,
      ...paragraphs.slice(2),
      ...menus,
    ].join('\n')
    const article = normalizeArticle({ content: page, form: 'text', metadata: {} })
    expect(article.title).toBe('Ferry sailings to double from June')
    for (const line of [...paragraphs, ...listing.slice(1)]) expect(article.text).toContain(line)
    expect(article.text).not.toMatch(/Weather|Culture desk/)
    // The article alone, with a few labels around it, is left to the line rules.
    const alone = normalizeArticle({
      content: ['Culture desk', 'Ferry sailings to double from June', ...paragraphs].join('\n'),
      form: 'text',
      metadata: {},
    })
    expect(alone.removed.map((line) => line.reason)).not.toContain(REASONS.outsideMainText)
  })

  it('reads JSON-LD wrapped in CDATA or an HTML comment, as XHTML-era pages ship it', () => {
    const page = (wrap: (json: string) => string) =>
      normalizeArticle({
        content: `<html><head><title>Ferry sailings | Harbour Post</title><script type="application/ld+json">${wrap('{"@type":"NewsArticle","headline":"Ferry sailings","datePublished":"2026-01-14T09:05:00Z","author":[{"@type":"Person","name":"Morag Sinclair"}]}')}</script></head><body><article><h1>Ferry sailings</h1><p>${story}</p><p>${story}</p></article></body></html>`,
        form: 'html',
        metadata: {},
      })
    for (const wrap of [
      (json: string) => `<![CDATA[\n  ${json}\n]]>`,
      (json: string) => `//<![CDATA[\n${json}\n//]]>`,
      (json: string) => `<!-- ${json} -->`,
    ]) {
      const article = page(wrap)
      expect(article.authors.map((author) => author.name)).toEqual(['Morag Sinclair'])
      expect(article.published?.value).toBe('2026-01-14T09:05:00Z')
    }
  })

  it('joins parts of an article named alike, but not rows or cards of the page named alike', () => {
    const teasers = Array.from(
      { length: 3 },
      (_, n) =>
        `<div class="card"><div class="card-body"><h3><a href="/s${n}">Other story ${n}</a></h3><p>Teaser ${n}: a summary of another story that runs to a sentence or so.</p></div></div>`
    ).join('')
    const paragraphs = (days: string[]) =>
      days.map((day) => `<p>${story.replace('Tuesday', day)}</p>`).join('')
    const page = (name: string, after: string) =>
      normalizeArticle({
        content: `<html><head><title>Ferry sailings | Harbour Post</title></head><body><main><div class="${name}"><div class="copy"><h1>Ferry sailings</h1>${paragraphs(['Monday', 'Tuesday', 'Wednesday', 'Thursday'])}</div></div><figure><img src="/f.jpg"></figure><div class="${name}">${after}</div></main></body></html>`,
        form: 'html',
        metadata: {},
      }).text
    expect(page('story-part', `<div class="copy">${paragraphs(['Friday'])}</div>`)).toContain(
      'Friday'
    )
    for (const name of ['row', 'card', 'col-md-8'])
      expect(page(name, `<div class="copy">${teasers}</div>`)).not.toContain('Teaser')
  })

  it('takes the page title over an <h1> outside the article that names a section', () => {
    const page = (h1: string) =>
      normalizeArticle({
        content: `<html><head><title>Babies who eat peanuts early may avoid allergy | WebHealth</title></head><body><div class="section-head"><h1>${h1}</h1></div><div class="story"><p>${story}</p><p>${story}</p><p>${story}</p></div></body></html>`,
        form: 'html',
        metadata: {},
      }).title
    expect(page('Allergies Health Center')).toBe('Babies who eat peanuts early may avoid allergy')
    expect(page('Babies who eat peanuts early may avoid an allergy, study finds')).toBe(
      'Babies who eat peanuts early may avoid an allergy, study finds'
    )
  })

  it('reads microdata authors and dates of the article item, not of teasers for others', () => {
    const teaser = (name: string) =>
      `<li itemscope itemtype="https://schema.org/NewsArticle"><a href="/other">Other story</a> <span itemprop="author">${name}</span> <time itemprop="datePublished" datetime="2026-01-01T08:00:00Z">1 Jan</time></li>`
    const article = normalizeArticle({
      content: `<html><head><title>Ferry sailings | Harbour Post</title></head><body><ul>${teaser('Ann Other')}</ul><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Ferry sailings</h1><p class="byline">By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/ana"><span itemprop="name">Ana Pike</span></a></span> and <span itemprop="author">Tom Reyes</span></p><time itemprop="datePublished" datetime="2026-01-14T09:05:00Z">14 January</time><p>${story}</p><p>${story}</p></article><ul>${teaser('Bea Last')}</ul></body></html>`,
      form: 'html',
      metadata: {},
    })
    expect(article.authors.map((author) => author.name)).toEqual(['Ana Pike', 'Tom Reyes'])
    expect(article.published?.value).toBe('2026-01-14T09:05:00Z')
  })

  it('reads a page laid out inside a widget-named wrapper, but not a comment thread', () => {
    const page = (wrapper: string, inside: string, outside = '') =>
      normalizeArticle({
        content: `<html><head><title>Ferry sailings | Harbour Post</title></head><body><div class="${wrapper}">${inside}</div>${outside}</body></html>`,
        form: 'html',
        metadata: {},
      })
    const article = `<h1>Ferry sailings</h1><p>${story}</p><p>${story.replace('Tuesday', 'Friday')}</p>`
    const share =
      '<div class="share-bar"><p>Share this story with your friends and family today</p></div>'
    const wrapped = page('layout-sidebar-right', article + share)
    expect(wrapped.text).toContain('Friday')
    expect(wrapped.text).not.toContain('Share this story')
    // A long thread under a short article is still the comments, not the page.
    const comment = (n: number) =>
      `<p>Comment ${n}: I have taken this ferry for twenty years, and the timetable has never once been kept, whatever they say.</p>`
    const thread = Array.from({ length: 12 }, (_, n) => comment(n)).join('')
    const commented = page('comments-section', thread, `<article>${article}</article>`)
    expect(commented.text).toContain('Friday')
    expect(commented.text).not.toContain('twenty years')
    expect(() => page('comments-section', thread)).toThrow(/no article text found/)
    // With an article of its own outside (500 characters or more), a long gallery stays a widget.
    const longer = `<h1>Ferry sailings</h1>${['Tuesday', 'Wednesday', 'Thursday', 'Friday']
      .map((day) => `<p>${story.replace('Tuesday', day)}</p>`)
      .join('')}`
    const captions = Array.from(
      { length: 30 },
      (_, n) =>
        `<p>Slide ${n}: a ferry leaves the harbour in the early light, with the island behind it.</p>`
    ).join('')
    const gallery = page('gallery-widget', captions, `<article>${longer}</article>`)
    expect(gallery.text).toContain('Friday')
    expect(gallery.text).not.toContain('Slide')
  })

  it('tags opinion and analysis by the page’s JSON-LD type or section, not other sections', () => {
    const page = (head: string) =>
      normalizeArticle({
        content: `<html><head><title>Ferry sailings | Harbour Post</title>${head}</head><body><article><h1>Ferry sailings</h1><p>${story}</p><p>${story}</p></article></body></html>`,
        form: 'html',
        metadata: {},
      }).tags
    const ld = (type: string, extra = '') =>
      `<script type="application/ld+json">{"@type":"${type}","headline":"Ferry sailings"${extra}}</script>`
    expect(page(ld('OpinionNewsArticle'))).toContain('Opinion')
    expect(page(ld('AnalysisNewsArticle'))).toContain('Analysis')
    expect(page(ld('NewsArticle', ',"articleSection":"Comment"'))).toContain('Opinion')
    expect(page('<meta property="article:section" content="Opinion">')).toContain('Opinion')
    expect(page('<meta property="article:section" content="Voices">')).toContain('Opinion')
    expect(page('<meta property="article:section" content="World">')).not.toContain('World')
    const report = page(ld('NewsArticle', ',"articleSection":"Opinion polls"'))
    expect(report).not.toContain('Opinion')
    expect(report).not.toContain('Analysis')
  })

  it('tags a scraped text as commentary by the kicker above its story, never by a menu', () => {
    expect(kickerKind('OPINION')).toBe('opinion')
    expect(kickerKind('Analysis | By Fiona Marsh')).toBe('analysis')
    expect(kickerKind('Harbour Post | Comment')).toBe('opinion')
    expect(kickerKind('Home | News | Opinion | Sport')).toBeNull()
    expect(kickerKind('World | Analysis')).toBe('analysis')
    expect(kickerKind('Home | Opinion')).toBeNull()
    expect(kickerKind('Share | Comment | Print')).toBeNull()
    expect(kickerKind('Opinion polls close at ten')).toBeNull()
    // Opinion sections by other names.
    expect(kickerKind('ARGUMENT')).toBe('opinion')
    expect(kickerKind('Viewpoint | By Fiona Marsh')).toBe('opinion')
    expect(kickerKind('Voices')).toBe('opinion')
    expect(kickerKind('Guest essay')).toBe('opinion')
    expect(kickerKind('An argument over ferries')).toBeNull()
    // "Argument" and "Voices" are ordinary words too: a label only as the whole line.
    expect(kickerKind('Voices | From the picket line')).toBeNull()
    expect(kickerKind('Voices: residents on the closure')).toBeNull()
    expect(kickerKind('Harbour Post | Argument')).toBeNull()
    const capture = (kicker: string): RawArticle => ({
      content: `${kicker}\n\nThe ferry timetable is a promise the company keeps breaking\n\nBy Ana Pike\n\n${story}\n\n${story.replace('Tuesday', 'Friday')}`,
      form: 'text',
      metadata: { source: { name: 'Harbour Post' } },
    })
    expect(normalizeArticle(capture('OPINION')).tags).toContain('Opinion')
    expect(normalizeArticle(capture('Harbour Post | Analysis')).tags).toContain('Analysis')
    expect(normalizeArticle(capture('ARGUMENT')).tags).toContain('Opinion')
    const menu = normalizeArticle(capture('Home | News | Opinion | Sport | Culture'))
    expect(menu.tags).not.toContain('Opinion')
  })

  it('tags a scraped text as commentary by a label in its tag line, never by a topic or prose', () => {
    const capture = (tail: string): RawArticle => ({
      content: `The ferry timetable is a promise the company keeps breaking\n\nBy Ana Pike\n\n${story}\n\n${story.replace('Tuesday', 'Friday')}\n\n${tail}\n\nComments (12)`,
      form: 'text',
      metadata: { source: { name: 'Harbour Post' } },
    })
    const tagsOf = (tail: string) => normalizeArticle(capture(tail)).tags
    expect(tagsOf('Tags: Ferries, Harbour Post, opinion')).toContain('Opinion')
    expect(tagsOf('Filed under: Transport | Comment')).toContain('Opinion')
    expect(tagsOf('Topics: Analysis, Ferries')).toContain('Analysis')
    expect(tagsOf('Posted in Analysis, Ferries')).toContain('Analysis')
    // A topic is not a label ("Opinion polls"), nor a section a name may share ("Views").
    expect(tagsOf('Tags: Opinion polls, Ferries')).not.toContain('Opinion')
    expect(tagsOf('Tags: Views, Ferries')).not.toContain('Opinion')
    expect(tagsOf('Tags: Letters, Magazine, Perspective')).not.toContain('Opinion')
    expect(tagsOf('Tags: Voices, Argument')).not.toContain('Opinion')
    expect(tagsOf('Tags: #Ferries, #Opinion')).toContain('Opinion')
    expect(tagsOf('Tags: Politics, Opinion')).toContain('Opinion')
    expect(tagsOf('Keywords: Ferries / Explainers')).toContain('Analysis')
    expect(tagsOf('Tagged with: Ferries, Editorials')).toContain('Opinion')
    // A widget row is not a tag line, however it starts.
    expect(tagsOf('Tags: Ferries | Share | Comment')).not.toContain('Opinion')
    // Only dropped lines are read, and only as tag lines: not a menu that starts like one,
    // nor a dropped line that merely starts with a lead word.
    const lines = ['Topics: News | Opinion | Sport', 'Story', 'Filed under: Budget, Opinion']
    expect(readTagLineLabel(lines, new Set([0]))).toBeNull()
    expect(readTagLineLabel(lines, new Set([0, 2]))).toBe('opinion')
    expect(readTagLineLabel(lines, new Set([]))).toBeNull()
    expect(readTagLineLabel(['Topics raised included comment, analysis'], new Set([0]))).toBeNull()
  })

  it('reports broken input with a NormalizeError that says what is wrong', () => {
    expect(() => normalizeArticle({ content: '{"title": ', form: 'json', metadata: {} })).toThrow(
      NormalizeError
    )
    expect(() => normalizeArticle({ content: '{"title": ', form: 'json', metadata: {} })).toThrow(
      /not valid JSON/
    )
    expect(() => normalizeArticle({ content: '\n\n', form: 'text', metadata: {} })).toThrow(
      /no article text found/
    )
  })

  it('never replaces a missing date with the current time', () => {
    const article = normalizeArticle({ content: story, form: 'text', metadata: {} })
    expect(article.published).toBeNull()
    expect(article.updated).toBeNull()
  })
})

describe('character references in captured text', () => {
  const body =
    'The telecom group AT&amp;T said on Tuesday it would cut prices for its Q&A service, citing R&amp;D costs.\n\nAnalysts called the move &#8220;overdue&#8221;.'
  it('are decoded in plain text, Markdown and stated fields, but only when complete', () => {
    const text = normalizeArticle({
      content: body,
      form: 'text',
      metadata: {
        title: 'AT&amp;T cuts prices &ndash; again',
        source: 'Wire &amp; Co',
        author: 'Ann O&#39;Neil',
      },
    })
    expect(text.title).toBe('AT&T cuts prices – again')
    expect(text.source.name).toBe('Wire & Co')
    expect(text.authors.map((a) => a.name)).toEqual(["Ann O'Neil"])
    expect(text.text).toContain('AT&T said on Tuesday')
    expect(text.text).toContain('its Q&A service, citing R&D costs')
    expect(text.text).toContain('called the move “overdue”.')
    expect(text.html).toContain('AT&amp;T said')
    const markdown = normalizeArticle({
      content: `# AT&amp;T cuts prices\n\n${body.replace('&#8220;overdue&#8221;', '&lt;b&gt;overdue&lt;/b&gt; &notice')}`,
      form: 'markdown',
      metadata: {},
    })
    expect(markdown.title).toBe('AT&T cuts prices')
    // An escaped tag is text in Markdown, and "&notice" is not a reference.
    expect(markdown.text).toContain('the move <b>overdue</b> &notice.')
  })
})

describe('the record check', () => {
  const story =
    'The council approved the new budget on Tuesday after a long debate about road repairs.'
  it('refuses stated addresses the schema would refuse before the record check, naming each', () => {
    // Metadata that skipped validation (a caller of the library, not the ingest API).
    const raw = (url: string | undefined, homepage: string) =>
      ({
        content: story,
        form: 'text',
        metadata: { url, source: { name: 'Valley Post', homepage } },
      }) as unknown as RawArticle
    expect(() => normalizeArticle(raw('https://localhost/a', 'https://x_y/'))).toThrow(
      '"url" is not a public web address: "https://localhost/a"'
    )
    expect(() => normalizeArticle(raw(undefined, 'https://x_y/'))).toThrow(
      '"source.homepage" is not a public web address: "https://x_y/"'
    )
  })
  it('returns what ArticleSchema.parse returns, sharing no object with the registry', () => {
    const raw: RawArticle = {
      content: `${story}\n\n© 2025 Reuters. All rights reserved.`,
      form: 'text',
      metadata: { url: 'https://www.reuters.com/world/a-1', published: '2025-08-20' },
    }
    const first = normalizeArticle(raw)
    expect(ArticleSchema.parse(first)).toEqual(first)
    expect(Object.keys(first.source)).toEqual(['id', 'name', 'homepage', 'feedUrl'])
    first.source.name = 'changed'
    expect(normalizeArticle(raw).source.name).not.toBe('changed')
  })
})

describe('real-page rules keep what they must not take', () => {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} of the main story says, at some length, what the council decided and why it did so.</p>`
  const html = (body: string, title = 'Council closes bridge | Harbour Post') =>
    normalizeArticle({
      content: `<html><head><title>${title}</title></head><body>${body}</body></html>`,
      form: 'html',
      metadata: {},
    })

  it('keeps a short article above a long list of related stories in a widget-named box', () => {
    const teaser = (n: number) =>
      `<div class="teaser-item"><h3><a href="/x${n}">Headline ${n}</a></h3><p>A summary of story ${n}, which describes, in some detail, what happened in the next town this week, and why.</p></div>`
    const page = html(
      `<div class="page"><article><h1>Council closes bridge</h1>${paragraph(1)}${paragraph(2)}</article><div class="related-stories">${Array.from({ length: 25 }, (_, n) => teaser(n)).join('')}</div></div>`
    )
    expect(page.text).toContain('Paragraph 2')
    expect(page.text).not.toContain('A summary of story')
  })

  it('does not join the next story of an endless page, an <article> of its own', () => {
    const next = `<p>The next story: the weather service warned of storms on Friday across the whole region.</p>`
    const page = html(
      `<div class="feed"><div class="story-wrap"><article><h1>Council closes bridge</h1><div class="body">${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</div></article></div><div class="story-wrap"><article><h1>Storms on Friday</h1><div class="body">${next}${next}</div></article></div></div>`
    )
    expect(page.text).toContain('Paragraph 6')
    expect(page.text).not.toContain('weather service')
  })

  it('keeps an <h1> outside the body when the <title> names only the site', () => {
    const body = `<header class="article-header"><h1>Council votes to close the old bridge</h1></header><div class="article-body">${paragraph(1)}${paragraph(2)}</div>`
    expect(html(body, 'Springfield Gazette').title).toBe('Council votes to close the old bridge')
    const chinese = `<header class="article-header"><h1>议会投票决定关闭旧桥梁</h1></header><div class="article-body">${paragraph(1)}${paragraph(2)}</div>`
    expect(html(chinese, '议会投票关闭旧桥').title).toBe('议会投票决定关闭旧桥梁')
  })

  it('keeps a story told in list items under a byline-like line, with a page’s furniture below', () => {
    // Every line of such a story is short and title-shaped, as a closing block's are; the
    // desk credit at the top once opened a closing block that took the whole story, and
    // the capture was refused ("no article text found"). (Its last item still goes with
    // the box below it, read as the box's heading, as a "Most read" list's last teaser is.)
    const content = [
      'Newsbeat Staff',
      'Key points:',
      '• Tiger located by police drone on the railway embankment near the allotments',
      '• S4 and R12 train lines suspended through Kessendorf',
      '• 60 allotment holders evacuated, 500-metre cordon in place',
      '• Zoo vets on standby with tranquilliser darts',
      'This article first appeared elsewhere and is republished here with permission.',
      'More from Harbour Digest',
    ].join('\n\n')
    const article = normalizeArticle({
      content,
      form: 'text',
      metadata: { title: 'Escaped tiger spotted near the allotments', source: 'Harbour Digest' },
    })
    expect(article.text).toContain('Key points:')
    expect(article.text).toContain('• 60 allotment holders evacuated')
    expect(article.text).not.toContain('More from Harbour Digest')
  })

  it('still drops a footer’s menu entries and a thank-you appeal under a story of short lines', () => {
    // The story's start (below which a closing block may open) is prose that is no appeal,
    // or a list item longer than a menu entry.
    const story = [
      'Flood defences hold in Ostby',
      'Volunteers stack sandbags along the river wall on Tuesday evening',
      'The river crested at 4.1 metres overnight',
    ]
    const read = (footer: string[]) =>
      normalizeArticle({ content: [...story, ...footer].join('\n\n'), form: 'text', metadata: {} })
        .text
    const menu = read([
      'Support local journalism',
      'Subscribe to our newsletter',
      '- About the Harbour Post',
      '- Contact the newsroom',
      '- Advertise with us',
      '© 2026 Harbour Post',
    ])
    expect(menu).not.toContain('About the Harbour Post')
    const appeal = read([
      'Dear readers, thank you for choosing the Harbour Post this year.',
      'Every week we bring you stories like this one for free.',
      'Donate',
      'Subscribe',
      '© 2026 Harbour Post',
    ])
    expect(appeal).not.toContain('Dear readers')
  })

  it('keeps the headline and intro of a scraped recipe whose ingredient list is long', () => {
    const lines = [
      ...['Skip to main content', 'Home', 'Recipes', 'Baking', 'Search'],
      'How to make the perfect sourdough loaf at home',
      'By Jane Doe',
      'Sourdough takes patience. Here is the method our food desk swears by.',
      'Ingredients',
      ...['500g strong white flour', '350g water', '100g active starter', '10g salt'],
      ...['Rice flour for dusting', 'A large mixing bowl', 'A proving basket', 'A Dutch oven'],
      ...['A sharp razor', 'A kitchen scale', 'A bench scraper', 'A cooling rack'],
      'Method',
      ...[1, 2, 3, 4, 5].map(
        (n) =>
          `Step ${n}: mix, wait, fold and wait again, for as long as the dough needs to grow by half in a warm kitchen.`
      ),
    ]
    const recipe = normalizeArticle({ content: lines.join('\n'), form: 'text', metadata: {} })
    expect(recipe.title).toBe('How to make the perfect sourdough loaf at home')
    expect(recipe.text).toContain('Sourdough takes patience.')
  })

  it('keeps the lists of a Markdown article: written, not scraped', () => {
    const items = Array.from({ length: 20 }, (_, n) => `- Harbour wall repair stage ${n + 1}`)
    const markdown = [
      '# Funded projects',
      'The list is below.',
      ...items,
      story,
      story.replace('Tuesday', 'Friday'),
    ].join('\n\n')
    const article = normalizeArticle({ content: markdown, form: 'markdown', metadata: {} })
    expect(article.text).toContain('The list is below.')
    expect(article.text).toContain('stage 20')
  })

  it('reads "Originally published" datelines', () => {
    expect(parseDateline('Originally published Aug 19, 2025', null)?.published?.value).toBe(
      '2025-08-19'
    )
  })

  it('reads no author from teasers in an aside, and reads an untyped item’s author', () => {
    const teaser = `<div itemscope itemtype="https://schema.org/NewsArticle"><h3 itemprop="headline">Older story</h3><span itemprop="author">Other Writer</span></div>`
    const withTeasers = html(
      `<article><h1>Council closes bridge</h1><p class="byline">By Jane Doe</p>${paragraph(1)}${paragraph(2)}</article><aside>${teaser}</aside>`
    )
    expect(withTeasers.authors.map((author) => author.name)).toEqual(['Jane Doe'])
    const untyped = html(
      `<article itemscope itemtype="https://schema.org/CreativeWork"><h1>Council closes bridge</h1><div>Words: <span itemprop="author">Jane Doe</span></div>${paragraph(1)}${paragraph(2)}</article>`
    )
    expect(untyped.authors.map((author) => author.name)).toEqual(['Jane Doe'])
  })

  it('keeps "Share with your doctor." and reads no topic chip as a byline', () => {
    expect(
      furnitureReason('Share with your doctor.', { outletNames: [], nearEdge: false })
    ).toBeNull()
    const chip = normalizeArticle({
      content: [
        'Trump signs order raising tariffs on steel',
        'Donald Trump',
        '2 hours ago',
        story,
        story,
      ].join('\n\n'),
      form: 'text',
      metadata: {},
    })
    expect(chip.authors).toEqual([])
  })

  it('unwraps JSON-LD in a script comment around CDATA', () => {
    const json =
      '{"@type":"NewsArticle","headline":"Council closes bridge","author":{"name":"Jane Doe"}}'
    for (const wrapped of [`/*<![CDATA[*/${json}/*]]>*/`, `<!-- //<![CDATA[\n${json}\n//]]> -->`])
      expect(
        html(
          `<script type="application/ld+json">${wrapped}</script><article><h1>Council closes bridge</h1>${paragraph(1)}${paragraph(2)}</article>`
        ).authors.map((author) => author.name)
      ).toEqual(['Jane Doe'])
  })
})
