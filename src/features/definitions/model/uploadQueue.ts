export interface UploadQueueEvents<T> {
  onStart?: (id: string) => void;
  onSuccess?: (id: string, result: T) => void;
  onError?: (id: string, error: unknown) => void;
  /** A waiting job removed, or a running one aborted. */
  onCancel?: (id: string) => void;
}

type Job<T> = { id: string; run: (signal: AbortSignal) => Promise<T> };

/**
 * Runs jobs with at most `concurrency` at a time, in the order added. Each running job gets an
 * AbortSignal; cancel() aborts a running job or drops a waiting one.
 */
export class UploadQueue<T> {
  private waiting: Job<T>[] = [];
  private running = new Map<string, AbortController>();

  constructor(
    private readonly events: UploadQueueEvents<T> = {},
    readonly concurrency = 3,
  ) {}

  get runningCount() {
    return this.running.size;
  }
  get waitingCount() {
    return this.waiting.length;
  }
  has(id: string) {
    return this.running.has(id) || this.waiting.some((j) => j.id === id);
  }

  add(id: string, run: (signal: AbortSignal) => Promise<T>): void {
    if (this.has(id)) return;
    this.waiting.push({ id, run });
    this.pump();
  }

  cancel(id: string): void {
    const running = this.running.get(id);
    if (running) {
      this.running.delete(id);
      running.abort();
      this.events.onCancel?.(id);
      this.pump();
      return;
    }
    const before = this.waiting.length;
    this.waiting = this.waiting.filter((j) => j.id !== id);
    if (this.waiting.length !== before) this.events.onCancel?.(id);
  }

  cancelAll(): void {
    const dropped = this.waiting.map((j) => j.id);
    this.waiting = [];
    for (const id of dropped) this.events.onCancel?.(id);
    for (const id of [...this.running.keys()]) this.cancel(id);
  }

  private pump(): void {
    while (this.running.size < this.concurrency && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      const controller = new AbortController();
      this.running.set(job.id, controller);
      this.events.onStart?.(job.id);
      const settle = (fn: () => void) => {
        // A cancelled job has already been reported and removed.
        if (this.running.get(job.id) !== controller) return;
        this.running.delete(job.id);
        fn();
        this.pump();
      };
      Promise.resolve()
        .then(() => job.run(controller.signal))
        .then(
          (result) => settle(() => this.events.onSuccess?.(job.id, result)),
          (error) => settle(() => this.events.onError?.(job.id, error)),
        );
    }
  }
}
