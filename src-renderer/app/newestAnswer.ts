import { messageOf } from '../../src-main/shared/errors'

/** What a request came back with: the value, or the failure in the analyst's words. */
export type Outcome<T> = { value: T } | { error: string }

/**
 * Asks the archive one request after another and keeps only the newest answer: an answer to a
 * request older than the newest (changes come quicker than answers, which may come back out of
 * turn) comes back `undefined`, as does one asked before `forget`.
 */
export class NewestAnswer {
  #asked = 0

  async ask<T>(load: () => Promise<T>): Promise<Outcome<T> | undefined> {
    const request = ++this.#asked
    let outcome: Outcome<T>
    try {
      outcome = { value: await load() }
    } catch (caught) {
      outcome = { error: messageOf(caught) }
    }
    return request === this.#asked ? outcome : undefined
  }

  /** Answers still on their way are dropped when they come. */
  forget(): void {
    this.#asked++
  }
}
