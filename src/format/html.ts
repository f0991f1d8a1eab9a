import { catalogue, listItemOf, type Catalogue } from '../i18n/index.js';
import { formatCalendarDate } from '../dates.js';
import { formatCents, formatPercent } from '../money/format.js';
import type { DossierReport, LineReport, Report } from '../report/types.js';
import { editionOf } from './explain.js';
import { renderProblem, renderReason } from './messages.js';
import { printable } from './printable.js';
import { financingFacts } from './financing.js';
import type { Formatter } from './types.js';
import { summarize } from '../report/build.js';
import { grantableMaximum } from '../report/grant.js';
import { batchColumns, countBy, problemLocation, totalsNotes } from './utils.js';

/**
 * One self-contained page for a selection committee: totals by verdict, a
 * chart of eligible and excluded amounts by category, a table of dossiers
 * (sortable with JavaScript, readable without), and each dossier's detail.
 * No network access: styles, chart (SVG) and script are inline.
 */
export const formatHtml: Formatter = (untrusted) => {
  const report = printable(untrusted);
  const t = catalogue(report.lang);
  const h = t.html;
  const title = `${report.reglement.titre} — ${t.ui.batch.dossiers(report.dossiers.length)}`;
  return `<!doctype html>
<html lang="${report.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>${escape(h.title)}</h1>
<p>${escape(report.reglement.titre)} · ${escape(report.reglement.organisme)}</p>
</header>
<main>
${summary(report, t)}
${chart(report, t)}
${dossierTable(report, t)}
<section aria-labelledby="details-title">
<h2 id="details-title">${escape(h.details)}</h2>
${report.dossiers.map((dossier, index) => dossierDetail(dossier, index, report, t)).join('\n')}
</section>
</main>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
};

const VERDICTS = ['eligible', 'a-completer', 'ineligible', 'illisible'] as const;

/**
 * The headline and the table by verdict. Every total compares requested and
 * maximum grants over the same dossiers and names them: those that can still
 * be granted something (eligible or to complete); what ineligible dossiers
 * request is given apart, as money no one will grant.
 */
function summary(report: Report, t: Catalogue): string {
  const money = (cents: number) => formatCents(cents, report.lang);
  const rows = VERDICTS.map((verdict) => {
    const dossiers = report.dossiers.filter((dossier) => dossier.verdict === verdict);
    const requested = dossiers.reduce((sum, dossier) => sum + (dossier.aide?.requestedCents ?? 0), 0);
    const maximum = dossiers.reduce((sum, dossier) => sum + (grantableMaximum(dossier) ?? 0), 0);
    return { verdict, count: dossiers.length, requested, maximum };
  });
  // Summed from the dossiers shown, so that the totals always add up to them.
  const totals = summarize(report.dossiers).montants;
  const { grantable, ineligible } = totals;
  const h = t.html;
  const headline = [
    h.totals(grantable.dossiers, money(grantable.requestedCents), money(grantable.maximumCents)),
    ...(ineligible.dossiers > 0 ? [h.ineligibleRequests(ineligible.dossiers, money(ineligible.requestedCents))] : []),
  ].join(' ');
  const notes = totalsNotes(totals, t)
    .map((note) => `<p class="note">${escape(note)}</p>`)
    .join('\n');
  // Nothing can be read of an unreadable dossier: no amount, not even 0.
  const amount = (verdict: (typeof VERDICTS)[number], cents: number) => (verdict === 'illisible' ? '—' : money(cents));
  return `<section aria-labelledby="summary-title">
<h2 id="summary-title">${escape(h.summary)}</h2>
<p class="totals">${escape(headline)}</p>
${notes}
<table>
<caption>${escape(h.byVerdict)}</caption>
<thead><tr><th scope="col">${escape(t.ui.batch.columns.verdict)}</th><th scope="col" class="num">${escape(h.count)}</th><th scope="col" class="num">${escape(h.requested)}</th><th scope="col" class="num">${escape(h.maximum)}</th></tr></thead>
<tbody>
${rows
  .map(
    (row) =>
      `<tr><th scope="row"><span class="verdict ${row.verdict}">${escape(t.verdicts[row.verdict])}</span></th><td class="num">${row.count}</td><td class="num">${amount(row.verdict, row.requested)}</td><td class="num">${amount(row.verdict, row.maximum)}</td></tr>`,
  )
  .join('\n')}
</tbody>
<tfoot><tr><th scope="row">${escape(t.ui.batch.grantableTotal)}</th><td class="num">${grantable.dossiers}</td><td class="num">${money(grantable.requestedCents)}</td><td class="num">${money(grantable.maximumCents)}</td></tr></tfoot>
</table>
</section>`;
}

type Status = LineReport['statut'];
const STATUSES: Status[] = ['eligible', 'exclue', 'a-verifier'];

/** Amounts by category and status over every readable dossier, drawn as bars and given as a table too. */
function chart(report: Report, t: Catalogue): string {
  const h = t.html;
  const totals = new Map<string, Record<Status, number>>();
  for (const dossier of report.dossiers) {
    for (const line of dossier.depenses) {
      const key = line.categorie ?? '';
      const row = totals.get(key) ?? { eligible: 0, exclue: 0, 'a-verifier': 0 };
      row[line.statut] += line.htCents ?? 0;
      totals.set(key, row);
    }
  }
  const label = (id: string) =>
    id === '' ? h.uncategorised : (report.reglement.categories.find((category) => category.id === id)?.libelle[report.lang] ?? id);
  const order = [...report.reglement.categories.map((category) => category.id), ''];
  const rows = order.filter((id) => totals.has(id)).map((id) => ({ id, label: label(id), ...totals.get(id)! }));
  const money = (cents: number) => formatCents(cents, report.lang);
  if (rows.length === 0)
    return `<section aria-labelledby="chart-title"><h2 id="chart-title">${escape(h.chart)}</h2><p>${escape(t.ui.noExpenses)}</p></section>`;

  const largest = Math.max(1, ...rows.flatMap((row) => STATUSES.map((status) => row[status])));
  const labelWidth = 260;
  const barWidth = 420;
  const rowHeight = 3 * 18 + 16;
  const bars = rows
    .map((row, index) => {
      const y = 10 + index * rowHeight;
      const lines = STATUSES.map((status, position) => {
        if (row[status] === 0) return '';
        const width = Math.round((row[status] / largest) * barWidth);
        const barY = y + position * 18;
        return `<rect x="${labelWidth}" y="${barY}" width="${Math.max(width, row[status] > 0 ? 1 : 0)}" height="14" class="bar ${status}"/><text x="${labelWidth + width + 6}" y="${barY + 11}" class="amount">${escape(money(row[status]))}</text>`;
      }).join('');
      return `<text x="${labelWidth - 8}" y="${y + 25}" class="category" text-anchor="end">${escape(shorten(row.label, 34))}</text>${lines}`;
    })
    .join('\n');
  const height = 20 + rows.length * rowHeight;
  const legend = STATUSES.map(
    (status) => `<li><span class="swatch ${status}" aria-hidden="true"></span>${escape(h.amount[status])}</li>`,
  ).join('');
  return `<section aria-labelledby="chart-title">
<h2 id="chart-title">${escape(h.chart)}</h2>
<figure>
<svg role="img" aria-labelledby="chart-title" viewBox="0 0 ${labelWidth + barWidth + 130} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">
${bars}
</svg>
<figcaption><ul class="legend">${legend}</ul></figcaption>
</figure>
<table>
<caption>${escape(h.chartTable)}</caption>
<thead><tr><th scope="col">${escape(t.ui.columns.category)}</th>${STATUSES.map((status) => `<th scope="col" class="num">${escape(h.amount[status])}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((row) => `<tr><th scope="row">${escape(row.label)}</th>${STATUSES.map((status) => `<td class="num">${money(row[status])}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>
</section>`;
}

function dossierTable(report: Report, t: Catalogue): string {
  const money = (cents: number | undefined) => (cents === undefined ? '—' : formatCents(cents, report.lang));
  // data-sort carries the raw value, so that the script sorts amounts as numbers and verdicts by gravity.
  const cell = (text: string, sort: string | number, numeric = false) =>
    `<td${numeric ? ' class="num"' : ''} data-sort="${escape(String(sort))}">${text}</td>`;
  const rows = report.dossiers.map((dossier, index) => {
    const criteria = dossier.criteres ? dossier.criteres.filter((criterion) => criterion.documente).length : -1;
    return `<tr>
<th scope="row" data-sort="${escape(dossier.fichier)}"><a href="#dossier-${index + 1}">${escape(dossier.fichier)}</a></th>
${cell(escape(dossier.porteur.nom ?? t.ui.missing), dossier.porteur.nom ?? '')}
${cell(`<span class="verdict ${dossier.verdict}">${escape(t.verdicts[dossier.verdict])}</span>`, VERDICTS.indexOf(dossier.verdict))}
${cell(money(dossier.aide?.eligibleBaseCents), dossier.aide?.eligibleBaseCents ?? -1, true)}
${cell(money(grantableMaximum(dossier)), grantableMaximum(dossier) ?? -1, true)}
${cell(money(dossier.aide?.requestedCents), dossier.aide?.requestedCents ?? -1, true)}
${cell(String(countBy(dossier.problemes, 'bloquant')), countBy(dossier.problemes, 'bloquant'), true)}
${cell(String(countBy(dossier.problemes, 'avertissement')), countBy(dossier.problemes, 'avertissement'), true)}
${cell(criteria < 0 ? '—' : `${criteria}/${dossier.criteres!.length}`, criteria, true)}
</tr>`;
  });
  const heads = [...batchColumns(t), t.html.criteria];
  return `<section aria-labelledby="dossiers-title">
<h2 id="dossiers-title">${escape(t.html.dossiers)}</h2>
<table class="sortable" id="dossiers">
<caption>${escape(t.html.dossiersCaption)}</caption>
<thead><tr>${heads.map((head, index) => `<th scope="col"${index >= 3 ? ' class="num"' : ''}>${escape(head)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

/**
 * One dossier's report as the committee's page shows it: verdict, figures and how the
 * maximum is computed, each line with its status and reason, each problem with its
 * place and clause. The applicants' page (src/page/) shows the same.
 */
export function dossierDetail(dossier: DossierReport, index: number, report: Report, t: Catalogue): string {
  const lang = report.lang;
  const money = (cents: number) => formatCents(cents, lang);
  const edition = editionOf(dossier, report);
  const facts: [string, string][] = [
    [
      t.ui.applicant,
      [dossier.porteur.nom ?? t.ui.missing, dossier.porteur.type, dossier.porteur.siren && `SIREN ${dossier.porteur.siren}`]
        .filter(Boolean)
        .join(' · '),
    ],
    [t.ui.project, dossier.projet.titre ?? t.ui.missing],
    [t.ui.axes, dossier.projet.axes.join(', ') || t.ui.missing],
  ];
  if (dossier.referenceDate?.unusable) facts.push([t.ui.referenceDateUnusable, t.ui.referenceDateUnusableValue]);
  else if (dossier.referenceDate)
    facts.push([t.ui.referenceDate(dossier.referenceDate.source), formatCalendarDate(dossier.referenceDate.date, lang)]);
  if (dossier.aide) {
    facts.push([
      t.ui.eligibleBase,
      `${money(dossier.aide.eligibleBaseCents)} × ${formatPercent(dossier.aide.ratePercent, lang)} = ${money(dossier.aide.uncappedCents)}`,
    ]);
    // An ineligible dossier gets nothing; what it would get without its exclusion is said apart, for information.
    if (dossier.verdict === 'ineligible')
      facts.push(
        [t.ui.maximum, `${money(0)} (${t.ui.ineligibleGetsNothing})`],
        [`${t.ui.maximum} ${t.ui.ifAdmissible}`, money(dossier.aide.maximumCents)],
      );
    else facts.push([t.ui.maximum, money(dossier.aide.maximumCents)]);
    if (dossier.aide.requestedCents !== undefined) facts.push([t.ui.requested, money(dossier.aide.requestedCents)]);
  }
  const financing = dossier.financement && dossier.aide ? financingFacts(dossier.financement, lang, t) : [];
  const lines =
    dossier.depenses.length === 0
      ? ''
      : `<table>
<caption>${escape(t.ui.expenses)}</caption>
<thead><tr><th scope="col">${escape(t.ui.columns.index)}</th><th scope="col">${escape(t.ui.columns.label)}</th><th scope="col" class="num">${escape(t.ui.columns.amountHt)}</th><th scope="col">${escape(t.ui.columns.category)}</th><th scope="col">${escape(t.ui.columns.status)}</th><th scope="col">${escape(t.html.why)}</th></tr></thead>
<tbody>
${dossier.depenses
  .map(
    (line) =>
      `<tr><td>${line.index + 1}</td><td>${escape(line.libelle)}</td><td class="num">${line.htCents === undefined ? '—' : money(line.htCents)}</td><td>${escape(line.categorie ?? '—')}</td><td><span class="status ${line.statut}">${escape(t.statuses[line.statut])}</span></td><td>${escape(printable(renderReason(line.motif, dossier, report.reglement, lang)))}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`;
  const problems =
    dossier.problemes.length === 0
      ? `<p>${escape(t.ui.noProblem)}</p>`
      : `<ul class="problems">
${dossier.problemes
  .map((problem) => {
    const where = problemLocation(dossier, problem);
    const clause = problem.clause ? edition.clauses[problem.clause] : undefined;
    const item = listItemOf(problem.chemin);
    const number = item ? ` (${escape(t.ui.listItem[item.list](item.number))})` : '';
    return `<li class="${problem.gravite}"><strong>${escape(t.gravities[problem.gravite])}</strong> <code>${escape(where)}</code>${problem.chemin ? ` <code>${escape(problem.chemin)}</code>${number}` : ''}<br>${escape(printable(renderProblem(problem, dossier, report.reglement, lang)))}${clause ? `<blockquote><cite>${escape(clause.section)}</cite>${clause.source ? ` (${escape(t.ui.law)})` : ''} « ${escape(clause.texte)} »</blockquote>` : ''}</li>`;
  })
  .join('\n')}
</ul>`;
  const criteria = dossier.criteres
    ? `<p>${escape(t.ui.criteria(dossier.criteres.filter((criterion) => criterion.documente).length, dossier.criteres.length))}</p>
<ul class="criteria">${dossier.criteres
        .map((criterion) => {
          const known = edition.criteres.liste.find((candidate) => candidate.id === criterion.id);
          return `<li class="${criterion.documente ? 'done' : 'todo'}">${criterion.documente ? '✓' : '○'} ${escape(known?.libelle[lang] ?? criterion.id)}</li>`;
        })
        .join('')}</ul>`
    : '';
  return `<article id="dossier-${index + 1}">
<h3><span class="verdict ${dossier.verdict}">${escape(t.verdicts[dossier.verdict])}</span> ${escape(dossier.fichier)}</h3>
<dl>${facts.map(([term, value]) => `<dt>${escape(term)}</dt><dd>${escape(value)}</dd>`).join('')}</dl>
${lines}
${financing.length > 0 ? `<h4>${escape(t.ui.financing.heading)}</h4>\n<dl class="financing">${financing.map(([term, value]) => `<dt>${escape(printable(term))}</dt><dd>${escape(value)}</dd>`).join('')}</dl>\n` : ''}<h4>${escape(t.ui.problems(dossier.problemes.length))}</h4>
${problems}
${criteria}
</article>`;
}

export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// Colours chosen for contrast: text at least 4.5:1 on its background (WCAG AA), bars 3:1 on white.
export const REPORT_STYLE = `
:root { color: #1a1a1a; background: #fff; font: 16px/1.45 system-ui, sans-serif; }
body { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 2px solid #d0d0d0; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0 1.2rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border-bottom: 1px solid #d0d0d0; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; } tfoot th, tfoot td { font-weight: 700; border-top: 2px solid #1a1a1a; }
.num { text-align: right; white-space: nowrap; }
.verdict, .status { display: inline-block; padding: .05rem .45rem; border-radius: .3rem; font-weight: 600; white-space: nowrap; }
.verdict.eligible, .status.eligible { background: #dff3e4; color: #0b5a24; }
.verdict.a-completer, .status.a-verifier { background: #fff1cc; color: #6b4a00; }
.verdict.ineligible, .status.exclue { background: #fde2e1; color: #8a1c17; }
.verdict.illisible { background: #e6e6e6; color: #333; }
.totals { font-size: 1.1rem; font-weight: 600; } .note { color: #444; }
figure { margin: 0; } svg text { font: 13px system-ui, sans-serif; fill: #1a1a1a; }
.bar.eligible { fill: #1e7b3a; } .bar.exclue { fill: #c0392b; } .bar.a-verifier { fill: #b07d00; }
.legend { list-style: none; padding: 0; display: flex; gap: 1.5rem; }
.swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .35rem; vertical-align: -.1rem; }
.swatch.eligible { background: #1e7b3a; } .swatch.exclue { background: #c0392b; } .swatch.a-verifier { background: #b07d00; }
article { border-top: 1px solid #d0d0d0; margin-top: 1.5rem; } dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; } dd { margin: 0; }
.problems li { margin-bottom: .6rem; } .problems .bloquant strong { color: #8a1c17; } .problems .avertissement strong { color: #6b4a00; }
blockquote { margin: .3rem 0 0 1rem; color: #444; font-size: .9rem; } cite { font-style: normal; font-weight: 600; }
.criteria { list-style: none; padding-left: 0; } .criteria .todo { color: #555; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; text-align: inherit; }
th button::after { content: " ↕"; color: #555; } th[aria-sort="ascending"] button::after { content: " ↑"; } th[aria-sort="descending"] button::after { content: " ↓"; }
a { color: #0b4f9c; } :focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
@media print { th button::after { content: ""; } }
`;

/** Sorting, added by script: without it the table reads the same, in the batch's order. */
const SORT_SCRIPT = `
for (const table of document.querySelectorAll('table.sortable')) {
  const heads = [...table.tHead.rows[0].cells];
  heads.forEach((head, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = head.textContent;
    head.textContent = '';
    head.appendChild(button);
    button.addEventListener('click', () => {
      const ascending = head.getAttribute('aria-sort') !== 'ascending';
      heads.forEach((other) => other.removeAttribute('aria-sort'));
      head.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const body = table.tBodies[0];
      const value = (row) => row.cells[column].dataset.sort ?? row.cells[column].textContent;
      const rows = [...body.rows].sort((a, b) => {
        const x = value(a), y = value(b);
        const order = x !== '' && y !== '' && !isNaN(x) && !isNaN(y) ? Number(x) - Number(y) : x.localeCompare(y, document.documentElement.lang);
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}
`;
