import { describe, expect, it } from 'vitest'
import { clusterArticles, fileAll } from '../src/dedup/index.ts'
import { makeArticle } from './helpers/make-article.ts'

const report = (source: string, text: string, published: string | null = '2025-03-03') =>
  makeArticle({ text, title: `${source} report`, source, published })

const texts = [
  'Selvik council approved a budget for school repairs on Thursday after a vote of 29 to 4, the mayor said.',
  'The Selvik council voted 29 to 4 on Thursday to approve money for repairing schools, according to the mayor.',
  'Harbour pilots in Dremmen ended a strike on Friday after the port authority agreed to a new rota.',
]

describe('batch filing (fileAll)', () => {
  it('clusters a final set the same as one that may still take articles', () => {
    const articles = texts.map((text, i) => report(`Outlet ${i}`, text))
    // An exact copy: it has no tokens of its own and must find its original by its keys.
    articles.push({ ...(articles[0] as (typeof articles)[number]), id: 'copy-of-0' })
    // Undated: found through the any-day postings, made when it comes in a final set, kept all along otherwise.
    articles.push(
      report(
        'Undated outlet',
        'Selvik council members voted 29 to 4 to approve the school repairs budget, the mayor said.',
        null
      )
    )
    const open = fileAll(articles).index.stories()
    expect(open.find((story) => story.memberIds.length === 3)).toBeDefined()
    const final = fileAll(articles, { final: true }).index.stories()
    expect(final).toEqual(open)
    expect(clusterArticles(articles).stories).toEqual(open)
  })

  it('frees the tokenizer of a final set: a later article fails loudly instead of being misread', () => {
    const articles = texts.map((text, i) => report(`Outlet ${i}`, text))
    const { index } = fileAll(articles, { final: true })
    expect(() =>
      index.add(report('Late outlet', 'Entirely new words arrive later: zephyr quokka.'))
    ).toThrow(/set is complete/)
    // Not even a text of words it already knows, or of none.
    const knownWords =
      'Dremmen harbour pilots ended a strike on Friday after the port authority agreed a rota.'
    expect(() => index.add(report('Late outlet', knownWords))).toThrow(/set is complete/)
    expect(() => index.add(report('Late outlet', '… — …'))).toThrow(/set is complete/)
    // A copy of one of the set's articles is still a sighting of it.
    const copy = { ...(articles[0] as (typeof articles)[number]), id: 'late-copy' }
    expect(index.add(copy).duplicate).toBe(true)
    // A set that may take more still files new articles.
    const open = fileAll(articles)
    expect(
      open.index.add(report('Late outlet', 'Entirely new words arrive later.')).duplicate
    ).toBe(false)
  })
})
