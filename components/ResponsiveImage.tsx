import { getImageProps } from 'next/image';

type Props = {
  src: string;
  alt: string;
  width: number;
  height: number;
  sizes: string;
  className?: string;
  priority?: boolean;
  title?: string;
};

/**
 * A responsive, optimised image (srcset from next/image's loader, width and
 * height so nothing shifts, lazy unless `priority`) rendered as a plain
 * <img> on the server: next/image's <Image> is a client component, and an
 * image needs no script.
 */
export function ResponsiveImage({ priority, title, ...rest }: Props) {
  const { props } = getImageProps({ ...rest, priority });
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- getImageProps supplies alt and the optimised sources
  return <img {...props} title={title} />;
}
