/**
 * Views of one list as tabs that are links (the address says which view): the router marks the link whose
 * path and search parameters equal the address's (undefined ones left out) with class "active" and aria-current.
 */
export const tabProps = { className: 'tab', activeOptions: { exact: true } } as const;
