/**
 * Diagrams (components/mdx/Mermaid.tsx): the page shows each diagram's
 * source; on pages that have one, mermaid (large) is loaded from this site,
 * beside this script, and draws them, again when the theme changes.
 */
type Mermaid = {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<{ svg: string }>;
};

export function drawDiagrams(moduleUrl: (name: string) => string) {
  const figures = [...document.querySelectorAll<HTMLElement>('[data-folio-mermaid]')];
  if (figures.length === 0) return;
  let library: Promise<Mermaid> | undefined;
  const draw = async () => {
    library ??= import(/* @vite-ignore */ moduleUrl('mermaid.esm.min.mjs')).then((m: { default: Mermaid }) => m.default);
    const mermaid = await library;
    const dark = document.documentElement.classList.contains('dark');
    mermaid.initialize({ startOnLoad: false, theme: dark ? 'dark' : 'neutral', securityLevel: 'strict', fontFamily: 'inherit' });
    for (const [i, figure] of figures.entries()) {
      const source = figure.querySelector('pre')?.textContent ?? '';
      const target = figure.querySelector<HTMLElement>('[data-folio-mermaid-svg]');
      if (!target) continue;
      try {
        const { svg } = await mermaid.render(`folio-mermaid-${i}`, source);
        target.innerHTML = svg;
        figure.dataset.rendered = 'true';
      } catch {
        // A diagram that does not parse stays as its source.
      }
    }
  };
  void draw();
  new MutationObserver(() => void draw()).observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
}
