/**
 * Saves answers to the server as they are chosen, one request at a time, newest choice per
 * question winning. A failure does not lose the choice: it stays queued and is retried with a
 * growing pause until it lands, or until the server says the attempt is over.
 */
export interface Change {
  tokens?: string[];
  flagged?: boolean;
}

/** saved: nothing waiting; saving: a request in flight; retrying: the last one failed; closed: the server refuses (time up or handed in). */
export type SaveStatus = 'saved' | 'saving' | 'retrying' | 'closed';

export interface SaverDeps {
  send: (index: number, change: Change) => Promise<void>;
  /** True for errors that retrying cannot fix. */
  isFinal: (err: unknown) => boolean;
  onStatus: (status: SaveStatus) => void;
  /** @default setTimeout-based */
  sleep?: (ms: number) => Promise<void>;
}

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 10_000;

export class AnswerSaver {
  private readonly pending = new Map<number, Change>();
  private running = false;
  private stopped = false;

  constructor(private readonly deps: SaverDeps) {}

  queue(index: number, change: Change): void {
    if (this.stopped) return;
    // A new object each time: a request still in flight for the old value must not clear this one.
    this.pending.set(index, { ...this.pending.get(index), ...change });
    void this.run();
  }

  /** Chosen answers not yet on the server, for the submit to carry. */
  unsaved(): { index: number; tokens: string[] }[] {
    return [...this.pending.entries()].flatMap(([index, c]) => (c.tokens ? [{ index, tokens: c.tokens }] : []));
  }

  get waiting(): number {
    return this.pending.size;
  }

  stop(): void {
    this.stopped = true;
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const sleep = this.deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    let pause = FIRST_RETRY_MS;
    let failed = false;
    while (this.pending.size > 0 && !this.stopped) {
      const [index, change] = this.pending.entries().next().value as [number, Change];
      this.deps.onStatus(failed ? 'retrying' : 'saving');
      try {
        await this.deps.send(index, change);
        if (this.pending.get(index) === change) this.pending.delete(index);
        failed = false;
        pause = FIRST_RETRY_MS;
      } catch (err) {
        if (this.deps.isFinal(err)) {
          this.stopped = true;
          this.deps.onStatus('closed');
          break;
        }
        failed = true;
        this.deps.onStatus('retrying');
        await sleep(pause);
        pause = Math.min(pause * 2, MAX_RETRY_MS);
      }
    }
    this.running = false;
    if (!this.stopped && this.pending.size === 0) this.deps.onStatus('saved');
  }
}
