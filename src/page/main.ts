import { escape } from '../format/html.js';
import { catalogue, isLang, type Lang } from '../i18n/index.js';
import { GeneratedGeography } from '../territoire/geography.js';
import { mountBuilder, type BuilderState } from './builder/index.js';
import { mountChecker, type Checker, type CheckerState } from './checker.js';
import type { PageContext } from './context.js';
import { unpackGeography } from './geography-pack.js';
import { pageTexts } from './messages.js';
import { PAGE_DATA_ID, type PageData } from './page-data.js';

/**
 * The page's script: reads the data the page carries, then shows the checker
 * and the dossier builder in the language asked for. It reads no file and
 * asks nothing of the network (the page's Content-Security-Policy forbids it).
 */
const data = JSON.parse(document.getElementById(PAGE_DATA_ID)!.textContent!) as PageData;
const geography = new GeneratedGeography(unpackGeography(data.geography));
const realWords = new Set(data.realWords);
const checkerState: CheckerState = { text: '', fileName: '' };
let checker: Checker | undefined;
/** The form's answers, kept when the page is shown in another language. */
let builderState: BuilderState | undefined;

/** `?lang=en` or `#lang=en` chooses the language; the page's own otherwise. */
function askedLanguage(): Lang {
  const asked = new URLSearchParams(location.hash.slice(1)).get('lang') ?? new URLSearchParams(location.search).get('lang');
  return asked !== null && isLang(asked) ? asked : data.lang;
}

function render(lang: Lang, focusSwitch = false): void {
  const texts = pageTexts(lang);
  const t = catalogue(lang);
  const { reglement } = data;
  document.documentElement.lang = lang;
  document.title = texts.title(reglement.titre);
  const other = texts.otherLanguage;
  document.getElementById('page-header')!.innerHTML = `<div><h1>${escape(texts.heading)}</h1>
<p>${escape(texts.intro(reglement.titre, reglement.organisme))}</p></div>
<button type="button" class="lang-switch" id="lang-switch" lang="${other.lang}" aria-label="${escape(other.label)}">${escape(other.name)}</button>`;
  document.getElementById('privacy')!.textContent = texts.privacy;
  document.getElementById('build-title')!.textContent = texts.build.heading;
  const source = geography.source;
  document.getElementById('page-footer')!.innerHTML = `<p>${escape(
    texts.footer(
      `${reglement.id} (${reglement.titre})`,
      `${t.cli.geographyVintage(source.millesime)} (${source.nom}@${source.version})`,
      data.version,
    ),
  )}</p>`;
  const button = document.getElementById('lang-switch')!;
  button.addEventListener('click', () => {
    // The address keeps the choice (a bookmark, a reload); changing its fragment loads nothing.
    history.replaceState(null, '', `#lang=${other.lang}`);
    render(other.lang, true);
  });

  const context: PageContext = {
    lang,
    reglement,
    data: { geography, realWords },
    now: () => new Date(),
    openInChecker: (text, fileName) => {
      checker?.open(text, fileName);
      document.getElementById('dossier-text')?.focus();
    },
  };
  checker = mountChecker(document.getElementById('check')!, context, checkerState);
  builderState = mountBuilder(document.getElementById('builder')!, context, builderState);
  if (focusSwitch) button.focus();
}

render(askedLanguage());
window.addEventListener('hashchange', () => render(askedLanguage()));
