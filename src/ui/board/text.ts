// Text on the canvas: one place for fonts and sizes, so the board reads the same everywhere.
import type Phaser from 'phaser';
import { FONT, FONT_BOLD, TEXT_RES } from './layout.ts';
import { INK } from './palette.ts';

export interface TextOptions {
  size?: number;
  bold?: boolean;
  colour?: string;
  wrap?: number;
  align?: 'left' | 'center' | 'right';
  originX?: number;
  originY?: number;
  condensed?: boolean;
}

/**
 * Font metrics per font, size and weight. Phaser measures them for every new Text by drawing
 * to a canvas and reading its pixels back; the board has ~250 labels in a handful of fonts.
 */
const METRICS = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

export function label(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  o: TextOptions = {},
): Phaser.GameObjects.Text {
  const fontFamily = o.condensed === false || o.bold ? FONT_BOLD : FONT;
  const fontSize = `${o.size ?? 14}px`;
  const fontStyle = o.bold ? 'bold' : 'normal';
  const key = `${fontFamily}|${fontSize}|${fontStyle}`;
  const t = scene.add.text(x, y, text, {
    fontFamily,
    fontSize,
    fontStyle,
    metrics: METRICS.get(key),
    color: o.colour ?? INK,
    align: o.align ?? 'left',
    resolution: TEXT_RES,
    wordWrap: o.wrap ? { width: o.wrap, useAdvancedWrap: true } : undefined,
  });
  t.setOrigin(o.originX ?? 0, o.originY ?? 0);
  if (!METRICS.has(key)) METRICS.set(key, t.getTextMetrics());
  return t;
}

/** A section heading in poster style: capitals on a red underline. */
export function heading(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  width: number,
): Phaser.GameObjects.Container {
  const c = scene.add.container(x, y);
  const g = scene.add.graphics();
  g.fillStyle(0xb3201c, 1);
  g.fillRect(0, 18, width, 3);
  c.add([g, label(scene, 0, 0, text.toUpperCase(), { size: 14, bold: true })]);
  return c;
}
