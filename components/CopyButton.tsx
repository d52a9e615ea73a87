import { faCheck } from '@fortawesome/free-solid-svg-icons/faCheck';
import { faCopy } from '@fortawesome/free-solid-svg-icons/faCopy';
import { Icon } from './Icon';

type Props = {
  /** The button's accessible name, e.g. "Copy code". */
  label: string;
  /** Its name once the text is on the clipboard, e.g. "Copied". */
  doneLabel: string;
  /** Visible text beside the icon (icon only when absent). */
  short?: { idle: string; done: string };
  className?: string;
};

/**
 * Copies the text of the `[data-copy-source]` element inside the closest
 * `[data-copy-scope]` around it (a code block, a BibTeX panel). Plain HTML:
 * Folio's script (client/copy.ts) shows it, which it keeps hidden until then
 * (a button that cannot work without JavaScript), and does the copying.
 * The status region's text is the script's alone, so it is not React's.
 */
export function CopyButton({ label, doneLabel, short, className = 'copy-button' }: Props) {
  return (
    <button type="button" className={className} aria-label={label} data-folio-copy={doneLabel} hidden>
      <Icon icon={faCopy} className="copy-idle size-3.5" />
      <Icon icon={faCheck} className="copy-done size-3.5" />
      {short && <span aria-hidden="true" className="copy-short" data-idle={short.idle} data-done={short.done} />}
      <span role="status" className="sr-only" dangerouslySetInnerHTML={{ __html: '' }} />
    </button>
  );
}
