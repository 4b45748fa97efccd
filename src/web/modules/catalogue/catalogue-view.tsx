/** One catalogue version for one school form: goals and sub-goals by priority area, indicators, conditions, success factors. */
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { PRIORITY_AREAS, PRIORITY_AREA_LABELS, type CatalogueContent, type Indicator } from '../../../shared/api/catalogue.ts';
import { SCHOOL_FORM_LABELS, type SchoolForm } from '../../../shared/school-forms.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { useLang, useText } from '../../platform/i18n.tsx';
import { CATEGORY_LABELS, DIRECTION_LABELS, UNIT_LABELS, catalogueText } from './dictionary.ts';

function IndicatorItem({ indicator }: { indicator: Indicator }) {
  const t = useText(catalogueText);
  const { lang } = useLang();
  return (
    <li className="indicator">
      <strong>{indicator.name}</strong>
      <Paragraph data-size="sm">{indicator.definition}</Paragraph>
      <Paragraph data-size="xs" className="indicator-meta">
        {t.unit}: {UNIT_LABELS[indicator.unit]?.[lang] ?? indicator.unit} · {t.direction}: {DIRECTION_LABELS[indicator.direction]?.[lang] ?? indicator.direction} · {t.source}: {indicator.dataSource}
      </Paragraph>
    </li>
  );
}

export function CatalogueView({ content, schoolForm }: { content: CatalogueContent; schoolForm: SchoolForm }) {
  const t = useText(catalogueText);
  const { lang } = useLang();
  const indicators = new Map(content.indicators.map((i) => [i.key, i]));
  const goals = content.goals.filter((g) => g.schoolForm === schoolForm);
  const conditions = content.conditions.filter((c) => c.schoolForms.includes(schoolForm));
  const formLabel = SCHOOL_FORM_LABELS[schoolForm][lang];

  return (
    <>
      <section aria-labelledby="goals-heading">
        <Heading level={2} data-size="sm" id="goals-heading">{t.goalsHeading}</Heading>
        {goals.length === 0 ? <Paragraph>{t.noGoals}</Paragraph> : null}
        {goals.map((goal) => (
          <article key={goal.key} className="goal">
            <Heading level={3} data-size="xs">{goal.text}</Heading>
            {PRIORITY_AREAS.map((area) => {
              const subGoals = goal.subGoals.filter((s) => s.priorityArea === area);
              if (subGoals.length === 0) return null;
              return (
                <div key={area} className="priority-area">
                  <Heading level={4} data-size="2xs">{PRIORITY_AREA_LABELS[area][lang]}</Heading>
                  <ul className="sub-goals">
                    {subGoals.map((sub) => (
                      <li key={sub.key}>
                        <Paragraph>{sub.text}</Paragraph>
                        {sub.indicatorKeys.length === 0 ? (
                          <Paragraph data-size="sm" className="data-gap">{t.noIndicator}</Paragraph>
                        ) : (
                          <ul className="indicators" aria-label={t.indicators}>
                            {sub.indicatorKeys.map((k) => indicators.get(k)).filter((i) => i !== undefined).map((i) => <IndicatorItem key={i.key} indicator={i} />)}
                          </ul>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </article>
        ))}
      </section>

      <section aria-labelledby="conditions-heading">
        <Heading level={2} data-size="sm" id="conditions-heading">{t.conditionsHeading}</Heading>
        {conditions.length === 0 ? <Paragraph>{t.noConditions}</Paragraph> : (
          <DataTable caption={t.conditionsCaption(formLabel.toLowerCase())}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t.colMeasure}</Table.HeaderCell>
                <Table.HeaderCell>{t.colCategory}</Table.HeaderCell>
                <Table.HeaderCell>{t.colDefinition}</Table.HeaderCell>
                <Table.HeaderCell>{t.unit}</Table.HeaderCell>
                <Table.HeaderCell>{t.source}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {conditions.map((c) => (
                <Table.Row key={c.key}>
                  <Table.Cell>{c.name}</Table.Cell>
                  <Table.Cell>{CATEGORY_LABELS[c.category]?.[lang] ?? c.category}</Table.Cell>
                  <Table.Cell>{c.definition}</Table.Cell>
                  <Table.Cell>{UNIT_LABELS[c.unit]?.[lang] ?? c.unit}</Table.Cell>
                  <Table.Cell>{c.dataSource}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </DataTable>
        )}
      </section>

      <section aria-labelledby="factors-heading">
        <Heading level={2} data-size="sm" id="factors-heading">{t.factorsHeading}</Heading>
        {content.successFactors.map((factor) => (
          <article key={factor.key} className="success-factor">
            <Heading level={3} data-size="xs">{factor.name}</Heading>
            <Paragraph data-size="sm">{factor.description}</Paragraph>
            <ul aria-label={t.statementsLabel(factor.name)}>
              {factor.statements.map((s) => <li key={s.key}>{s.text}</li>)}
            </ul>
          </article>
        ))}
      </section>
    </>
  );
}
