// The replay file: { formatVersion, scenario, seed, options, actions[] }. Re-applying it runs
// the same machine as play (src/machine/replay.ts), with every seat moved by the file, no AI:
// a replay stays valid when the AI is tuned, but not when the rules change, so it names the
// rules it was made under.
import type { Action, GameOptions } from './types.ts';

/**
 * The version of the rules. Raise it whenever a change makes an old replay play out
 * differently (the golden replay's hash changes): old replays then get a message naming
 * both versions instead of a wrong game.
 *   1 — the first rules (Foundation to the browser game).
 *   2 — the machine owns the turn order; the quarter opens when the game starts.
 *   3 — the opposition's openings (issue 8): removal only after open factional work, the
 *       truce after recanting, the Secretariat elected by each new Central Committee,
 *       waverers and the court action, open debate at congresses, supremacy needs a
 *       Politburo majority; estimates fixed until new information arrives.
 *   4 — switches that matter (issue 8): a `truce` effect for events; the what-ifs act through
 *       the rules (the Testament's Orgburo answer, the funeral's truce, the calm summer of
 *       1927, the 1928 bloc), and the Testament event's new answer can change all-AI games.
 *   5 — on the party line an ally's motion is weighed on its merits (an alliance inclines a
 *       man to back it by 5, not 35): the Politburo's votes on the line follow its members'
 *       views. Courting has limits: a waverer whose views lie more than 60 from a suitor's
 *       cannot be won by him, and one won back by his patron is out of others' reach for two
 *       quarters. Kalinin follows Stalin from 1926 (he joined the Politburo on his majority).
 *       A recantation withdraws a censure already tabled against him this quarter, and cannot
 *       be repeated while its truce lasts.
 *   6 — a waverer won over by a suitor keeps his word to the end of the quarter (his patron
 *       can win him back only from the next one); the AI patron values a win-back more when
 *       his Politburo majority hangs on it, and a strategist courts in earnest in the last
 *       year. Play-test fixes (issue 8): a platform is signed only by allies in opposition
 *       with its author (not one who runs the Secretariat or the Orgburo, nor one more than 60
 *       from his economic views). When the General Secretary signed a platform, its
 *       condemnation is tabled by the strongest rival hostile to its leader, never by the
 *       player's seat. The chronicle puts regions in sentences ("in the Urals"). The
 *       no-war-scare switch's calm summer makes Kalinin and Voroshilov Rykov's clients.
 *   7 — while Lenin lives, the General Secretaryship is moved only by a new Central
 *       Committee (the quarter after a congress), never by a vote on a holder under a cloud.
 *   8 — a Politburo vote on a proposal (a removal, a condemnation, the great turn) that splits
 *       evenly leaves the milder course standing (EventChoice.ifTied); Rykov and Tomsky,
 *       played by their temperaments, vote against the great turn while the Right has not
 *       been stripped of its posts (EventOption.castOnlyOnceBeaten).
 *   9 — the April 1929 plenum comes wherever the Right was condemned in November 1928 and
 *       Stalin runs the Secretariat, and takes from Bukharin and Tomsky only the strongholds
 *       they still hold (a post effect's `takenFrom`); it used to need Bukharin to hold
 *       Pravda and the Comintern and Tomsky the unions, and so came in 2 games in 100.
 *       After a compromise in November 1928 it comes too if Kamenev's notes of Bukharin's
 *       secret talk have leaked (the joint sessions of January–February 1929).
 *  10 — Kalinin, promoted to the full Politburo by Stalin's majority in January 1926, becomes
 *       Stalin's client there (as the later scenarios, which start from the record, have
 *       him); in the full game he used to stay nobody's man to the end. Nobody is signed up
 *       to a platform: its author publishes it alone, and each ally may add his name
 *       (sign_platform, no action point) the quarter it appears or the next, unless a truce
 *       from his own confession still lasts; before, every ally in reach signed with him.
 *  11 — a recantation's truce also bars motions to drop the man from the Central Committee
 *       or expel him from the party (not removal from the Politburo); the opposition's
 *       statement of October 1926 buys its signers a truce of four quarters.
 */
export const RULES_VERSION = 11;

export interface Replay {
  formatVersion: 1;
  kind: 'heirs-replay';
  /** The rules the replay was made under; files from before the field existed are version 1. */
  rulesVersion?: number;
  scenario: string;
  seed: string;
  options: GameOptions;
  actions: Action[];
  finalStateHash?: string;
}
