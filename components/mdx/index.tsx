import Link from 'next/link';
import type { MDXComponents } from 'mdx/types';
import type { MdxComponentName } from './names';
import { Figure, Figures } from './Figure';

/** Internal links navigate client-side; external ones are plain anchors. */
function MdxLink({ href = '', ...props }: React.ComponentProps<'a'>) {
  if (href.startsWith('/') && !href.startsWith('//')) return <Link href={href} {...props} />;
  return <a href={href} {...props} />;
}

/** Every MDX element override and component, in one place. */
export const mdxComponents = {
  Figure,
  Figures,
  a: MdxLink,
} satisfies MDXComponents & Record<MdxComponentName, unknown>;
