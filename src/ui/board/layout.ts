// The board's design size and where each part sits. The scene scales this to the canvas.
//
// Sized for a classroom projector: at 1024×768 the canvas beside the side panel is about
// 724×720, so a board 816 wide (832 with its margin) is drawn at ≈0.87, and the smallest text
// on it (MIN_TEXT, 14 px of design) shows at ≥ 12 px. The board is nearly square so that it
// uses the height a 4:3 screen has to spare (tests/browser/feedback.test.ts measures it).
export const BOARD_W = 816;
export const BOARD_H = 732;

/** The smallest font size on the board, in design pixels (≥ 12 px on screen at 1024×768). */
export const MIN_TEXT = 14;

export const FONT =
  '"DejaVu Sans Condensed", "Arial Narrow", "Liberation Sans Narrow", Arial, sans-serif';
export const FONT_BOLD = '"DejaVu Sans", Arial, sans-serif';

/** Text objects draw at twice the pixels, so they stay crisp when the board is scaled up. */
export const TEXT_RES = 2;

export const TABLE = { x: 0, y: 0, w: 548, h: 456, cx: 274, cy: 228, rx: 88, ry: 62 };
export const CARD = { w: 168, h: 138 };
/** Card centres around the table, in the order of CONTENDERS. */
export const SEAT_POS: readonly { x: number; y: number }[] = [
  { x: 182, y: 70 },
  { x: 366, y: 70 },
  { x: 464, y: 228 },
  { x: 454, y: 386 },
  { x: 274, y: 386 },
  { x: 94, y: 386 },
  { x: 84, y: 228 },
];

export const REGIONS_BOX = { x: 560, y: 0, w: 256, h: 456, rowH: 40, top: 48 };
export const TRACK_BOX = { x: 0, y: 466, w: 548, h: 190 };
export const GRAIN_BOX = { x: 560, y: 466, w: 256, h: 190 };
export const CALENDAR_BOX = { x: 0, y: 666, w: 816, h: 66 };
