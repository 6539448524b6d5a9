/**
 * @module
 * Language of an article when no metadata gives it: the writing system first
 * (Cyrillic, Greek, Arabic, CJK…), then, for Latin script, which language's
 * most frequent function words occur most. Samples the first few thousand
 * characters, which is plenty for a news article. Null when unsure.
 */

const SAMPLE_CHARS = 1500
const MIN_STOPWORD_HITS = 3

/**
 * Each language's most frequent function words, whether or not another
 * language shares them: a shared word counts for every language listing it.
 * A list that leaves out its language's commonest words ("a" and "no" in
 * English, "de" in French) hands short texts to a language that lists them:
 * a headline and a sentence of English read as Portuguese ("a no-confidence
 * vote as a council…"), and so never met their story's other reports.
 */
const STOPWORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'with',
    'was',
    'on',
    'said',
    'he',
    'it',
    'as',
    'by',
    'has',
    'have',
    'are',
    'from',
    'this',
    'which',
    'would',
    'not',
    'a',
    'at',
    'be',
    'but',
    'his',
    'they',
    'were',
    'been',
    'who',
    'their',
    'no',
    'up',
    'out',
    'more',
    'into',
    'after',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'mit',
    'den',
    'sich',
    'des',
    'auf',
    'für',
    'ein',
    'eine',
    'auch',
    'dem',
    'wird',
    'sie',
    'von',
    'zu',
    'im',
    'hat',
    'nach',
    'wie',
    'in',
    'es',
    'er',
    'als',
    'bei',
    'oder',
    'aus',
    'dass',
    'werden',
    'einer',
    'einen',
    'war',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'est',
    'une',
    'un',
    'du',
    'que',
    'qui',
    'dans',
    'pour',
    'pas',
    'sur',
    'au',
    'avec',
    'il',
    'ce',
    'sont',
    'a',
    'aux',
    'par',
    'ont',
    'de',
    'en',
    'ne',
    'se',
    'son',
    'sa',
    'ses',
    'cette',
    'elle',
    'été',
    'leur',
    'plus',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'de',
    'que',
    'en',
    'un',
    'una',
    'es',
    'por',
    'con',
    'para',
    'del',
    'se',
    'su',
    'al',
    'lo',
    'como',
    'pero',
    'más',
    'fue',
    'ha',
    'a',
    'no',
    'sus',
    'este',
    'esta',
    'sin',
    'sobre',
    'también',
    'entre',
    'ya',
  ],
  it: [
    'il',
    'la',
    'di',
    'che',
    'e',
    'è',
    'per',
    'un',
    'una',
    'del',
    'della',
    'non',
    'sono',
    'con',
    'gli',
    'le',
    'nel',
    'alla',
    'ha',
    'si',
    'anche',
    'dei',
    'da',
    'come',
    'a',
    'in',
    'al',
    'nella',
    'dal',
    'delle',
    'questo',
    'sua',
    'più',
    'stato',
  ],
  pt: [
    'o',
    'a',
    'os',
    'as',
    'de',
    'que',
    'e',
    'do',
    'da',
    'em',
    'um',
    'uma',
    'para',
    'com',
    'não',
    'por',
    'mais',
    'dos',
    'das',
    'foi',
    'ao',
    'se',
    'na',
    'no',
    'ou',
    'sua',
    'seu',
    'também',
    'pelo',
    'pela',
    'são',
    'entre',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'dat',
    'niet',
    'op',
    'te',
    'zijn',
    'voor',
    'met',
    'die',
    'ook',
    'aan',
    'er',
    'maar',
    'om',
    'bij',
    'werd',
    'heeft',
    'naar',
    'nog',
  ],
  pl: [
    'i',
    'w',
    'nie',
    'na',
    'się',
    'z',
    'że',
    'do',
    'jest',
    'to',
    'o',
    'jak',
    'przez',
    'od',
    'po',
    'tak',
    'ale',
    'czy',
    'jego',
    'już',
    'oraz',
    'dla',
    'być',
    'także',
  ],
  tr: [
    've',
    'bir',
    'bu',
    'da',
    'de',
    'için',
    'ile',
    'olarak',
    'çok',
    'daha',
    'gibi',
    'ama',
    'ancak',
    'olan',
    'sonra',
    'kadar',
    'en',
    'her',
    'değil',
    'dedi',
    'oldu',
    'ise',
    'mı',
    'ne',
  ],
  sv: [
    'och',
    'att',
    'det',
    'som',
    'en',
    'på',
    'är',
    'av',
    'för',
    'med',
    'till',
    'den',
    'har',
    'inte',
    'om',
    'ett',
    'var',
    'jag',
    'men',
    'sig',
    'från',
    'de',
    'vid',
    'så',
  ],
  id: [
    'yang',
    'dan',
    'di',
    'ini',
    'itu',
    'dengan',
    'untuk',
    'tidak',
    'dari',
    'dalam',
    'akan',
    'pada',
    'juga',
    'ke',
    'karena',
    'ada',
    'oleh',
    'saat',
    'telah',
    'bahwa',
    'mereka',
    'kata',
    'sudah',
    'atau',
  ],
}

const STOPWORD_LANG = new Map<string, string[]>()
for (const [lang, words] of Object.entries(STOPWORDS))
  for (const word of words) STOPWORD_LANG.set(word, [...(STOPWORD_LANG.get(word) ?? []), lang])

/**
 * A number for a word, computed while its letters are read, so most words are
 * never sliced. 30 bits, so a key is a small integer to the engine (a wider one
 * is boxed for every map lookup).
 */
