// Small inline icons, drawn with currentColor so they take the colour of their text. Server-safe, no library: each
// is a few path strings. A path written "F…" is filled, the rest are stroked.
const PATHS = {
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  partial: ['M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z', 'FM12 4a8 8 0 0 1 0 16z'],
  cross: ['M6.5 6.5l11 11M17.5 6.5l-11 11'],
  info: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M12 11v5M12 7.5v.5'],
  warning: ['M12 3.5L2.5 20h19z', 'M12 10v4M12 17v.5'],
  offline: ['M3 3l18 18', 'M17 18H7a4 4 0 0 1-1-7.9 6 6 0 0 1 2.6-4.3M12 4.4A6 6 0 0 1 18 10a4 4 0 0 1 3 5'],
  saved: ['M7 19a4 4 0 0 1-1-7.9A6 6 0 0 1 18 11a4 4 0 0 1-.5 8z', 'M9 14l2 2 4-4'],
  arrow: ['M5 12h14M13 6l6 6-6 6'],
  chart: ['M4 20h16M7 16v-5M12 16V6M17 16v-8'],
  book: ['M4 19V5a2 2 0 0 1 2-2h14v14H6a2 2 0 0 0 0 4h14'],
  users: ['M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21a7 7 0 0 1 14 0M16 3.5a4 4 0 0 1 0 7.5M22 21a7 7 0 0 0-4-6.3'],
  plus: ['M12 5v14M5 12h14'],
  menu: ['M4 7h16M4 12h16M4 17h16'],
  search: ['M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM15.5 15.5L20 20'],
} as const;

export type IconName = keyof typeof PATHS;
export const ICON_NAMES = Object.keys(PATHS) as IconName[];

/** Decorative by default (aria-hidden); give a label when the icon alone carries meaning. */
export function Icon({ name, label, className }: { name: IconName; label?: string; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      {PATHS[name].map((d) =>
        d.startsWith('F') ? <path key={d} d={d.slice(1)} fill="currentColor" stroke="none" /> : <path key={d} d={d} />,
      )}
    </svg>
  );
}
