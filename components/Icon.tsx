import type { IconDefinition } from '@fortawesome/fontawesome-common-types';

/** An icon drawn from Font Awesome's path data: inline SVG, no icon font, no script. */
export function Icon({ icon, className = 'size-5' }: { icon: IconDefinition; className?: string }) {
  const [width, height, , , path] = icon.icon;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className={className} aria-hidden="true" focusable="false" fill="currentColor">
      {(Array.isArray(path) ? path : [path]).map((d) => (
        <path key={d.slice(0, 24)} d={d} />
      ))}
    </svg>
  );
}
