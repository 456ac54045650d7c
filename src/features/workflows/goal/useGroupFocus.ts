import { useEffect, useReducer, useRef } from 'react';
import type { GoalFormApi } from './goalFormTypes.ts';

/**
 * Where focus goes once the groups have re-rendered: a group's heading (by index), a condition's
 * field picker, a new group's name (selected), or "Add group".
 */
export type GroupFocusTarget =
  number | { group: number; condition: number } | { newGroupName: number } | 'add';

/**
 * Focus for the goal editor's groups: after a group is removed, the heading of the group now in
 * its place, or "Add group"; after an undo, what came back. `focusAfterRender` waits for the
 * groups to change; `focusNow` asks for the pass when they do not (a condition put back).
 */
export function useGroupFocus(form: GoalFormApi, groupFields: readonly unknown[]) {
  const groupsRef = useRef<HTMLDivElement>(null);
  const addGroupRef = useRef<HTMLButtonElement>(null);
  const target = useRef<GroupFocusTarget | null>(null);
  const [focusTick, requestFocus] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const next = target.current;
    if (next === null) return;
    target.current = null;
    if (next === 'add') addGroupRef.current?.focus();
    else if (typeof next === 'number')
      groupsRef.current?.querySelectorAll<HTMLElement>('[data-group-heading]')[next]?.focus();
    else if ('newGroupName' in next)
      // Selected, so that the name typed replaces "Group n" rather than being added to it.
      form.setFocus(`RestrictionGroups.${next.newGroupName}.Name`, { shouldSelect: true });
    else {
      const group = groupsRef.current?.querySelectorAll('section')[next.group];
      const row = group?.querySelectorAll(':scope ol > li')[next.condition];
      row?.querySelector<HTMLElement>('[role="combobox"]')?.focus();
    }
  }, [groupFields, focusTick, form]);
  return {
    groupsRef,
    addGroupRef,
    focusAfterRender: (next: GroupFocusTarget) => {
      target.current = next;
    },
    focusNow: (next: GroupFocusTarget) => {
      target.current = next;
      requestFocus();
    },
  };
}

export type GroupFocus = ReturnType<typeof useGroupFocus>;
