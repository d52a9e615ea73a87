/**
 * Copy buttons (components/CopyButton.tsx): shown once this runs, each puts
 * the text of the `[data-copy-source]` in its `[data-copy-scope]` on the
 * clipboard, says so (its name, a status for screen readers) for two seconds.
 */
export function enhanceCopyButtons() {
  const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-folio-copy]');
  for (const button of buttons) button.hidden = false;
  if (buttons.length === 0) return;
  addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-folio-copy]') : null;
    const source = button?.closest('[data-copy-scope]')?.querySelector<HTMLElement>('[data-copy-source]');
    if (!button || !source) return;
    const label = button.dataset.folioCopyLabel ?? button.getAttribute('aria-label') ?? '';
    button.dataset.folioCopyLabel = label;
    const status = button.querySelector('[role="status"]');
    let said: string;
    try {
      await navigator.clipboard.writeText(source.innerText.replace(/\s+$/, ''));
      said = button.dataset.folioCopy ?? 'Copied';
      button.dataset.copied = '';
    } catch {
      said = `${label} failed`;
    }
    button.setAttribute('aria-label', said);
    if (status) status.textContent = said;
    clearTimeout(Number(button.dataset.folioCopyTimer));
    button.dataset.folioCopyTimer = String(
      setTimeout(() => {
        button.setAttribute('aria-label', label);
        delete button.dataset.copied;
        if (status) status.textContent = '';
      }, 2000),
    );
  });
}
