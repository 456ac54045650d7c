/** Query keys of the Akana definitions (one list per ObjectType filter). */
export const definitionsKeys = {
  all: ['definitions'] as const,
  lists: () => [...definitionsKeys.all, 'list'] as const,
  account: () => [...definitionsKeys.all, 'account'] as const,
  list: (objectType: string | null) => [...definitionsKeys.lists(), { objectType }] as const,
};
