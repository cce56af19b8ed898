// The parsed form of a walkthrough document.
import type { FrontMatter } from './frontMatterSchema';
import type { Problem } from './problems';
import type { TagId } from './tags';
import type { StatedWait } from './waits';

export interface Step {
  /** 0-based position in the steps list (shown to readers as index + 1). */
  index: number;
  /**
   * Stable id for remembering progress: derived from the step's text only, so reordering or
   * retagging keeps it. Matches /^s-[0-9a-f]{16}(-\d+)?$/.
   */
  key: string;
  /** Friction tags in the order written, without duplicates. */
  tags: TagId[];
  /** The step's Markdown without the list marker and the tags. */
  text: string;
  /** 0-based document line of the step's list marker. */
  line: number;
  /** Form fields this step asks for (from country, email, justify and field tags). */
  fields: number;
  /** A waiting time, from `[wait:30d]` or from words like "wait up to 30 days". */
  wait?: StatedWait;
}

export interface Walkthrough {
  /** The front-matter fields that were valid; invalid or missing ones are left out. */
  frontMatter: FrontMatter;
  /** From front matter, else the first level-1 heading, else "Untitled walkthrough". */
  title: string;
  steps: Step[];
  /** Sorted by position. */
  problems: Problem[];
}
