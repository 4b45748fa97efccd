/** Texts of the municipalities and office areas page. */
import type { Dictionary } from '../../platform/i18n.tsx';

const sv = {
  title: 'Kommuner och kontor',
  lead: 'Varje kommun hör till ett kontors område: som standard det närmaste kontoret räknat mellan kommunernas mittpunkter.',
  tableCaption: 'Kommuner och deras kontor',
  colGroup: 'Kommungrupp',
  colChoice: 'Område',
  nearest: 'Närmaste kontor',
  manual: 'Ändrat för hand',
  standIn: (group: string) => `${group} (ersättning)`,
  standInNote: 'Kommungrupperna är en ersättningsindelning tills SKR:s officiella kommungruppsindelning har importerats.',
  changeHeading: 'Ändra kontor för en kommun',
  municipality: 'Kommun',
  chooseMunicipality: 'Välj kommun',
  office: 'Kontor',
  nearestChoice: 'Närmaste kontor (standard)',
  save: 'Spara kontor',
  saved: (municipality: string, office: string) => `${municipality} hör nu till kontoret i ${office}.`,
  conflict: 'Kommunen har ändrats av någon annan sedan sidan laddades. Sidan har laddats om; gör ändringen igen.',
  loading: 'Laddar kommuner …',
};

const en: typeof sv = {
  title: 'Municipalities and offices',
  lead: "Every municipality belongs to one office's area: by default the nearest office, measured between municipal centroids.",
  tableCaption: 'Municipalities and their offices',
  colGroup: 'Municipality group',
  colChoice: 'Area',
  nearest: 'Nearest office',
  manual: 'Set by hand',
  standIn: (group: string) => `${group} (stand-in)`,
  standInNote: "The municipality groups are a stand-in until SKR's official classification has been imported.",
  changeHeading: "Change a municipality's office",
  municipality: 'Municipality',
  chooseMunicipality: 'Choose a municipality',
  office: 'Office',
  nearestChoice: 'Nearest office (default)',
  save: 'Save office',
  saved: (municipality: string, office: string) => `${municipality} now belongs to the office in ${office}.`,
  conflict: 'Someone else changed the municipality after the page loaded. The page has been reloaded; make the change again.',
  loading: 'Loading municipalities …',
};

export const municipalityText: Dictionary<typeof sv> = { sv, en };
