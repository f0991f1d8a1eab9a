/**
 * Standard output and standard error as every command writes to them.
 *
 * A reader that goes away (`dossier-check check … | head -c 100`) ends what
 * it reads, never the run: the rest of the output is dropped, the run goes
 * on to its end and the exit code stays the command's own (for `check`, the
 * verdict of the whole batch), so that `set -o pipefail` still sees it.
 * Any other failure of standard output (a full disk under `> rapport.json`)
 * leaves an output that looks whole and is not: the command then exits 2
 * and says so on standard error. Standard error failing changes nothing:
 * there is no one left to tell.
 */
export interface StandardStreams {
  /** Waits for what was written to be out, or to have failed; the failure, unless its reader went away. */
  settle(): Promise<NodeJS.ErrnoException | undefined>;
}

interface State {
  failure?: NodeJS.ErrnoException;
}

let state: State | undefined;

/** Watches both streams (once per process, however many times a command runs in it). */
export function watchStandardStreams(): StandardStreams {
  if (!state) {
    const watched: State = {};
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (!readerWentAway(error)) watched.failure ??= error;
    });
    process.stderr.on('error', () => {});
    state = watched;
  }
  const watched = state;
  return {
    async settle() {
      await flushed(process.stdout);
      const failure = watched.failure;
      watched.failure = undefined;
      return failure;
    },
  };
}

/** The reader closed its end: what it did not read, it did not want. */
function readerWentAway(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED';
}

/** Pending writes are done or failed, and their failure, always reported a tick later, is known. */
async function flushed(stream: NodeJS.WriteStream): Promise<void> {
  if (!stream.destroyed && stream.writableLength > 0) {
    await new Promise<void>((resolve) => {
      const done = () => {
        stream.off('drain', done).off('close', done).off('error', done);
        resolve();
      };
      stream.on('drain', done).on('close', done).on('error', done);
    });
  }
  await new Promise((resolve) => setImmediate(resolve));
}
