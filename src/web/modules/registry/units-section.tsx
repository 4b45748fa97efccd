/**
 * An organiser's school units. A large municipality has hundreds, so the page shows the first ones
 * by name and links to the unit list, filtered to this organiser, for the rest.
 */
import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { OrganiserDetail } from '../../../shared/api/registry.ts';
import { compareSv, formatNumber } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { EMPTY_UNIT_FILTERS, writeUnitFilters } from './list-query.ts';
import { organiserText } from './organiser-dictionary.ts';
import { UnitsTable } from './units-table.tsx';

export const UNITS_SHOWN = 20;

export function UnitsSection({ organiser }: { organiser: OrganiserDetail }) {
  const o = useText(organiserText);
  const { lang } = useLang();
  const units = [...organiser.units].sort((a, b) => compareSv(a.name, b.name));
  const shown = units.slice(0, UNITS_SHOWN);
  const allUnits = `/skolenheter?${writeUnitFilters({ ...EMPTY_UNIT_FILTERS, organiserId: organiser.id }).toString()}`;
  return (
    <section aria-labelledby="units-heading" className="section">
      <Heading level={2} data-size="sm" id="units-heading">{o.unitsHeading}</Heading>
      {units.length === 0 ? <Paragraph>{o.noUnits}</Paragraph> : (
        <>
          {units.length > shown.length ? (
            <Paragraph>{o.unitsFirst(formatNumber(shown.length, lang), formatNumber(units.length, lang))}</Paragraph>
          ) : null}
          <UnitsTable units={shown} caption={o.unitsCaption(organiser.name)} />
          {units.length > shown.length ? (
            <Paragraph>
              <DsLink asChild><Link to={allUnits}>{o.allUnits(formatNumber(units.length, lang))}</Link></DsLink>
            </Paragraph>
          ) : null}
        </>
      )}
    </section>
  );
}
