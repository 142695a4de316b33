/** The articles an index holds, each with the file stamp it was indexed at. */
export class StampedIds {
  protected readonly stamps: Map<string, string>

  constructor(stamps = new Map<string, string>()) {
    this.stamps = stamps
  }

  get size(): number {
    return this.stamps.size
  }

  stamp(id: string): string | undefined {
    return this.stamps.get(id)
  }

  ids(): IterableIterator<string> {
    return this.stamps.keys()
  }
}
