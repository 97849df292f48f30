/**
 * Earlier versions of documents, kept for the snapshots of open transactions (the store itself holds
 * only the latest). An image says "until version `until`, this document was `doc`" (null: absent).
 * Images arrive in increasing `until` order (versions come from one counter), so each document's list
 * and the global list are both sorted, and pruning takes from the front.
 */
interface Image {
  until: number;
  /** The document's EJSON text before the write, or null when it did not exist. */
  doc: string | null;
}

export class History {
  private readonly bySlot = new Map<string, Image[]>();
  private order: { slot: string; until: number }[] = [];
  private head = 0;

  record(slot: string, until: number, doc: string | null): void {
    let images = this.bySlot.get(slot);
    if (!images) this.bySlot.set(slot, (images = []));
    images.push({ until, doc });
    this.order.push({ slot, until });
  }

  /** The document as a snapshot at version `snapshot` sees it; `current()` when it has not changed since. */
  visible(slot: string, snapshot: number, current: () => string | null): string | null {
    const images = this.bySlot.get(slot);
    if (images) for (const im of images) if (im.until > snapshot) return im.doc;
    return current();
  }

  /** Whether the document was written (created, changed or removed) after version `snapshot`. */
  changedSince(slot: string, snapshot: number): boolean {
    const images = this.bySlot.get(slot);
    return !!images && images.length > 0 && images[images.length - 1].until > snapshot;
  }

  /** Forgets images no open snapshot can need: those older than the oldest snapshot (all, if none). */
  prune(oldestSnapshot: number | null): void {
    if (oldestSnapshot === null) {
      this.bySlot.clear();
      this.order = [];
      this.head = 0;
      return;
    }
    while (this.head < this.order.length && this.order[this.head].until <= oldestSnapshot) {
      const { slot } = this.order[this.head];
      const images = this.bySlot.get(slot);
      images?.shift();
      if (images && images.length === 0) this.bySlot.delete(slot);
      this.head += 1;
    }
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }

  /** Images kept, for tests. */
  get size(): number {
    return this.order.length - this.head;
  }
}
