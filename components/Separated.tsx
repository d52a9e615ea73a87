import { Fragment } from 'react';

/**
 * The parts of one line of text, a `·` between each two. The separator is
 * bound to the part after it by a no-break space, so a line that wraps
 * begins with one and never ends with one.
 */
export function Separated({ parts }: { parts: React.ReactNode[] }) {
  return parts
    .filter((part) => part !== null && part !== undefined && part !== false)
    .map((part, i) => (
      <Fragment key={i}>
        {i > 0 && (
          <>
            <span aria-hidden="true"> ·</span>
            {'\u00a0'}
          </>
        )}
        {part}
      </Fragment>
    ));
}
