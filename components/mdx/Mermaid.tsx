/**
 * A ```mermaid diagram. The page shows the diagram's source, which reads on
 * its own; Folio's script (client/mermaid.ts) loads the library only on
 * pages that have a diagram and draws it into the empty box, which holds no
 * React children, so it may do so before or after React hydrates the page.
 * CSS hides the source once the drawing is there.
 */
export function Mermaid({ chart }: { chart: string }) {
  return (
    <figure className="mermaid-diagram my-8 overflow-x-auto" data-folio-mermaid="" data-rendered="false">
      <pre className="mermaid-source rounded-lg bg-surface p-4 text-sm">
        <code>{chart}</code>
      </pre>
      <div className="mermaid-svg flex justify-center" data-folio-mermaid-svg="" dangerouslySetInnerHTML={{ __html: '' }} />
    </figure>
  );
}
