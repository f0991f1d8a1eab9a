import { escape, REPORT_STYLE } from '../format/html.js';
import type { Reglement } from '../reglement/types.js';
import type { Lang } from '../vocabulary.js';
import { packGeography } from './geography-pack.js';
import { pageTexts } from './messages.js';
import { PAGE_DATA_ID, type PageData } from './page-data.js';
import { PAGE_STYLE } from './style.js';

/**
 * Everything the page is made of; the caller reads it (the build script and
 * `dossier-check page` read the same files), this module only writes the page.
 */
export interface PageInput {
  /** The page's script, bundled for the browser (dist/page/app.js). */
  script: string;
  lang: Lang;
  version: string;
  reglement: Reglement;
  /** The files of generated/territoire/, parsed, by name. */
  territoire: Readonly<Record<string, unknown>>;
  /** generated/classify/real-words.json, parsed. */
  realWords: string[];
}

/**
 * No fetch of any kind, whatever the page's code or a dossier's text holds:
 * the browser enforces it. Inline scripts and styles are the page itself;
 * images only as data: URIs.
 */
export const PAGE_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The applicants' page: one self-contained HTML file, the same for the same
 * input (the build and `dossier-check page` write identical bytes).
 */
export function assemblePage(input: PageInput): string {
  const texts = pageTexts(input.lang);
  const data: PageData = {
    lang: input.lang,
    version: input.version,
    reglement: input.reglement,
    geography: packGeography(input.territoire, input.reglement.territoire.departements),
    realWords: input.realWords,
  };
  return `<!doctype html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(texts.title(input.reglement.titre))}</title>
<style>${REPORT_STYLE}${PAGE_STYLE}</style>
</head>
<body>
<header id="page-header"><div><h1>${escape(texts.heading)}</h1>
<p>${escape(texts.intro(input.reglement.titre, input.reglement.organisme))}</p></div></header>
<main>
<p class="privacy" id="privacy">${escape(texts.privacy)}</p>
<noscript><p class="message">${escape(texts.noScript)}</p></noscript>
<section id="check" aria-labelledby="check-title"><h2 id="check-title">${escape(texts.check.heading)}</h2></section>
<section id="build" aria-labelledby="build-title"><h2 id="build-title">${escape(texts.build.heading)}</h2><div id="builder"></div></section>
</main>
<footer id="page-footer"></footer>
<script type="application/json" id="${PAGE_DATA_ID}">${inlineJson(data)}</script>
<script>${inlineScript(input.script)}</script>
</body>
</html>
`;
}

/** JSON inside a script element: no `<` at all, so that nothing in it can close the element. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Code inside a script element: `</script` and `<!--` would end or change it.
 * In a bundle they can only be in strings, regular expressions or comments, where
 * `<\/script` and `<\x21--` read the same (both escapes are valid in a regular
 * expression with the u flag too).
 */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\x21--');
}
