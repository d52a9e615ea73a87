import { ResponsiveImage } from '../ResponsiveImage';
import { loadOptions } from '@/lib/content';
import type { PropsOf } from '@/lib/component-props';
import { localImage } from '@/lib/content/load';

type FigureProps = PropsOf<'Figure'> & { src: string };

/** Intrinsic size: what the author wrote, else read from the file in public/. */
function imageSize(src: string, width?: string, height?: string) {
  const w = Number(width);
  const h = Number(height);
  if (w > 0 && h > 0) return { src, width: w, height: h };
  const found = localImage(src, '/', loadOptions().publicDir);
  if (!found) throw new Error(`<Figure src="${src}">: the image is not in public/`);
  return found;
}

function FigureImage({ src, alt = '', width, height, sizes }: FigureProps & { sizes: string }) {
  const image = imageSize(src, width, height);
  return (
    <ResponsiveImage
      src={image.src}
      alt={alt}
      width={image.width}
      height={image.height}
      sizes={sizes}
      className="h-auto w-full rounded-lg border border-line"
    />
  );
}

/**
 * One image with an optional caption (al-folio's `figure.liquid`).
 * `zoomable` opens the full-size image over the page; CSS only (`:target`).
 */
export function Figure(props: FigureProps) {
  const image = <FigureImage {...props} sizes="(min-width: 768px) 704px, 100vw" />;
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
            {/* eslint-disable-next-line @next/next/no-img-element -- the original file, fetched only when opened */}
            <img src={props.src} alt="" loading="lazy" />
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
