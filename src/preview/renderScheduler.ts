// Debounces renders while typing: `schedule` waits until the typing pauses, `now` renders at once
// (the first render, a switch to another document) and drops a pending one.
export class RenderScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly delayMs: number,
    private readonly render: () => void,
  ) {}

  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.render();
    }, this.delayMs);
  }

  now(): void {
    this.cancel();
    this.render();
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  dispose(): void {
    this.cancel();
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
