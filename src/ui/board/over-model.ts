// The fates the game-over scene draws (the raw state is allowed here: the game is over).
import { CONTENDER_INFO } from '../../content/people.ts';
import { CONTENDERS, type ContenderId, type Fate } from '../../sim/ids.ts';
import type { GameState } from '../../sim/types.ts';
import { MARK, colourOf } from './palette.ts';

export const FATE_LABEL: Record<Fate, string> = {
  supreme: 'Supreme leader',
  collective: 'Leader in a collective leadership',
  survived: 'Survived in the Politburo',
  sidelined: 'Sidelined',
  expelled: 'Expelled from the party',
  exiled: 'Exiled',
  dead: 'Died',
};

export interface OverModel {
  player: ContenderId;
  winner: ContenderId | null;
  reason: string;
  fates: {
    id: ContenderId;
    name: string;
    mark: string;
    colour: string;
    fate: Fate;
    label: string;
    score: number;
  }[];
}

export function buildOverModel(state: GameState, player: ContenderId): OverModel {
  const outcome = state.outcome;
  if (!outcome) throw new Error('buildOverModel: the game is not over');
  const fates = CONTENDERS.map((id) => ({
    id,
    name: CONTENDER_INFO[id].name,
    mark: MARK[id],
    colour: colourOf(id),
    fate: outcome.fates[id],
    label: FATE_LABEL[outcome.fates[id]],
    score: outcome.scores[id],
  })).sort((a, b) => b.score - a.score);
  return { player, winner: outcome.winner, reason: outcome.reason, fates };
}
