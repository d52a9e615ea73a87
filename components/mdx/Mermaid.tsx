'use client';
import { useEffect, useId, useState } from 'react';

/**
 * A ```mermaid diagram. The page first shows the diagram's source, which
 * reads on its own; the mermaid library (large) is fetched only on pages
 * that have a diagram, and redraws it when the theme changes.
 */
export function Mermaid({ chart }: { chart: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;

  useEffect(() => {
    let cancelled = false;
    const draw = async () => {
      const { default: mermaid } = await import('mermaid');
      const dark = document.documentElement.classList.contains('dark');
      mermaid.initialize({ startOnLoad: false, theme: dark ? 'dark' : 'neutral', securityLevel: 'strict', fontFamily: 'inherit' });
      try {
        const { svg } = await mermaid.render(id, chart);
        if (!cancelled) setSvg(svg);
      } catch {
        // A diagram that does not parse stays as its source.
      }
    };
    void draw();
    const observer = new MutationObserver(() => void draw());
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [chart, id]);

  return (
    <figure className="mermaid-diagram my-8 overflow-x-auto" data-rendered={svg ? 'true' : 'false'}>
      {svg ? (
        <div className="flex justify-center" dangerouslySetInnerHTML={{ __html: svg }} />
      ) : (
        <pre className="rounded-lg bg-surface p-4 text-sm">
          <code>{chart}</code>
        </pre>
      )}
    </figure>
  );
}
