/** A page's title (focusable, for the focus move on navigation), an optional lead line and actions. */
import type { ReactNode } from 'react';
import { usePageTitle } from '../lib/hooks.ts';

interface Props {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
  /** Above the title, e.g. a link back to the list. */
  back?: ReactNode;
}

export function PageHeader({ title, lead, actions, back }: Props) {
  usePageTitle(title);
  return (
    <div className="page-header">
      {back ? <p className="back">{back}</p> : null}
      <div className="page-header-row">
        <div className="page-header-text">
          <h1 tabIndex={-1}>{title}</h1>
          {lead ? <div className="lead">{lead}</div> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
    </div>
  );
}
