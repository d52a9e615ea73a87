import { describe, expect, it } from 'vitest';
import { nextDevArgs } from './args';

describe('nextDevArgs', () => {
  it('listens on 127.0.0.1 unless the author names a host', () => {
    expect(nextDevArgs([])).toEqual(['-H', '127.0.0.1']);
    expect(nextDevArgs(['-p', '3001'])).toEqual(['-p', '3001', '-H', '127.0.0.1']);
  });

  it('keeps a host the author named, in any of the forms next dev reads', () => {
    for (const args of [['-H', '0.0.0.0'], ['-H0.0.0.0'], ['--hostname', '0.0.0.0'], ['--hostname=0.0.0.0'], ['-p', '3001', '--hostname', '::']]) {
      expect(nextDevArgs(args)).toEqual(args);
    }
  });

  it('does not mistake other options for a host', () => {
    expect(nextDevArgs(['--hostnames'])).toEqual(['--hostnames', '-H', '127.0.0.1']);
    expect(nextDevArgs(['--turbopack'])).toEqual(['--turbopack', '-H', '127.0.0.1']);
  });
});
