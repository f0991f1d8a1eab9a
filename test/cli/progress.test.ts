import { describe, expect, it, vi } from 'vitest';
import { progressOn } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream, writes };
}

const label = (done: number, total: number) => `${done}/${total}`;

describe('progress on standard error', () => {
  it('counts in place on a terminal, at most every 100 ms, and erases itself', () => {
    vi.useFakeTimers({ now: 0 });
    const { stream, writes } = fakeStream(true);
    const progress = progressOn(stream, 50, label);
    progress.advance();
    progress.advance();
    vi.setSystemTime(150);
    progress.advance();
    progress.advance();
    vi.setSystemTime(300);
    progress.advance();
    progress.done();
    vi.useRealTimers();
    expect(writes).toEqual(['\r3/50\u001b[K', '\r5/50\u001b[K', '\r\u001b[K']);
  });

  it('leaves no trace of a batch over within 100 ms', () => {
    vi.useFakeTimers({ now: 0 });
    const { stream, writes } = fakeStream(true);
    const progress = progressOn(stream, 50, label);
    for (let index = 0; index < 50; index++) progress.advance();
    progress.done();
    vi.useRealTimers();
    expect(writes).toEqual([]);
  });

  it('says nothing to a pipe or a log, nor for a few files', () => {
    for (const [isTTY, total] of [
      [false, 5000],
      [true, 3],
    ] as const) {
      const { stream, writes } = fakeStream(isTTY);
      const progress = progressOn(stream, total, label);
      for (let index = 0; index < total; index++) progress.advance();
      progress.done();
      expect(writes).toEqual([]);
    }
  });
});
