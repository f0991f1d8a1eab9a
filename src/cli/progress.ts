/** Below this many files a check is over before a counter could be read. */
const MIN_FILES = 20;
/** Redrawing more often only slows the check down. */
const INTERVAL_MS = 100;

export interface Progress {
  advance(): void;
  done(): void;
}

const SILENT: Progress = { advance: () => {}, done: () => {} };

/**
 * A counter on standard error ("123/2000") for long batches on a terminal,
 * redrawn in place and erased at the end; nothing for pipes, files and CI logs.
 */
export function progressOn(
  stream: { isTTY?: boolean; write(text: string): unknown },
  total: number,
  label: (done: number, total: number) => string,
): Progress {
  if (stream.isTTY !== true || total < MIN_FILES) return SILENT;
  let done = 0;
  // The first count shows after INTERVAL_MS: a batch over by then leaves no trace.
  let drawnAt = Date.now();
  let drawn = false;
  return {
    advance() {
      done++;
      if (Date.now() - drawnAt < INTERVAL_MS) return;
      drawnAt = Date.now();
      drawn = true;
      stream.write(`\r${label(done, total)}\u001b[K`);
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