const addToKey = (key: number, c: number): number => (Math.imul(key, 31) + c) & 0x3fffffff
const keyOfWord = (word: string): number => {
  let key = 0
  for (let i = 0; i < word.length; i++) key = addToKey(key, word.charCodeAt(i))
  return key
}
const LANGS = Object.keys(STOPWORDS)
type Stopword = { word: string; langs: readonly number[] }
const ENTRIES: Stopword[] = [...STOPWORD_LANG].map(([word, langs]) => ({
  word,
  langs: langs.map((lang) => LANGS.indexOf(lang)),
}))
/**
 * Stopwords by key in an open-addressed table (a typed-array probe per word
 * costs less than a map lookup): slot → key, and entry index + 1 (0: empty).
 * A key's words are compared in full before they count.
 */
const SLOT_MASK = 1023
const SLOT_KEY = new Int32Array(SLOT_MASK + 1)
const SLOT_ENTRY = new Int16Array(SLOT_MASK + 1)
ENTRIES.forEach(({ word }, index) => {
  let slot = keyOfWord(word) & SLOT_MASK
  while (SLOT_ENTRY[slot] !== 0) slot = (slot + 1) & SLOT_MASK
  SLOT_KEY[slot] = keyOfWord(word)
  SLOT_ENTRY[slot] = index + 1
})

/** The stopword the key was built from, when `lower` holds one at `start` of `length` letters. */
const stopwordAt = (lower: string, start: number, length: number, key: number): Stopword | null => {
  for (let slot = key & SLOT_MASK; SLOT_ENTRY[slot] !== 0; slot = (slot + 1) & SLOT_MASK) {
    if (SLOT_KEY[slot] !== key) continue
    const entry = ENTRIES[(SLOT_ENTRY[slot] as number) - 1] as Stopword
    if (entry.word.length === length && lower.startsWith(entry.word, start)) return entry
  }
  return null
}

const SCRIPTS: ReadonlyArray<readonly [RegExp, (sample: string) => string]> = [
  [/\p{Script=Hangul}/u, () => 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, () => 'ja'],
  [/\p{Script=Han}/u, () => 'zh'],
  [
    /\p{Script=Cyrillic}/u,
    (s) => (/[іїєґІЇЄҐ]/.test(s) ? 'uk' : /[ўЎ]/.test(s) ? 'be' : /[љњџЉЊЏ]/.test(s) ? 'sr' : 'ru'),
  ],
  [/\p{Script=Greek}/u, () => 'el'],
  [/\p{Script=Arabic}/u, (s) => (/[پچژگ]/.test(s) ? 'fa' : /[ٹڈڑں]/.test(s) ? 'ur' : 'ar')],
  [/\p{Script=Hebrew}/u, () => 'he'],
  [/\p{Script=Devanagari}/u, () => 'hi'],
  [/\p{Script=Bengali}/u, () => 'bn'],
  [/\p{Script=Thai}/u, () => 'th'],
  [/\p{Script=Georgian}/u, () => 'ka'],
  [/\p{Script=Armenian}/u, () => 'hy'],
]

/** A code unit the scan below counts as another script's letter. */
const OTHER_SCRIPT_UNIT = /[\u0370-\u1fff\u2070-\uffff]/

/** Whether the word at `start` is capitalised and not at a sentence's start. */
const insideName = (sample: string, start: number): boolean => {
  const c = sample.charCodeAt(start)
  if (!((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde))) return false
  let j = start - 1
  while (j >= 0 && /\s/.test(sample[j] as string)) j--
  return j >= 0 && !/[.!?:;"“”«»([\-–—]/.test(sample[j] as string)
}

export const detectLanguage = (text: string): string | null => {
  const sample = text.slice(0, SAMPLE_CHARS)
  // Count letters by script with a character scan; regexes only for the rare non-Latin case.
  // Without a letter of another script (one native scan), only "20 Latin letters or
  // not" matters, and the count stops there.
  const mixed = OTHER_SCRIPT_UNIT.test(sample)
  let latin = 0
  let other = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) {
      if (++latin >= 20 && !mixed) break
    } else if (c >= 0x370 && c !== 0x2019 && !(c >= 0x2000 && c <= 0x206f)) other++
  }
  if (latin + other < 20) return null
  if (other > latin) {
    for (const [script, pick] of SCRIPTS) if (script.test(sample)) return pick(sample)
    return null
  }
  // Hits per language, and languages in the order of their first hit (ties go to the first).
  const scores = new Int32Array(LANGS.length)
  const order: number[] = []
  const lower = sample.toLowerCase()
  let start = -1
  let key = 0
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32
    const letter = (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    if (letter) {
      if (start < 0) {
        start = i
        key = 0
      }
      key = addToKey(key, c)
      continue
    }
    // Function words are short; longer words are never looked up. One capitalised
    // mid-sentence is part of a name ("Le Monde", "La Rochelle" in an English report).
    const stopword =
      start >= 0 && i - start <= 8 && !insideName(sample, start)
        ? stopwordAt(lower, start, i - start, key)
        : null
    if (stopword)
      for (const lang of stopword.langs) if ((scores[lang] as number)++ === 0) order.push(lang)
    start = -1
  }
  let best: string | null = null
  let bestScore = 0
  for (const lang of order) {
    const score = scores[lang] as number
    if (score > bestScore) {
      best = LANGS[lang] as string
      bestScore = score
    }
  }
  return bestScore >= MIN_STOPWORD_HITS ? best : null
}
