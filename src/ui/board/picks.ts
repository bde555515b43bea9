// Clicks on the board: portraits open a biography, regions their details. Hit-testing is done
// here on the canvas's own DOM events (no Phaser input plugin: it weighs ~12 kB gzip), and only
// for events aimed at the canvas itself, so clicks on DOM panels never reach the board.
import type Phaser from 'phaser';
import { bus, type BoardPick } from '../bus.ts';
import { CONTENDERS, REGIONS } from '../../sim/ids.ts';
import {
  CALENDAR_BOX,
  CARD,
  GRAIN_BOX,
  REGIONS_BOX,
  SEAT_POS,
  TABLE,
  TRACK_BOX,
} from './layout.ts';

export function pickAt(x: number, y: number): BoardPick | null {
  for (let i = 0; i < CONTENDERS.length; i++) {
    const p = SEAT_POS[i];
    if (Math.abs(x - p.x) <= CARD.w / 2 && Math.abs(y - p.y) <= CARD.h / 2)
      return { kind: 'contender', id: CONTENDERS[i] };
  }
  const b = REGIONS_BOX;
  if (x >= b.x && x <= b.x + b.w && y >= b.y + b.top) {
    const row = Math.floor((y - b.y - b.top) / b.rowH);
    if (row >= 0 && row < REGIONS.length) return { kind: 'region', id: REGIONS[row] };
  }
  const inside = (box: { x: number; y: number; w: number; h: number }) =>
    x >= box.x && x <= box.x + box.w && y >= box.y && y <= box.y + box.h;
  const dx = (x - TABLE.cx) / (TABLE.rx + 17);
  const dy = (y - TABLE.cy) / (TABLE.ry + 17);
  if (dx * dx + dy * dy <= 1) return { kind: 'area', id: 'politburo' };
  if (inside(TRACK_BOX)) return { kind: 'area', id: 'track' };
  if (inside(GRAIN_BOX)) return { kind: 'area', id: 'grain' };
  if (inside(CALENDAR_BOX)) return { kind: 'area', id: 'calendar' };
  return null;
}

/** Listen on the canvas while the scene runs; `root` is the scaled container of the board. */
export function listenForPicks(scene: Phaser.Scene, root: Phaser.GameObjects.Container): void {
  const canvas = scene.game.canvas;
  const toBoard = (e: PointerEvent) => {
    const rect = canvas.getBoundingClientRect();
    const sx = canvas.width / rect.width;
    const sy = canvas.height / rect.height;
    return pickAt(
      ((e.clientX - rect.left) * sx - root.x) / root.scaleX,
      ((e.clientY - rect.top) * sy - root.y) / root.scaleY,
    );
  };
  const down = (e: PointerEvent) => {
    if (e.target !== canvas || e.button !== 0) return;
    const pick = toBoard(e);
    if (pick) bus.emit('board.pick', pick);
  };
  const move = (e: PointerEvent) => {
    canvas.style.cursor = toBoard(e) ? 'pointer' : 'default';
  };
  canvas.addEventListener('pointerdown', down);
  canvas.addEventListener('pointermove', move);
  scene.events.once('shutdown', () => {
    canvas.removeEventListener('pointerdown', down);
    canvas.removeEventListener('pointermove', move);
    canvas.style.cursor = 'default';
  });
}
