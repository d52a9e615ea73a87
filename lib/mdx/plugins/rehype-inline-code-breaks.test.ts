import { describe, expect, it } from 'vitest';
import { withBreaks } from './rehype-inline-code-breaks';

const pieces = (text: string) =>
  withBreaks(text)
    .filter((node) => node.type === 'text')
    .map((node) => (node as { value: string }).value);

describe('inline code breaks', () => {
  it('breaks after separators and between the words of a camelCase name', () => {
    expect(pieces('CompVis/stable-diffusion-v1-4')).toEqual(['Comp', 'Vis/', 'stable-diffusion-v1-4']);
    expect(pieces('UniPCMultistepScheduler')).toEqual(['Uni', 'PC', 'Multistep', 'Scheduler']);
    expect(pieces('pipe.scheduler.config')).toEqual(['pipe.', 'scheduler.', 'config']);
    expect(pieces('std::vector')).toEqual(['std::', 'vector']);
    expect(pieces('max_length')).toEqual(['max_', 'length']);
  });

  it('leaves short words, and runs of separators, whole', () => {
    expect(pieces('cond')).toEqual(['cond']);
    expect(pieces('../x')).toEqual(['../', 'x']);
    expect(pieces('i % 2 == 0')).toEqual(['i % 2 == 0']);
  });
});
