import type { PageContext } from '../../../src/page/context.js';
import { mountBuilder } from '../../../src/page/builder/index.js';
import { DEFAULT_EDITION } from '../../../src/reglement/index.js';
import { GeneratedGeography } from '../../../src/territoire/geography.js';

/** What the test gives the page on `window` before this script runs (harness.ts writes it into the HTML file). */
interface Given {
  lang: PageContext['lang'];
  /** The present instant, ISO 8601. */
  now: string;
  files: Record<string, unknown>;
  realWords: string[];
  /** What the form asked the checker part to open. */
  opened: { text: string; fileName: string }[];
}

const given = (window as unknown as { builderTest: Given }).builderTest;
const context: PageContext = {
  lang: given.lang,
  reglement: DEFAULT_EDITION,
  data: {
    geography: new GeneratedGeography((name) => {
      if (!(name in given.files)) throw new Error(`the page was not given ${name}`);
      return given.files[name];
    }),
    realWords: new Set(given.realWords),
  },
  now: () => new Date(given.now),
  openInChecker: (text, fileName) => void given.opened.push({ text, fileName }),
};
mountBuilder(document.getElementById('builder')!, context);
