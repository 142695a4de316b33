import { join } from 'node:path'
import { openNotebook, type Notebook } from '../../src-main/notebook/notebook'
import { NEW_STATEMENT, PAGE, SEARCH_HITS, STATEMENT_PAGE, type BenchStore } from './benchStore'

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources')

/** The Notebook service over the archive folder, called as the app calls it. */
export class StancemarkStore implements BenchStore {
  readonly #notebook: Notebook

  private constructor(notebook: Notebook) {
    this.#notebook = notebook
  }

  static async open(archiveDir: string): Promise<StancemarkStore> {
    return new StancemarkStore(await openNotebook({ archiveDir, resourcesDir }))
  }

  async listLibrary(): Promise<number> {
    return (await this.#notebook.listArticles({ offset: 0, limit: PAGE })).items.length
  }

  /** Waits until the search and statement indexes are loaded (not timed as part of open). */
  async settle(): Promise<void> {
    await this.#notebook.exploreStatements({ limit: 1 })
    await this.#notebook.search({ text: 'settle', limit: 1 })
  }

  async getArticle(id: string): Promise<unknown> {
    return this.#notebook.getArticle(id)
  }

  async addStatement(articleId: string, speakerId: string, positionId: string): Promise<void> {
    await this.#notebook.addStatement(articleId, {
      anchor: NEW_STATEMENT,
      speaker: { id: speakerId },
      position: { id: positionId },
      stance: 'supports',
      tags: [],
      note: '',
    })
  }

  async search(text: string): Promise<number> {
    return (await this.#notebook.search({ text, limit: SEARCH_HITS })).hits.length
  }

  async statementsOf(filter: { speakerId?: string; positionId?: string }): Promise<number> {
    return (await this.#notebook.queryStatements({ ...filter, limit: STATEMENT_PAGE })).length
  }

  /** The product's own vault export: article notes and also a note per speaker and position, and an index. */
  async exportVault(folder: string): Promise<number> {
    const report = await this.#notebook.exportVaultToFolder(folder)
    const others =
      (await this.#notebook.listSpeakers()).length + (await this.#notebook.listPositions()).length
    return report.notes - others - 1
  }

  /** The notebook itself, for what only Stancemark has (the live vault). */
  get notebook(): Notebook {
    return this.#notebook
  }

  close(): Promise<void> {
    return this.#notebook.close()
  }
}
