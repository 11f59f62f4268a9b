/**
 * Tabs over the parts of a record (a person's conversations, needs, commitments…), following the WAI-ARIA
 * tabs pattern: arrow keys, Home and End move between tabs; only the chosen panel is rendered, so each part
 * loads when it is first asked for.
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface RecordTab {
  key: string;
  label: string;
  render: () => ReactNode;
}

export function RecordTabs({ tabs, label }: { tabs: RecordTab[]; label: string }) {
  const [current, setCurrent] = useState(tabs[0]!.key);
  const baseId = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(0, tabs.findIndex((t) => t.key === current));

  function choose(i: number) {
    const next = (i + tabs.length) % tabs.length;
    setCurrent(tabs[next]!.key);
    buttons.current[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    choose(target);
  }

  return (
    <div className="record-tabs">
      <div role="tablist" aria-label={label} className="record-tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => (
          <button
            key={tab.key}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab.key}`}
            aria-controls={`${baseId}-panel-${tab.key}`}
            aria-selected={i === index}
            tabIndex={i === index ? 0 : -1}
            className="record-tab"
            onClick={() => setCurrent(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-panel-${tabs[index]!.key}`} aria-labelledby={`${baseId}-tab-${tabs[index]!.key}`} className="record-tabpanel">
        {tabs[index]!.render()}
      </div>
    </div>
  );
}
