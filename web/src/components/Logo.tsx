/** The legal-pad mark (decorative: the link around it carries the name). */
export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 64 64" width="32" height="32" aria-hidden="true" focusable="false">
      <rect x="8" y="4" width="48" height="56" rx="6" fill="#f7e27c" />
      <rect x="8" y="4" width="48" height="10" rx="6" fill="#8a5a2b" />
      <rect x="8" y="10" width="48" height="4" fill="#8a5a2b" />
      <g stroke="#7aa7c7" strokeWidth="2">
        <line x1="14" y1="24" x2="50" y2="24" />
        <line x1="14" y1="32" x2="50" y2="32" />
        <line x1="14" y1="40" x2="50" y2="40" />
        <line x1="14" y1="48" x2="42" y2="48" />
      </g>
      <line x1="20" y1="16" x2="20" y2="58" stroke="#d9756b" strokeWidth="2" />
    </svg>
  );
}
