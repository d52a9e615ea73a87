import { describe, expect, it } from 'vitest';
import { changesSince } from './changelog';

const LOG = `# Changelog

Preface: how this file is kept.

## [Unreleased]

### Added

- A dropdown menu.
- Fonts from public/fonts/.

## [0.3.0] - 2027-03-01

### Changed

- \`max_width\` is read from site.yml.

\`\`\`yaml
## not a heading: a comment in a code block
max_width: 60rem
\`\`\`

## [0.3.0-rc.1] - 2027-02-20

- A release candidate.

## [0.2.0] - 2027-01-15

### Added

- Publication thumbnails.

### Fixed

- The footer's date.

## [0.1.0] - 2026-12-01

The first version.
`;

const versions = (sections: { version: string | null }[]) => sections.map((s) => s.version);

describe('changesSince', () => {
  it('the releases after the author\'s version up to the new one, and what is unreleased, newest first', () => {
    expect(versions(changesSince(LOG, undefined, '0.1.0', '0.3.0'))).toEqual([null, '0.3.0', '0.3.0-rc.1', '0.2.0']);
    expect(versions(changesSince(LOG, undefined, '0.2.0', '0.3.0-rc.1'))).toEqual([null, '0.3.0-rc.1']);
    // No version known: everything up to the new one.
    expect(versions(changesSince(LOG, undefined, undefined, '0.2.0'))).toEqual([null, '0.2.0', '0.1.0']);
  });

  it('keeps each section as written: a `##` in a code block is text, not the next release', () => {
    const [, release] = changesSince(LOG, undefined, '0.2.0', '0.3.0');
    expect(release!.text).toBe('## [0.3.0] - 2027-03-01\n\n### Changed\n\n- `max_width` is read from site.yml.\n\n```yaml\n## not a heading: a comment in a code block\nmax_width: 60rem\n```');
  });

  it('leaves out the items the author\'s CHANGELOG.md has already, and groups left empty', () => {
    const author = '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- A dropdown menu.\n- Publication thumbnails.\n\n## [0.1.0] - 2026-12-01\n\nThe first version.\n';
    const sections = changesSince(LOG, author, '0.1.0', '0.2.0');
    expect(sections.map((s) => s.text)).toEqual(['## [Unreleased]\n\n### Added\n\n- Fonts from public/fonts/.', '## [0.2.0] - 2027-01-15\n\n### Fixed\n\n- The footer\'s date.']);
  });

  it('says nothing when the author has every change', () => {
    expect(changesSince(LOG, LOG, '0.3.0', '0.3.0')).toEqual([]);
    expect(changesSince('# Changelog\n\n## [Unreleased]\n\n## [0.1.0]\n\n- One.\n', undefined, '0.1.0', '0.1.0')).toEqual([]);
  });
});
