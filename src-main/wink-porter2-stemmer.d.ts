/** The Porter2 (Snowball English) stemmer: a lower-case word to its stem ("negotiations" → "negoti"). */
declare module 'wink-porter2-stemmer' {
  export default function stem(word: string): string
}
