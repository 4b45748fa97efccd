import { describe, expect, it } from 'vitest';
import { KOMMUN_EKERO, messages, ORG_A, ORG_B, parse, registerSample, utf8 } from './fixtures/support.ts';

const asJson = (value: unknown): Uint8Array => utf8(JSON.stringify(value));
const sample = (name: string): unknown => JSON.parse(new TextDecoder().decode(registerSample(name)));

/** The parts of the unit sample the tests change. */
interface UnitDocument {
  data: { attributes: Record<string, unknown> & { addresses: { type?: string; geoCoordinates: Record<string, string | null> }[] } };
  included: { organizationNumber: string };
}
const parseJson = (value: unknown, knownOrgNumbers: string[] = []) =>
  parse(typeof value === 'string' ? value : asJson(value), { filename: 'register.json', knownOrgNumbers });

/** The unit sample with a valid organiser number: the fixture's 1234567890 fails the Luhn check. */
function unitDocument(orgNumber = ORG_A): UnitDocument {
  const doc = sample('school-units_CODE') as UnitDocument;
  doc.included.organizationNumber = orgNumber;
  return doc;
}

const organiserDocument = (attributes: Record<string, unknown>, orgNumber = ORG_B) => ({
  data: { type: 'organizer', organizationNumber: orgNumber, attributes: {
    displayName: 'Huvudman', organizerType: 'ENSKILD', municipalities: [{ municipalityCode: '0180' }], ...attributes,
  } },
});

describe('register v2 samples', () => {
  it('maps an organiser', async () => {
    const result = await parse(registerSample('organizers_ORGNR'), { filename: 'organizers_2120000126.json' });
    expect(result).toEqual({
      format: 'register-v2',
      organisers: [{ orgNumber: KOMMUN_EKERO, name: 'EKERÖ KOMMUN', kind: 'kommun', municipalityCode: '0125', status: 'active', line: null }],
      units: [],
      problems: [],
    });
  });

  it('refuses list entries of unknown organisers, which have no municipality', async () => {
    const result = await parse(registerSample('organizers_list'), { filename: 'list.json' });
    expect(result.organisers).toEqual([]);
    expect(result.problems.map((p) => [p.line, p.field])).toEqual([
      [null, 'data.attributes[0].municipalities'],
      [null, 'data.attributes[1].municipalities'],
      [null, 'data.attributes[2].municipalities'],
    ]);
    expect(messages(result)[1]).toBe('Fältet "data.attributes[1].municipalities": kommun saknas för huvudmannen 5565661815,'
      + ' som inte finns i registret; ta med huvudmannens eget svar (organizers/5565661815) i filen.');
  });

  it('updates known organisers from a list, leaving the municipality to the stored value', async () => {
    const result = await parse(registerSample('organizers_list'), {
      filename: 'list.json', knownOrgNumbers: ['212000-0126', '5565661815', '2321000016'],
    });
    expect(result.problems).toEqual([]);
    expect(result.organisers).toEqual([
      { orgNumber: '2120000126', name: 'EKERÖ KOMMUN', kind: 'kommun', municipalityCode: '', status: 'active', line: null },
      { orgNumber: '5565661815', name: 'Kunskapsskolan i Sverige Aktiebolag', kind: 'aktiebolag', municipalityCode: '', status: 'active', line: null },
      { orgNumber: '2321000016', name: 'Region Stockholm', kind: 'region', municipalityCode: '', status: 'active', line: null },
    ]);
  });

  it('reports the school unit sample\'s invalid organiser number and never keeps the principal', async () => {
    const result = await parse(registerSample('school-units_CODE'), { filename: 'unit.json', knownOrgNumbers: ['1234567890'] });
    expect(result.problems).toEqual([{
      line: null, field: 'included.organizationNumber',
      message: 'Fältet "included.organizationNumber": kontrollsiffran stämmer inte (1234567890).',
    }]);
    expect(result.units).toEqual([]);
    expect(JSON.stringify(result)).not.toContain('Förnamn Efternamn');
  });

  it('maps a school unit with decimal-comma SWEREF coordinates and school types without counts', async () => {
    const result = await parseJson(unitDocument(), [ORG_A]);
    expect(result.problems).toEqual([]);
    expect(result.units).toEqual([{
      code: '12345678', name: 'Storskolan', orgNumber: ORG_A, municipalityCode: '0180', status: 'active',
      lat: 59.16286545184274, lon: 18.134313905557242, swerefN: 6562397.097, swerefE: 679180.062,
      schoolForms: [
        { schoolForm: 'grundskola', childrenPupils: null },
        { schoolForm: 'forskoleklass', childrenPupils: null },
        { schoolForm: 'fritidshem', childrenPupils: null },
        { schoolForm: 'gymnasieskola', childrenPupils: null },
        { schoolForm: 'komvux', childrenPupils: null },
      ],
      line: null,
    }]);
    expect(result.organisers).toEqual([
      { orgNumber: ORG_A, name: 'Enskilda gymnasiet', kind: 'ovrig', municipalityCode: '', status: 'active', line: null },
    ]);
    expect(JSON.stringify(result)).not.toContain('Förnamn Efternamn');
  });

  it('needs the organiser of a unit in the file or the registry', async () => {
    const result = await parseJson(unitDocument());
    expect(result.units).toEqual([]);
    expect(result.problems.map((p) => p.field)).toEqual(['included.attributes.municipalities']);
  });
});

