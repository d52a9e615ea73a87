import type { MDXComponents } from 'mdx/types';
import type { Page } from '@/lib/content';
import type { ProjectsProps } from '@/lib/content/projects-element';
import type { MdxComponentName } from './names';
import { Callout } from './Callout';
import { CodeBlock } from './CodeBlock';
import { Figure, Figures } from './Figure';
import { MarkdownImage } from './MarkdownImage';
import { Mermaid } from './Mermaid';
import { Projects } from './Projects';
import { Video, YouTube } from './Video';
import { Cite } from '../publications/Cite';
import { Publications } from '../publications/Publications';


/** A wide table scrolls sideways on a phone instead of widening the page. */
function Table(props: React.ComponentProps<'table'>) {
  return (
    <div className="table-scroll" role="region" aria-label="Table" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

/** Every MDX element override and component, in one place. */
export const mdxComponents = {
  Figure,
  Figures,
  Callout,
  Video,
  YouTube,
  Publications,
  Cite,
  Projects,
  // Made by the pipeline from ```mermaid blocks, not written by authors.
  Mermaid,
  img: MarkdownImage,
  pre: CodeBlock,
  table: Table,
} satisfies MDXComponents & Record<MdxComponentName, unknown>;

/** The components bound to the page whose body they render: `<Projects />` takes the page's `display_categories` and `horizontal`. */
export function pageComponents(page: Page): MDXComponents {
  return { Projects: (props: ProjectsProps) => <Projects {...props} page={page.projects} /> };
}
