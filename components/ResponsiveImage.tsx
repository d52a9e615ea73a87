import { picture, type ImageRole } from '@/lib/images';

type Props = {
  /** A file in public/ (its site path) and the width and height the page reserves for it (left out only where nothing can shift). */
  image: { src: string; width?: number; height?: number };
  /** Where it is shown: the widths and `sizes` follow (lib/images/plan.ts). */
  role: ImageRole;
  alt: string;
  className?: string;
  /** Above the fold (the about page's photo): fetched at once, first. Else lazy. */
  priority?: boolean;
  title?: string;
};

/**
 * An image the build made responsive (lib/images/): a `<picture>` offering
 * AVIF, then WebP, then the original's format, each in the widths its role
 * needs; width and height so nothing shifts; lazy unless `priority`. No
 * script, no image server: every candidate is a file of the build. The
 * `<picture>` is `display: contents`, so the `<img>` lays out (and is styled
 * by `className`) as if it stood alone. An SVG or an animation is shown as
 * it is.
 */
export function ResponsiveImage({ image, role, alt, className, priority, title }: Props) {
  const { sources, src, srcSet, sizes } = picture(image.src, role);
  const img = (
    // eslint-disable-next-line @next/next/no-img-element -- the build made its files; next/image would need an image server
    <img
      alt={alt}
      title={title}
      width={image.width || undefined}
      height={image.height || undefined}
      loading={priority ? undefined : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={className}
      sizes={sizes}
      srcSet={srcSet}
      src={src}
    />
  );
  if (sources.length === 0) return img;
  return (
    <picture className="contents">
      {sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      {img}
    </picture>
  );
}