describe('register v2 bundles', () => {
  it('merges repeated organisers and units, preferring the organiser record with a municipality', async () => {
    const ekeroUnit = unitDocument(KOMMUN_EKERO);
    const bundle = [sample('organizers_list'), sample('organizers_ORGNR'), ekeroUnit, ekeroUnit];
    const result = await parseJson(bundle, ['5565661815', '2321000016']);
    expect(result.problems).toEqual([]);
    expect(result.organisers.find((o) => o.orgNumber === KOMMUN_EKERO)).toMatchObject({ municipalityCode: '0125', name: 'EKERÖ KOMMUN' });
    expect(result.units.map((u) => [u.code, u.orgNumber])).toEqual([['12345678', KOMMUN_EKERO]]);
  });

  it('reports the same unit twice with different data by JSON path', async () => {
    const renamed = unitDocument();
    renamed.data.attributes.displayName = 'Lillskolan';
    const result = await parseJson([unitDocument(), organiserDocument({}, ORG_A), renamed]);
    expect(result.units).toEqual([]);
    expect(result.problems).toEqual([{
      line: null, field: '[2].data.schoolUnitCode',
      message: 'Fältet "[2].data.schoolUnitCode": skolenheten 12345678 finns också i fältet "[0].data.schoolUnitCode" men med andra uppgifter.',
    }]);
  });

  it('reports an organiser listed twice with different details', async () => {
    const result = await parseJson([organiserDocument({}), organiserDocument({ displayName: 'Annat namn' })]);
    expect(result.organisers).toEqual([]);
    expect(messages(result)).toEqual([
      `Fältet "[1].data.organizationNumber": huvudmannen ${ORG_B} finns också i fältet "[0].data.organizationNumber" men med andra uppgifter.`,
    ]);
  });
});

