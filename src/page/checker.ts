import { checkFile, MAX_INPUT_BYTES, type CheckOptions } from '../engine/check.js';
import { dossierDetail, escape } from '../format/html.js';
import { printable } from '../format/printable.js';
import { binarySize } from '../i18n/catalogue.js';
import { catalogue } from '../i18n/index.js';
import { formatCents } from '../money/format.js';
import { decode, stripBom } from '../parse/decode.js';
import { EDITIONS } from '../reglement/index.js';
import { buildReport } from '../report/build.js';
import { grantableMaximum } from '../report/grant.js';
import type { Report } from '../report/types.js';
import type { PageContext } from './context.js';
import { pageTexts } from './messages.js';

/** How long typing must pause before the text is checked again. */
const RECHECK_DELAY_MS = 300;
const SPREADSHEET = /\.(xlsx|xls|ods|csv)$/i;

/** What the checker shows, kept across a change of language: the text and the name it is checked under. */
export interface CheckerState {
  text: string;
  fileName: string;
  /** The file as dropped, checked as bytes (its encoding judged as the CLI does) until the text is edited. */
  bytes?: Uint8Array;
}

export interface Checker {
  /** Shows this dossier in the text area and checks it. */
  open(input: string | Uint8Array, fileName: string): void;
}

/**
 * The "check a file" part: a file picked or dropped, its text beside the
 * report that `check` writes for it, the lines at fault marked; the text is
 * checked again as it is edited. Everything happens in the page.
 */
