import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from './binary.js';

/**
 * The built binary in a real pseudo-terminal (tmux), driven as a person
 * would: each answer is sent once its question is on the screen. Shared by
 * the end-to-end tests of `init` and of the report in a narrow terminal.
 */
export const ROOT = join(import.meta.dirname, '..', '..');
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;
/**
 * How long to wait for a question or the exit before calling the binary stuck:
 * long enough that a loaded machine never fails a good build (the session is
 * killed at the end of each test, whatever its `sleep`).
 */
const PATIENCE_MS = 300_000;

export class Terminal {
  private readonly socket = `dossier-check-${process.pid}-${Math.random().toString(36).slice(2)}`;
  readonly folder = mkdtempSync(join(tmpdir(), 'terminal-'));
  readonly exitFile = join(this.folder, 'exit');

  /** A terminal `columns` wide and `rows` high. */
  constructor(private readonly size: { columns: number; rows: number } = { columns: 160, rows: 60 }) {}

  /** Runs the binary with `args` (written as they are on the shell line), from the project's folder. */
  start(args: string[]): void {
    this.startShell(`${process.execPath} ${BIN} ${args.join(' ')}`);
  }

  /** Runs a shell line from the project's folder, without colours. */
  startShell(line: string): void {
    const command = `cd ${ROOT} && NO_COLOR=1 ${line}; echo $? > ${this.exitFile}; sleep 600`;
    this.tmux('new-session', '-d', '-s', 'tty', '-x', String(this.size.columns), '-y', String(this.size.rows), command);
  }

  /** Waits until `text` is on the screen (its history included) at least `times` times. */
  async waitFor(text: string, times = 1): Promise<void> {
    const deadline = Date.now() + PATIENCE_MS;
    while (Date.now() < deadline) {
      if (this.screen().split(text).length > times) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`"${text}" never appeared${times > 1 ? ` ${times} times` : ''}. Screen:\n${this.screen()}`);
  }

  /** Waits for `question`, then types the keys. */
  async answer(question: string, ...keys: string[]): Promise<void> {
    await this.waitFor(question);
    await this.keys(...keys);
  }

  /** Answers a question asked once more: its `times`-th time on the screen. */
  async answerAgain(question: string, times: number, ...keys: string[]): Promise<void> {
    await this.waitFor(question, times);
    await this.keys(...keys);
  }

  /**
   * In the list of choices on the screen, moves down to `choice` (waiting for
   * each move to show) and takes it.
   */
  async choose(choice: string): Promise<void> {
    const pointed = `❯ ${choice}`;
    for (let moves = 0; moves < 50; moves++) {
      const before = this.screen();
      if (before.includes(pointed)) return this.keys('{Enter}');
      this.tmux('send-keys', '-t', 'tty', 'Down');
      const deadline = Date.now() + PATIENCE_MS;
      while (this.screen() === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`"${choice}" is not among the choices. Screen:\n${this.screen()}`);
  }

  /** Types each key: `{Enter}`, `{C-u}`… are tmux key names, anything else is typed as is. */
  async keys(...keys: string[]): Promise<void> {
    for (const key of keys) {
      if (key.startsWith('{') && key.endsWith('}')) this.tmux('send-keys', '-t', 'tty', key.slice(1, -1));
      else this.tmux('send-keys', '-t', 'tty', '-l', key);
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

  /** The screen and its history, lines the terminal wrapped joined back (-J): as wide as the program wrote them. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-t', 'tty', '-S', '-2000').stdout;
  }

  stop(): void {
    this.tmux('kill-server');
  }

  private tmux(...args: string[]) {
    return spawnSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }
}

/** The width of the widest of `lines`, in characters, trailing spaces left out. */
export function widest(lines: readonly string[]): number {
  return Math.max(...lines.map((line) => [...line.trimEnd()].length));
}
