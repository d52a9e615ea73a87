/**
 * The components an `.mdx` file may use: part of the content format, so the
 * content layer knows them. `components/mdx/index.tsx` maps each
 * name to its component; the content check uses this list to flag unknown tags.
 */
export const MDX_COMPONENT_NAMES = ['Figure', 'Figures', 'Callout', 'Video', 'YouTube', 'Publications', 'Cite', 'Projects'] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
