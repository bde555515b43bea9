// The board's design size and where each part sits. The scene scales this to the canvas.
export const BOARD_W = 840;
export const BOARD_H = 660;

export const FONT =
  '"DejaVu Sans Condensed", "Arial Narrow", "Liberation Sans Narrow", Arial, sans-serif';
export const FONT_BOLD = '"DejaVu Sans", Arial, sans-serif';

/** Text objects draw at twice the pixels, so they stay crisp when the board is scaled up. */
export const TEXT_RES = 2;

export const TABLE = { x: 0, y: 0, w: 560, h: 432, cx: 280, cy: 216, rx: 106, ry: 60 };
export const CARD = { w: 156, h: 126 };
/** Card centres around the table, in the order of CONTENDERS. */
export const SEAT_POS: readonly { x: number; y: number }[] = [
  { x: 178, y: 66 },
  { x: 382, y: 66 },
  { x: 482, y: 216 },
  { x: 450, y: 374 },
  { x: 280, y: 374 },
  { x: 110, y: 374 },
  { x: 78, y: 216 },
];

export const REGIONS_BOX = { x: 572, y: 0, w: 268, h: 432, rowH: 40, top: 28 };
export const TRACK_BOX = { x: 0, y: 442, w: 560, h: 140 };
export const GRAIN_BOX = { x: 572, y: 442, w: 268, h: 140 };
export const CALENDAR_BOX = { x: 0, y: 598, w: 840, h: 62 };
