/**
 * Skolverket school unit register v2 answers saved as JSON: an organiser list, an organiser, a
 * school unit (organiser in `included`), or an array of any of these (a bundle). The same organiser
 * or unit may appear in several documents of a bundle; identical copies are merged, an organiser's
 * fuller record (with a municipality) wins over list entries, and differing copies are a problem.
 */
import type { ReadContext, ReadOutput, UnitDraft } from './context.ts';
import { decodeText } from './decode.ts';
import { jsonErrorLine } from './json-error.ts';
import { jsonPlace, tablePlace } from './problems.ts';
import { isObj, mapOrganiser, mapUnit, type OrganiserDraft } from './register-v2-map.ts';
import { shown } from './fields.ts';

interface Drafts {
  organisers: OrganiserDraft[];
  units: (UnitDraft & { codePath: string })[];
}

export function readRegisterV2(bytes: Uint8Array, ctx: ReadContext, out: ReadOutput): void {
  const { text } = decodeText(bytes);
  if (text.trim() === '') {
    ctx.log.add(null, 'filen är tom');
    return;
  }
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    const line = jsonErrorLine(text, error);
    ctx.log.add(line === null ? null : tablePlace(null, line, null),
      line === null ? 'filen är inte giltig JSON' : 'filen är inte giltig JSON; felet finns här eller strax före');
    return;
  }
  const documents: [unknown, string][] = Array.isArray(root) ? root.map((doc, i) => [doc, `[${i}].`]) : [[root, '']];
  if (documents.length === 0) ctx.log.add(null, 'filen innehåller en tom lista');
  const drafts: Drafts = { organisers: [], units: [] };
  for (const [doc, prefix] of documents) readDocument(doc, prefix, ctx, out, drafts);
  mergeOrganisers(drafts.organisers, ctx, out);
  mergeUnits(drafts.units, ctx, out);
}

function readDocument(doc: unknown, prefix: string, ctx: ReadContext, out: ReadOutput, drafts: Drafts): void {
  const dataPath = `${prefix}data`;
  if (!isObj(doc) || !isObj(doc.data)) {
    ctx.log.add(jsonPlace(isObj(doc) ? dataPath : prefix.replace(/\.$/, '')),
      'väntade ett svar från Skolenhetsregistret v2 med ett objekt "data"');
    return;
  }
  const { data } = doc;
  if (Array.isArray(data.attributes)) {
    if (data.type === 'schoolunit') {
      ctx.log.add(jsonPlace(`${dataPath}.attributes`),
        'en lista över skolenheter har för få uppgifter för att läsas in; använd varje skolenhets eget svar (school-units/{kod})');
      return;
    }
    data.attributes.forEach((entry: unknown, i: number) => {
      const entryPath = `${dataPath}.attributes[${i}]`;
      const draft = mapOrganiser(isObj(entry) ? entry.organizationNumber : undefined, `${entryPath}.organizationNumber`,
        entry, entryPath, ctx, out.fileOrgNumbers);
      if (draft) drafts.organisers.push(draft);
    });
    return;
  }
  if (data.type === 'organizer') {
    const draft = mapOrganiser(data.organizationNumber, `${dataPath}.organizationNumber`, data.attributes,
      `${dataPath}.attributes`, ctx, out.fileOrgNumbers);
    if (draft) drafts.organisers.push(draft);
    return;
  }
  if (data.type === 'schoolunit') {
    readUnitDocument(doc, data, prefix, ctx, out, drafts);
    return;
  }
  ctx.log.add(jsonPlace(`${dataPath}.type`), `okänd dokumenttyp ${shown(String(data.type ?? ''))}; väntade "organizer" eller "schoolunit"`);
}

function readUnitDocument(
  doc: Record<string, unknown>, data: Record<string, unknown>, prefix: string, ctx: ReadContext, out: ReadOutput, drafts: Drafts,
): void {
  // `included` is one object in the register's examples; JSON:API clients also write it as a list.
  const candidates: unknown[] = Array.isArray(doc.included) ? doc.included : [doc.included];
  const index = candidates.findIndex((c) => isObj(c) && (c.type === 'organization' || c.type === 'organizer'));
  const includedPath = Array.isArray(doc.included) ? `${prefix}included[${index}]` : `${prefix}included`;
  let orgNumber: string | undefined;
  if (index < 0) {
    ctx.log.add(jsonPlace(`${prefix}included`), 'skolenhetens huvudman saknas; svaret ska ha huvudmannen i "included"');
  } else {
    const included = candidates[index] as Record<string, unknown>;
    const draft = mapOrganiser(included.organizationNumber, `${includedPath}.organizationNumber`, included.attributes,
      `${includedPath}.attributes`, ctx, out.fileOrgNumbers);
    if (draft) {
      drafts.organisers.push(draft);
      orgNumber = draft.organiser.orgNumber;
    }
  }
  const unit = mapUnit(data, `${prefix}data`, orgNumber, ctx);
  if (unit) {
    drafts.units.push({ unit, orgPlace: jsonPlace(`${includedPath}.organizationNumber`), codePath: `${prefix}data.schoolUnitCode` });
  }
}

const sameOrganiser = (a: OrganiserDraft, b: OrganiserDraft): boolean =>
  a.organiser.name === b.organiser.name && a.organiser.kind === b.organiser.kind
  && a.organiser.municipalityCode === b.organiser.municipalityCode && a.organiser.status === b.organiser.status;

/** Groups in first-seen order; each group has at least one member. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, [T, ...T[]]> {
  const groups = new Map<string, [T, ...T[]]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function mergeOrganisers(drafts: OrganiserDraft[], ctx: ReadContext, out: ReadOutput): void {
  const groups = groupBy(drafts, (d) => d.organiser.orgNumber);
  for (const [orgNumber, group] of groups) {
    const full = group.filter((d) => d.hasMunicipality);
    const chosen = full[0] ?? group[0];
    const differing = full.slice(1).filter((d) => !sameOrganiser(d, chosen));
    for (const other of differing) {
      ctx.log.add(other.orgPlace, `huvudmannen ${orgNumber} finns också ${chosen.orgPlace.ref} men med andra uppgifter`);
    }
    if (differing.length > 0) continue;
    if (!chosen.hasMunicipality && !ctx.knownOrgNumbers.has(orgNumber)) {
      ctx.log.add(jsonPlace(`${chosen.attrsPath}.municipalities`), `kommun saknas för huvudmannen ${orgNumber}, som inte finns i registret;`
        + ` ta med huvudmannens eget svar (organizers/${orgNumber}) i filen`);
      continue;
    }
    out.organisers.push(chosen.organiser);
  }
}

function mergeUnits(drafts: Drafts['units'], ctx: ReadContext, out: ReadOutput): void {
  const groups = groupBy(drafts, (d) => d.unit.code);
  for (const [code, [first, ...rest]] of groups) {
    const differing = rest.filter((d) => JSON.stringify(d.unit) !== JSON.stringify(first.unit));
    for (const other of differing) {
      ctx.log.add(jsonPlace(other.codePath), `skolenheten ${code} finns också i fältet "${first.codePath}" men med andra uppgifter`);
    }
    if (differing.length === 0) out.units.push({ unit: first.unit, orgPlace: first.orgPlace });
  }
}
