import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from './binary.js';

/**
 * The built binary in a real pseudo-terminal (tmux), typed as a person
 * would: each answer is sent once its question is on the screen.
 */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/**
 * How long to wait for a question or the exit before calling the binary stuck:
 * long enough that a loaded machine never fails a good build (the session is
 * killed at the end of each test, whatever its `sleep`).
 */
const PATIENCE_MS = 300_000;

export class Terminal {
  private readonly socket = `dossier-check-${process.pid}-${Math.random().toString(36).slice(2)}`;
  readonly folder = mkdtempSync(join(tmpdir(), 'init-'));
  readonly exitFile = join(this.folder, 'exit');

  start(args: string[]): void {
    const command = `NO_COLOR=1 ${process.execPath} ${BIN} ${args.join(' ')}; echo $? > ${this.exitFile}; sleep 600`;
    this.tmux('new-session', '-d', '-s', 'init', '-x', '160', '-y', '60', command);
  }

  async waitFor(text: string): Promise<void> {
    await this.waitForTimes(text, 1);
  }

  /** Waits until `text` is on the screen `times` times or more (a question asked again). */
  async waitForTimes(text: string, times: number): Promise<void> {
    const deadline = Date.now() + PATIENCE_MS;
    while (Date.now() < deadline) {
      if (this.screen().split(text).length - 1 >= times) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`"${text}" never appeared ${times} time(s). Screen:\n${this.screen()}`);
  }

  /** Once `question` is on the screen, sends keys: `{Enter}`, `{C-u}`… by name, anything else as text. */
  async answer(question: string, ...keys: string[]): Promise<void> {
    await this.waitFor(question);
    for (const key of keys) {
      if (key.startsWith('{') && key.endsWith('}')) this.tmux('send-keys', '-t', 'init', key.slice(1, -1));
      else this.tmux('send-keys', '-t', 'init', '-l', key);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  /** The exit code, once the shell has written it whole: the file exists, empty, before `echo` writes into it. */
  async exitCode(): Promise<number> {
    const deadline = Date.now() + PATIENCE_MS;
    while (Date.now() < deadline) {
      const written = existsSync(this.exitFile) ? readFileSync(this.exitFile, 'utf8') : '';
      if (written.endsWith('\n')) return Number(written.trim());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the program never exited. Screen:\n${this.screen()}`);
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'init', '-S', '-200').stdout;
  }

  stop(): void {
    this.tmux('kill-server');
  }

  private tmux(...args: string[]) {
    return spawnSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }
}
