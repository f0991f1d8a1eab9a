import { ALL_RULES, LINE_REASONS, SHARED_PROBLEMS } from '../../src/rules/index.js';
import type { DossierReport } from '../../src/report/types.js';

const RULES_BY_ID = new Map(ALL_RULES.map((rule) => [rule.id, rule]));

/**
 * What a report holds that its rules do not declare: a problem whose code is
 * not in its rule's `meta.problems` (nor shared by every rule), with another
 * gravité or effet, or a parameter its rule does not name; an expense line
 * whose reason or reason parameter is not in LINE_REASONS. Empty when the
 * metadata tells the whole truth.
 */
export function undeclared(report: DossierReport): string[] {
  const faults: string[] = [];
  const where = `${report.fichier}`;
  for (const problem of report.problemes) {
    const rule = RULES_BY_ID.get(problem.regle);
    if (!rule) {
      faults.push(`${where}: ${problem.code} from an unknown rule ${problem.regle}`);
      continue;
    }
    const shared = Object.hasOwn(SHARED_PROBLEMS, problem.code);
    const spec = shared ? undefined : rule.meta.problems[problem.code];
    if (!shared && !spec) {
      faults.push(`${where}: ${problem.code} is not declared by ${rule.id}`);
      continue;
    }
    // A shared problem is as grave as those it counts: one of its rule's own gravités.
    const allowed = spec ?? rule.produces;
    if (problem.gravite === 'bloquant') {
      if (!problem.effet || !(allowed.bloquant ?? []).includes(problem.effet))
        faults.push(`${where}: ${problem.code} blocks with ${problem.effet}, not declared by ${rule.id}`);
    } else if (!allowed[problem.gravite]) faults.push(`${where}: ${problem.code} is ${problem.gravite}, not declared by ${rule.id}`);
    const declared: Record<string, string> = { ...(spec?.params ?? SHARED_PROBLEMS[problem.code as keyof typeof SHARED_PROBLEMS]?.params) };
    for (const [name, kind] of Object.entries(declared)) {
      if (kind !== 'reason') continue;
      const reason = String(problem.params[name]);
      if (!LINE_REASONS[reason]) faults.push(`${where}: ${problem.code} gives an undeclared reason ${reason}`);
      Object.assign(declared, LINE_REASONS[reason]?.params);
    }
    for (const name of Object.keys(problem.params)) {
      if (problem.params[name] !== undefined && !(name in declared))
        faults.push(`${where}: ${problem.code} has a parameter ${name} that ${rule.id} does not declare`);
    }
  }
  for (const line of report.depenses) {
    const motif = line.motif;
    const reason = LINE_REASONS[motif.code];
    if (!reason) {
      faults.push(`${where}: line ${line.index} has an undeclared reason ${motif.code}`);
      continue;
    }
    for (const name of Object.keys(motif.params)) {
      if (motif.params[name] !== undefined && !(name in reason.params))
        faults.push(`${where}: reason ${motif.code} has an undeclared parameter ${name}`);
    }
  }
  return faults;
}
