import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/format/github.js';
import { formatJunit } from '../../src/format/junit.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { buildReport } from '../../src/report/build.js';
import { baseDossier, check } from '../helpers.js';

function lateDossierNamed(fichier: string) {
  const dossier = baseDossier();
  dossier.depot.date = '2022-07-30';
  return buildReport([{ ...check(dossier), fichier }], 'fr', DEFAULT_EDITION);
}

/** How the Actions runner reads a command's properties back (actions/runner, ActionCommand.cs): %25 last. */
function unescapeProperty(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** A command line split the way the runner splits it: `::name key=value,key=value::message`. */
function parseCommand(line: string): { name: string; properties: Record<string, string> } {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties = Object.fromEntries(
    match[2]!.split(',').map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at), unescapeProperty(pair.slice(at + 1))];
    }),
  );
  return { name: match[1]!, properties };
}

describe('file names in workflow commands and JUnit', () => {
  const NAMES = ['lot, 2022/a.yaml', 'C:/dossiers/a.yaml', '100%25 réel.yaml', 'ligne\nsuivante.yaml', 'retour\r.yaml', 'a::error b.yaml'];

  it.each(NAMES)('%j: one command per problem, whose file= reads back as the name', (name) => {
    const lines = formatGithub(lateDossierNamed(name)).trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const { name: command, properties } = parseCommand(line);
      expect(['error', 'warning', 'notice']).toContain(command);
      expect(properties.file).toBe(name);
    }
  });

  it.each(NAMES)('%j: JUnit names the dossier in well-formed XML', (name) => {
    const xml = formatJunit(lateDossierNamed(name));
    const attribute = /<testcase name="([^"]*)"/.exec(xml)![1]!;
    const decoded = attribute
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    // XML normalises a raw line end in an attribute to a space: it must come escaped, or be kept out.
    expect(attribute).not.toMatch(/[\r\n]/);
    expect(decoded.replace(/&#10;/g, '\n').replace(/&#13;/g, '\r')).toBe(name);
  });
});
