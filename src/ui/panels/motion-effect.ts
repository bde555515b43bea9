// What a motion does if it passes, in words. The rules' preview of a motion says only what
// tabling it costs and what a defeat costs its proposer, so a student voting on "Censure
// Trotsky for factionalism" could not tell what the censure would do to him. Words, not the
// rules' numbers: those are shown where they are applied (the result, the summary).
import { postName } from '../../content/people.ts';
import type { ContenderId, PersonId } from '../../sim/ids.ts';
import { nameOf } from '../../sim/query.ts';
import type { MotionSpec } from '../../sim/types.ts';

/** "If it passes: …", addressed to `me` when the motion is about him. */
export function ifPassedWords(spec: MotionSpec, quarter: number, me: ContenderId): string {
  const you = (c: PersonId) => c === me;
  const name = (c: PersonId) => (you(c) ? 'you' : nameOf(c));
  const lead = 'If it passes: ';
  switch (spec.kind) {
    case 'line':
      if (spec.axis === 'economy')
        return `${lead}the party line on the economy moves one step ${spec.direction < 0 ? 'Left, towards faster industrialisation' : 'Right, towards keeping the NEP'}.`;
      return `${lead}the party line moves one step towards ${spec.direction < 0 ? 'world revolution' : 'Socialism in One Country'}.`;
    case 'transfer_post':
      return `${lead}${you(spec.to) ? 'you become' : `${nameOf(spec.to)} becomes`} ${postName(spec.post, quarter)} at once.`;
    case 'censure':
      return you(spec.target)
        ? `${lead}you lose prestige and your heat rises: the charge of factionalism, which can later cost you your posts and your seat.`
        : `${lead}${nameOf(spec.target)} loses prestige and his heat rises: the charge of factionalism, which can later cost him his posts and his seat.`;
    case 'remove_politburo':
      return `${lead}${name(spec.target)} ${you(spec.target) ? 'lose your' : 'loses his'} seat in the Politburo, and prestige with it.`;
    case 'remove_cc':
      return `${lead}${name(spec.target)} ${you(spec.target) ? 'are' : 'is'} thrown out of the Central Committee and lose${you(spec.target) ? '' : 's'} every post.`;
    case 'expel':
      return `${lead}${name(spec.target)} ${you(spec.target) ? 'are' : 'is'} expelled from the party.`;
    case 'exile':
      return `${lead}${name(spec.target)} ${you(spec.target) ? 'are' : 'is'} sent into exile.`;
    case 'expand_politburo':
      return `${lead}${nameOf(spec.nominee)} becomes a full member of the Politburo, with a vote.`;
  }
}
