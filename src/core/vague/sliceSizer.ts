// Chooses how much of a large document the next slice covers, from how fast the last slices went,
// so each slice stays within a time budget. Code runs slowly until the engine has compiled it (the
// first slices of a session) and whenever garbage collection strikes; a fixed size would then
// overrun the budget, and a size small enough for those moments would waste time on every other.

export interface SliceSizing {
  /** Milliseconds one slice should take at most. */
  budgetMs: number;
  /** Size of the first slice, in characters, before anything was measured. */
  firstSize: number;
  minSize: number;
  maxSize: number;
}

export class SliceSizer {
  private size: number;

  constructor(private readonly sizing: SliceSizing) {
    this.size = clamp(sizing.firstSize, sizing.minSize, sizing.maxSize);
  }

  /** The size, in characters, to aim for in the next slice. */
  get nextSize(): number {
    return this.size;
  }

  /** Records that a slice of `chars` characters took `milliseconds` (0 when under the clock's resolution). */
  record(chars: number, milliseconds: number): void {
    const { budgetMs, minSize, maxSize } = this.sizing;
    // Aim at half the budget, so a slice that runs twice as slow as the last one still fits.
    const fitting = milliseconds > 0 ? Math.floor((chars * budgetMs) / (2 * milliseconds)) : Number.POSITIVE_INFINITY;
    // Grow at most twofold per slice (one fast slice proves little); shrink at once.
    this.size = clamp(Math.min(fitting, this.size * 2), minSize, maxSize);
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
