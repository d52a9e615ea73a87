import { CopyButton } from '../CopyButton';

/** A highlighted code block (from rehype-pretty-code) with a copy button. */
export function CodeBlock(props: React.ComponentProps<'pre'>) {
  return (
    <div className="code-block" data-copy-scope="">
      <pre {...props} data-copy-source="" />
      <CopyButton label="Copy code" doneLabel="Copied" />
    </div>
  );
}
