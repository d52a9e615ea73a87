import { ResponsiveImage } from '../ResponsiveImage';
import type { PropsOf } from '@/lib/mdx/vocabulary';
import { siteImage } from '@/lib/images';

type FigureProps = PropsOf<'Figure'> & { src: string };

/** Intrinsic size: what the author wrote, else read from the file in public/. */
function imageSize(src: string, width?: string, height?: string) {
  const w = Number(width);
  const h = Number(height);
  if (w > 0 && h > 0) return { src, width: w, height: h };
  const found = siteImage(src);
  if (!found) throw new Error(`<Figure src="${src}">: the image is not in public/`);
  return found;
}

/**
 * One image with an optional caption (al-folio's `figure.liquid`).
 * `zoomable` opens the full-size image over the page: a link to its
 * lightbox, shown by CSS as the link's target without JavaScript;
 * client/zoom.ts opens it in place, and on a phone larger than the screen.
 */
export function Figure(props: FigureProps) {
  const size = imageSize(props.src, props.width, props.height);
  // Several panels in one image (twice as wide as tall, or more, with the pixels for it) take the wide band (docs/design.md).
  const panoramic = size.width >= 2 * size.height && size.width >= 1200;
  const image = <ResponsiveImage image={size} role={panoramic ? 'figureWide' : 'figure'} alt={props.alt ?? ''} className="h-auto w-full rounded-lg border border-line" />;
  const zoomable = props.zoomable === true || props.zoomable === 'true';
  const zoomId = `zoom-${props.src.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  const full = zoomable ? size : undefined;
  return (
    <figure className={`figure-frame my-8 ${panoramic ? 'figure-wide' : ''}`}>
      {full ? (
        <>
          <a href={`#${zoomId}`} data-folio-zoom="" className="zoom-link" aria-label={`Enlarge image${props.alt ? `: ${props.alt}` : ''}`}>
            {image}
          </a>
          <a href="#_" id={zoomId} className="lightbox" aria-label="Close the enlarged image" style={{ '--zoom-height': `${full.height}px` } as React.CSSProperties}>
            {/* Fetched only when opened (lazy, and hidden until then). */}
            <ResponsiveImage image={full} role="zoom" alt="" />
            <span className="lightbox-close" aria-hidden="true">
              ×
            </span>
          </a>
        </>
      ) : (
        image
      )}
      {props.caption && <figcaption className="mt-2 text-center text-sm text-muted">{props.caption}</figcaption>}
    </figure>
  );
}

/** Two or three images in a row under one caption (al-folio's Bootstrap rows), in the wide band. */
export function Figures({ children, caption }: PropsOf<'Figures'> & { children: React.ReactNode }) {
  return (
    <figure className="figure-row my-8">
      <div className="grid gap-3 sm:auto-cols-fr sm:grid-flow-col [&_figure]:my-0">{children}</div>
      {caption && <figcaption className="mt-2 text-center text-sm text-muted">{caption}</figcaption>}
    </figure>
  );
}
