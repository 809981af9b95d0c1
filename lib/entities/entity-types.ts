// The kinds of entity, without the schema: browser code (the workbench's entity form) lists them
// without loading zod.
export const ENTITY_TYPES = ['person', 'place', 'organisation', 'media', 'treaty', 'term', 'event', 'idiom'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