describe('register v2 mapping', () => {
  it.each([
    [{ organizerType: 'KOMMUN' }, 'kommun'],
    [{ organizerType: 'REGION' }, 'region'],
    [{ organizerType: 'STAT' }, 'stat'],
    [{ organizerType: 'SPECIAL' }, 'stat'],
    [{ organizerType: 'SAME' }, 'stat'],
    [{ organizerType: 'KOMMFORB' }, 'ovrig'],
    [{ companyForm: { code: '49', displayName: 'Övriga aktiebolag' } }, 'aktiebolag'],
    [{ companyForm: { code: '51', displayName: 'Ekonomiska föreningar' } }, 'ekonomisk_forening'],
    [{ companyForm: { code: '61', displayName: 'Ideella föreningar' } }, 'ideell_forening'],
    [{ companyForm: { code: '72', displayName: 'Övriga stiftelser och fonder' } }, 'stiftelse'],
    [{ companyForm: { code: '63', displayName: 'Registrerade trossamfund' } }, 'trossamfund'],
    [{ companyForm: { code: '31', displayName: 'Handelsbolag' } }, 'ovrig'],
    [{ displayName: 'Skolbolaget AB' }, 'aktiebolag'],
    [{ displayName: 'Föräldrakooperativet Ekonomisk förening' }, 'ekonomisk_forening'],
  ])('maps %j to %s', async (attributes, kind) => {
    const result = await parseJson(organiserDocument(attributes));
    expect(result.problems).toEqual([]);
    expect(result.organisers[0]?.kind).toBe(kind);
  });

  it.each([['AKTIV', 'active'], ['VILANDE', 'dormant'], ['AVREGISTRERAD', 'ceased'], ['OKAND', 'dormant'], [null, 'active']])(
    'maps companyStatus %s to %s', async (companyStatus, status) => {
      expect((await parseJson(organiserDocument({ companyStatus }))).organisers[0]?.status).toBe(status);
    });

  it.each([['VILANDE', 'dormant'], ['UPPHORT', 'ceased'], ['PLANERAD', 'planned']])('maps unit status %s', async (raw, status) => {
    const doc = unitDocument();
    doc.data.attributes.status = raw;
    expect((await parseJson(doc, [ORG_A])).units[0]?.status).toBe(status);
  });

  it('takes the visiting address\'s coordinates and accepts a unit without any', async () => {
    const doc = unitDocument();
    const visiting = doc.data.attributes.addresses[0]!;
    doc.data.attributes.addresses = [
      { type: 'POSTADRESS', geoCoordinates: { coordinateSweRefN: '1,5', coordinateSweRefE: '2,5', latitude: '1', longitude: '2' } },
      visiting,
    ];
    expect((await parseJson(doc, [ORG_A])).units[0]).toMatchObject({ swerefN: 6562397.097, lat: 59.16286545184274 });
    doc.data.attributes.addresses = [];
    expect((await parseJson(doc, [ORG_A])).units[0]).toMatchObject({ lat: null, lon: null, swerefN: null, swerefE: null });
  });

  it('reports bad values by JSON path and keeps nothing of the broken unit', async () => {
    const doc = unitDocument();
    Object.assign(doc.data.attributes, { status: 'STANGD', municipalityCode: '9999', schoolTypes: ['GR', 'FSK'] });
    doc.data.attributes.addresses[0]!.geoCoordinates.coordinateSweRefN = '65x';
    doc.data.attributes.addresses[0]!.geoCoordinates.longitude = null;
    const result = await parseJson([doc], [ORG_A]);
    expect(result.units).toEqual([]);
    expect(result.problems.map((p) => p.field)).toEqual([
      '[0].data.attributes.status',
      '[0].data.attributes.municipalityCode',
      '[0].data.attributes.schoolTypes[1]',
      '[0].data.attributes.addresses[0].geoCoordinates.coordinateSweRefN',
      '[0].data.attributes.addresses[0].geoCoordinates',
    ]);
    expect(messages(result)[2]).toBe('Fältet "[0].data.attributes.schoolTypes[1]": okänd skoltyp "FSK".');
  });

  it('does not echo an organisation number that looks like a personal identity number', async () => {
    const result = await parseJson(organiserDocument({}, '196512241234'));
    expect(messages(result)).toEqual([expect.stringContaining('visas därför inte')]);
    expect(JSON.stringify(result)).not.toContain('1234');
  });
});

describe('register v2 malformed input', () => {
  it('gives the line of a JSON syntax error, with or without a position from V8', async () => {
    expect((await parseJson('{\n  "data": {\n    "type": "organizer",\n  }\n}')).problems).toEqual([
      { line: 4, field: null, message: 'Rad 4: filen är inte giltig JSON; felet finns här eller strax före.' },
    ]);
    expect((await parseJson('{\n  "data": {"a": 1\n\n  "b": 2}\n}')).problems[0]?.line).toBe(4);
  });

  it('reports documents that are not register answers', async () => {
    const result = await parseJson([
      { data: { type: 'contract' } },
      { hello: 'world' },
      42,
      { data: { type: 'schoolunit', attributes: [{ schoolUnitCode: '12345678' }] } },
      { data: { type: 'schoolunit', schoolUnitCode: '12345678', attributes: { displayName: 'X', status: 'AKTIV', municipalityCode: '0180' } } },
    ]);
    expect(result.problems.map((p) => p.field)).toEqual([
      '[0].data.type', '[1].data', '[2]', '[3].data.attributes', '[4].included',
    ]);
    expect(messages(await parseJson([]))).toEqual(['Filen innehåller en tom lista.']);
  });
});
