// A notice of the quarter's moment (a Secretariat election, a Politburo vote ahead), as the
// move panel and "Board in words" show it: a title, then short lines a student can scan. One
// long paragraph pushed the actions below the fold (play-test, rules version 8).
export interface Notice {
  title: string;
  /** One idea per line: when, what is asked, how it stands, what the player can do. */
  lines: string[];
}
