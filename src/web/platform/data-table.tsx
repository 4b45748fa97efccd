/**
 * A captioned data table in a scroll region that keyboard users can focus and scroll (WCAG 2.1.1);
 * the region takes the caption as its name.
 */
import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

export function DataTable({ caption, className, children }: { caption: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `table-scroll ${className}` : 'table-scroll'} role="region" tabIndex={0} aria-label={caption}>
      <Table zebra data-size="sm" className="data-table">
        <caption>{caption}</caption>
        {children}
      </Table>
    </div>
  );
}
