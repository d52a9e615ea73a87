import { describe, expect, it } from 'vitest';
import { contents } from './dialog';

describe('what there is to search', () => {
  it('counts each kind, in words', () => {
    expect(contents({ post: 1, publication: 5, page: 3, course: 0, news: 2 })).toBe('1 post, 5 publications, 3 pages and 2 news items');
    expect(contents({ post: 12, publication: 0, page: 1, course: 2, news: 0 })).toBe('12 posts, 1 page and 2 courses');
    expect(contents({ post: 0, publication: 0, page: 1, course: 0, news: 0 })).toBe('1 page');
  });
});
