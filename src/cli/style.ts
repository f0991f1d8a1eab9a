import { Chalk } from 'chalk';
import { PLAIN, type Style } from '../format/types.js';

/** Colours only for a terminal, and never when NO_COLOR, --no-color or a file output says otherwise. */
export function terminalStyle(wanted: boolean, stream: { isTTY?: boolean }): Style {
  const env = process.env;
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const enabled = wanted && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '') && (forced || stream.isTTY === true);
  if (!enabled) return PLAIN;
  const chalk = new Chalk({ level: 1 });
  return { bold: chalk.bold, dim: chalk.dim, good: chalk.green, warn: chalk.yellow, bad: chalk.red };
}
