// Lets the extension host handle what is waiting (messages from the window, other extensions' work)
// between the slices of a long job. In Node, setImmediate runs right after pending I/O, where
// setTimeout(0) waits for the next timer tick (at least 1 ms): the ~40 pauses of re-linting a 1 MiB
// document cost 50-60 ms in Node and ~230 ms in the extension host that way (bench:editor). A web
// worker has no setImmediate and keeps setTimeout.
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}
