// The turn machine drawn from its own definition, as Mermaid in Markdown (docs/machine.md), so
// a reader sees the quarter at a glance and the picture cannot drift from the code.
import type { AnyStateNode } from 'xstate';
import { gameMachine } from './game-machine.ts';

function label(t: { eventType: string; guard?: unknown }): string {
  const guard = typeof t.guard === 'string' ? t.guard : (t.guard as { type?: unknown })?.type;
  const on =
    t.eventType === '' ? 'always' : t.eventType.startsWith('xstate.done.') ? 'done' : t.eventType;
  const when = typeof guard === 'string' ? ` [${guard}]` : '';
  const text = on === 'always' && when ? when.trim() : `${on}${when}`;
  return text;
}

function id(node: AnyStateNode): string {
  return node.path.join('_') || 'game';
}

function entryOf(node: AnyStateNode): string[] {
  return node.entry
    .map((a) => (typeof a === 'string' ? a : (a as { type?: unknown }).type))
    .filter((t): t is string => typeof t === 'string');
}

function walk(node: AnyStateNode, depth: number, lines: string[]): void {
  const pad = '  '.repeat(depth);
  const children = Object.values(node.states) as AnyStateNode[];
  if (children.length > 0 && node.path.length > 0) lines.push(`${pad}state ${id(node)} {`);
  const inner = node.path.length > 0 && children.length > 0 ? pad + '  ' : pad;
  if (children.length > 0) {
    const initial = node.initial?.target?.[0];
    if (initial) lines.push(`${inner}[*] --> ${id(initial)}`);
    for (const child of children) walk(child, depth + (node.path.length > 0 ? 1 : 0), lines);
  }
  if (children.length > 0 && node.path.length > 0) lines.push(`${pad}}`);
  if (node.path.length === 0) return;
  for (const entry of entryOf(node)) lines.push(`${pad}${id(node)} : entry / ${entry}`);
  if (node.type === 'final') lines.push(`${pad}${id(node)} --> [*]`);
  const all = [...[...node.transitions.values()].flat(), ...(node.always ?? [])];
  {
    for (const t of all) {
      const targets = (t.target ?? []) as AnyStateNode[];
      const actions = (t.actions ?? [])
        .map((a) => (typeof a === 'string' ? a : (a as { type?: unknown }).type))
        .filter((x): x is string => typeof x === 'string');
      const suffix = actions.length ? ` / ${actions.join(', ')}` : '';
      for (const target of targets.length ? targets : [node]) {
        if (!targets.length && !actions.length) continue;
        lines.push(`${pad}${id(node)} --> ${id(target)} : ${label(t)}${suffix}`);
      }
    }
  }
}

export function machineDiagram(): string {
  const lines: string[] = [];
  walk(gameMachine.root, 1, lines);
  return [
    '# The turn machine',
    '',
    'Generated from `src/machine/game-machine.ts` by `npm run diagram`; a test fails when this',
    'file is stale. Each state is a phase of the quarter (the game state’s `phase` always',
    'matches it). `aiToMove / aiMove` runs a whole stretch of AI decisions in one step; moves of',
    'seats played from outside (the player, or a replay) arrive as `player.*` events.',
    '',
    '```mermaid',
    'stateDiagram-v2',
    ...lines,
    '```',
    '',
  ].join('\n');
}
