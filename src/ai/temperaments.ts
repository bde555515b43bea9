// Each contender's temperament as data, drawn from the historical record (GAME.md, Opponents).
import type { ContenderId } from '../sim/ids.ts';

export interface Temperament {
  /** One sentence a player can read. */
  description: string;
  /** 0..1 each. */
  ambition: number;
  caution: number;
  loyalty: number;
  organisation: number;
  oratory: number;
  /** Willingness to build a faction (publish a platform) against the ban on factions. */
  factionalism: number;
  aggression: number;
  /** How much the two great questions matter to them (vs. pure tactics). */
  ideology: number;
  /** Too proud to confess errors (0..1): Trotsky would not crawl as Zinoviev and Kamenev did. */
  pride: number;
  /** How much old grudges and friendships steer them (1 = fully; a cool strategist less). */
  grudges: number;
}

export const TEMPERAMENTS: Record<ContenderId, Temperament> = {
  stalin: {
    description:
      'Patient and apparatus-minded: he builds his network post by post and sides with whoever is strongest against whoever leads.',
    ambition: 0.95,
    caution: 0.8,
    loyalty: 0.15,
    organisation: 1,
    oratory: 0.2,
    factionalism: 0,
    aggression: 0.45,
    ideology: 0.15,
    pride: 0.3,
    grudges: 1,
  },
  trotsky: {
    description:
      'Proud and brilliant in debate, often ill, and reluctant to organise a faction until he is pushed into a corner.',
    ambition: 0.55,
    caution: 0.3,
    loyalty: 0.5,
    organisation: 0.2,
    oratory: 1,
    factionalism: 0.15,
    aggression: 0.35,
    ideology: 0.9,
    pride: 0.8,
    grudges: 1,
  },
  zinoviev: {
    description:
      'Ambitious and vacillating, with a loyal base in Petrograd (Leningrad from 1924); bold when winning, quick to give way when losing.',
    ambition: 0.9,
    caution: 0.3,
    loyalty: 0.55,
    organisation: 0.6,
    oratory: 0.7,
    factionalism: 0.55,
    aggression: 0.75,
    ideology: 0.45,
    pride: 0.1,
    grudges: 1,
  },
  kamenev: {
    description:
      'Cautious and conciliatory, with a base in Moscow; follows Zinoviev and prefers a compromise to a fight.',
    ambition: 0.5,
    caution: 0.8,
    loyalty: 0.85,
    organisation: 0.5,
    oratory: 0.5,
    factionalism: 0.35,
    aggression: 0.3,
    ideology: 0.4,
    pride: 0.1,
    grudges: 1,
  },
  bukharin: {
    description:
      'The theorist with the press: argues for the NEP in print, trusts his colleagues too long, and has few men in the apparatus.',
    ambition: 0.4,
    caution: 0.5,
    loyalty: 0.65,
    organisation: 0.2,
    oratory: 0.8,
    factionalism: 0.2,
    aggression: 0.4,
    ideology: 0.8,
    pride: 0.3,
    grudges: 1,
  },
  rykov: {
    description:
      'The government\u2019s practical manager: defends the NEP and the peasants, dislikes faction fights.',
    ambition: 0.3,
    caution: 0.75,
    loyalty: 0.75,
    organisation: 0.5,
    oratory: 0.3,
    factionalism: 0.15,
    aggression: 0.2,
    ideology: 0.7,
    pride: 0.4,
    grudges: 1,
  },
  tomsky: {
    description:
      'The trade unions\u2019 leader: speaks for the workers, defends the NEP, stands by Rykov and Bukharin.',
    ambition: 0.3,
    caution: 0.6,
    loyalty: 0.75,
    organisation: 0.4,
    oratory: 0.5,
    factionalism: 0.25,
    aggression: 0.3,
    ideology: 0.7,
    pride: 0.5,
    grudges: 1,
  },
};
