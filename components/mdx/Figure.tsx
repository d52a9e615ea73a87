import { ResponsiveImage } from '../ResponsiveImage';
import type { PropsOf } from '@/lib/component-props';
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
 * `zoomable` opens the full-size image over the page; CSS only (`:target`).
 */
export function Figure(props: FigureProps) {
  const size = imageSize(props.src, props.width, props.height);
  const image = <ResponsiveImage image={size} role="figure" alt={props.alt ?? ''} className="h-auto w-full rounded-lg border border-line" />;
  const zoomable = props.zoomable === true || props.zoomable === 'true';
  const zoomId = `zoom-${props.src.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  return (
    <figure className="my-8">
      {zoomable ? (
        <>
          <a href={`#${zoomId}`} className="block cursor-zoom-in" aria-label={`Enlarge image${props.alt ? `: ${props.alt}` : ''}`}>
            {image}
          </a>
          <a href="#_" id={zoomId} className="lightbox" aria-label="Close the enlarged image">
            {/* Fetched only when opened (lazy, and hidden until then); no width and height, so it keeps its shape within the screen. */}
            <ResponsiveImage image={{ src: size.src }} role="zoom" alt="" />
          </a>
        </>
      ) : (
        image
      )}
      {props.caption && <figcaption className="mt-2 text-center text-sm text-muted">{props.caption}</figcaption>}
    </figure>
  );
}

/** Two or three images in a row under one caption (al-folio's Bootstrap rows). */
export function Figures({ children, caption }: { children: React.ReactNode; caption?: string }) {
  return (
    <figure className="my-8">
      <div className="grid gap-3 sm:auto-cols-fr sm:grid-flow-col [&_figure]:my-0">{children}</div>
      {caption && <figcaption className="mt-2 text-center text-sm text-muted">{caption}</figcaption>}
    </figure>
  );
}