export function mountChecker(root: HTMLElement, context: PageContext, state: CheckerState): Checker {
  const texts = pageTexts(context.lang).check;
  const t = catalogue(context.lang);
  root.innerHTML = `<h2 id="check-title">${escape(texts.heading)}</h2>
<div class="drop" id="drop-zone">
<label for="dossier-file">${escape(texts.pick)}</label>
<input type="file" id="dossier-file" accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml">
<p>${escape(texts.drop)}</p>
</div>
<div class="workspace">
<div class="source">
<label for="dossier-text">${escape(texts.textLabel)}</label>
<p id="dossier-text-help" class="help">${escape(texts.textHelp)}</p>
<div class="editor">
<div class="gutter" aria-hidden="true"><div class="gutter-lines" id="gutter-lines"></div></div>
<div class="field">
<div class="backdrop" aria-hidden="true"><div class="backdrop-lines" id="backdrop-lines"></div></div>
<textarea id="dossier-text" wrap="off" spellcheck="false" autocapitalize="off" autocomplete="off" aria-describedby="dossier-text-help dossier-lines"></textarea>
</div>
</div>
<p id="dossier-lines" class="help"></p>
</div>
<div class="result" role="region" aria-labelledby="report-title">
<h3 id="report-title">${escape(texts.reportHeading)}</h3>
<div id="verdict-live" class="announce" role="status" aria-live="polite" aria-atomic="true"></div>
<div id="report"><p>${escape(texts.empty)}</p></div>
</div>
</div>`;
  const find = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  const input = find<HTMLInputElement>('dossier-file');
  const drop = find('drop-zone');
  const textarea = find<HTMLTextAreaElement>('dossier-text');
  const gutter = find('gutter-lines');
  const backdrop = find('backdrop-lines');
  const linesNote = find('dossier-lines');
  const live = find('verdict-live');
  const reportRoot = find('report');
  let checks = 0;

  const editions = new Map([...EDITIONS, [context.reglement.id, context.reglement]]);

  /** Checks what the state holds and shows the report, the marks and the announcement. */
  const check = () => {
    const options: CheckOptions = { now: context.now(), reglement: context.reglement, editions, data: context.data };
    const fileName = state.fileName;
    const checked = checkFile(state.bytes ?? state.text, fileName, options);
    if ('notADossier' in checked) {
      showMessage(t.usage.notADossier(fileName, checked.notADossier));
      return;
    }
    const report = printable(buildReport(checked.dossiers, context.lang, context.reglement, context.data.geography));
    reportRoot.innerHTML = report.dossiers
      .map(
        (dossier, index) =>
          `<div class="dossier" data-verdict="${dossier.verdict}" data-maximum-cents="${grantableMaximum(dossier) ?? ''}">${dossierDetail(dossier, index, report, t)}</div>`,
      )
      .join('\n');
    scrollableTables();
    addLineButtons(report);
    const faults = faultLines(report);
    mark(faults);
    live.textContent = report.dossiers
      .map((dossier) => {
        const maximum = grantableMaximum(dossier);
        return texts.announce(
          dossier.fichier,
          t.verdicts[dossier.verdict],
          maximum === undefined ? undefined : formatCents(maximum, context.lang),
        );
      })
      .join(' ');
    finish();
  };

  const showMessage = (message: string) => {
    reportRoot.innerHTML = `<p class="message">${escape(message)}</p>`;
    live.textContent = message;
    mark(new Set());
    finish();
  };

  // Tests (and scripts) wait on this count rather than on time.
  const finish = () => root.setAttribute('data-checks', String(++checks));

  /** A table wider than a phone scrolls in a region the keyboard can reach (and scroll), named by the table's caption. */
  const scrollableTables = () => {
    for (const table of reportRoot.querySelectorAll('table')) {
      const region = document.createElement('div');
      region.className = 'scroll';
      region.tabIndex = 0;
      region.setAttribute('role', 'region');
      region.setAttribute('aria-label', table.caption?.textContent ?? '');
      table.replaceWith(region);
      region.append(table);
    }
  };

  /** Each problem at a line of the text gets a button that takes the caret there. */
  const addLineButtons = (report: Report) => {
    const articles = reportRoot.querySelectorAll('.dossier');
    report.dossiers.forEach((dossier, index) => {
      const items = articles[index]?.querySelectorAll('ul.problems > li') ?? [];
      dossier.problemes.forEach((problem, position) => {
        const line = problem.position?.ligne;
        const item = items[position];
        if (line === undefined || !item || problem.position?.cellule !== undefined) return;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'goto';
        button.textContent = texts.goToLine(line);
        button.addEventListener('click', () => goToLine(line));
        item.append(' ', button);
      });
    });
  };

  const goToLine = (line: number) => {
    const lines = textarea.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
    const end = start + (lines[line - 1]?.length ?? 0);
    textarea.focus();
    textarea.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
    // After the browser has scrolled the caret into view (at the bottom edge): the line near the top, its context below.
    requestAnimationFrame(() => {
      textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
      follow();
    });
  };

  /** The gutter's numbers and the backdrop's bands for every line, those at fault marked. */
  const mark = (faults: ReadonlySet<number>) => {
    const count = textarea.value.split('\n').length;
    const numbers: string[] = [];
    const bands: string[] = [];
    for (let line = 1; line <= count; line++) {
      const fault = faults.has(line);
      numbers.push(`<div class="ln${fault ? ' fault' : ''}" data-line="${line}">${fault ? '▶ ' : ''}${line}</div>`);
      bands.push(`<div class="band${fault ? ' fault' : ''}" data-line="${line}"></div>`);
    }
    gutter.innerHTML = numbers.join('');
    backdrop.innerHTML = bands.join('');
    const sorted = [...faults].filter((line) => line <= count).sort((a, b) => a - b);
    linesNote.textContent = sorted.length > 0 ? texts.linesAtFault(sorted) : texts.noLineAtFault;
    follow();
  };

  const follow = () => {
    gutter.style.transform = `translateY(${-textarea.scrollTop}px)`;
    backdrop.style.transform = `translate(${-textarea.scrollLeft}px, ${-textarea.scrollTop}px)`;
  };

  const open = (source: string | Uint8Array, fileName: string) => {
    if (typeof source === 'string') {
      state.text = stripBom(source);
      delete state.bytes;
    } else {
      state.text = stripBom(decode(source).text);
      state.bytes = source;
    }
    state.fileName = fileName;
    textarea.value = state.text;
    textarea.scrollTop = 0;
    check();
  };

  const openFile = (file: File) => {
    if (SPREADSHEET.test(file.name)) {
      showMessage(texts.spreadsheet(file.name));
      return;
    }
    if (file.size > MAX_INPUT_BYTES) {
      showMessage(t.cli.cannotRead(file.name, t.cli.tooBig(binarySize(MAX_INPUT_BYTES, context.lang))));
      return;
    }
    file.arrayBuffer().then(
      (buffer) => open(new Uint8Array(buffer), file.name),
      (error: unknown) => showMessage(texts.unreadable(file.name, error instanceof Error ? error.message : String(error))),
    );
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) openFile(file);
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file) openFile(file);
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  textarea.addEventListener('input', () => {
    state.text = textarea.value;
    // Edited, the text is what is checked: the bytes of the file no longer are.
    delete state.bytes;
    if (state.fileName === '') state.fileName = texts.typedFileName;
    clearTimeout(timer);
    timer = setTimeout(check, RECHECK_DELAY_MS);
  });
  textarea.addEventListener('scroll', follow);

  textarea.value = state.text;
  if (state.text !== '' || state.bytes) check();
  else mark(new Set());
  return { open };
}

/** The lines of the text the problems point at (a spreadsheet's cells are not lines of it). */
function faultLines(report: Report): Set<number> {
  const lines = new Set<number>();
  for (const dossier of report.dossiers)
    for (const problem of dossier.problemes)
      if (problem.position && problem.position.cellule === undefined && problem.gravite !== 'info') lines.add(problem.position.ligne);
  return lines;
}
