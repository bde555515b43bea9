// Who is who: names, abilities the rules use, and one-line pitches. Biographies live in bios.ts.
import type { ContenderId, FigureId, PostId, RegionId } from '../sim/ids.ts';
import type { ContenderInfo, FigureInfo } from './types.ts';

export const CONTENDER_INFO: Record<ContenderId, ContenderInfo> = {
  stalin: {
    id: 'stalin',
    name: 'Stalin',
    fullName: 'Joseph Stalin',
    born: 1878,
    died: 1953,
    pitch: 'The quiet organiser: he controls who gets which job in the party.',
    seatDifficulty: 1,
    colour: '#b22222',
    oratory: 35,
    organisation: 95,
    frailty: 0.02,
    profile: 20,
  },
  trotsky: {
    id: 'trotsky',
    name: 'Trotsky',
    fullName: 'Leon Trotsky',
    born: 1879,
    died: 1940,
    pitch: 'Hero of the Civil War and the best speaker in the party, but many fear him.',
    seatDifficulty: 4,
    colour: '#1f5fa8',
    oratory: 95,
    organisation: 50,
    frailty: 0.12,
    profile: 80,
  },
  zinoviev: {
    id: 'zinoviev',
    name: 'Zinoviev',
    fullName: 'Grigory Zinoviev',
    born: 1883,
    died: 1936,
    pitch:
      'Party boss of Petrograd (Leningrad from 1924) and head of the Comintern: ambitious, but wavers under pressure.',
    seatDifficulty: 4,
    colour: '#6a3d9a',
    oratory: 75,
    organisation: 60,
    frailty: 0.04,
    profile: 65,
  },
  kamenev: {
    id: 'kamenev',
    name: 'Kamenev',
    fullName: 'Lev Kamenev',
    born: 1883,
    died: 1936,
    pitch:
      'Chairs the Moscow Soviet and the Politburo when Lenin is away: careful, clever and seldom bold.',
    seatDifficulty: 4,
    colour: '#d9822b',
    oratory: 60,
    organisation: 60,
    frailty: 0.03,
    profile: 50,
  },
  bukharin: {
    id: 'bukharin',
    name: 'Bukharin',
    fullName: 'Nikolai Bukharin',
    born: 1888,
    died: 1938,
    pitch: "The party's favourite theorist and editor of Pravda, champion of the NEP.",
    seatDifficulty: 3,
    colour: '#2e8b57',
    oratory: 70,
    organisation: 40,
    frailty: 0.03,
    profile: 55,
  },
  rykov: {
    id: 'rykov',
    name: 'Rykov',
    fullName: 'Alexei Rykov',
    born: 1881,
    died: 1938,
    pitch: 'The practical manager of the economy, head of government after Lenin.',
    seatDifficulty: 4,
    colour: '#8b6914',
    oratory: 45,
    organisation: 65,
    frailty: 0.03,
    profile: 35,
  },
  tomsky: {
    id: 'tomsky',
    name: 'Tomsky',
    fullName: 'Mikhail Tomsky',
    born: 1880,
    died: 1936,
    pitch: 'Leader of the trade unions, a genuine worker who speaks for the factories.',
    seatDifficulty: 5,
    colour: '#5f7f8f',
    oratory: 50,
    organisation: 55,
    frailty: 0.03,
    profile: 40,
  },
};

export const FIGURE_INFO: Record<FigureId, FigureInfo> = {
  lenin: { id: 'lenin', name: 'Lenin', role: 'Founder of the Bolshevik state, gravely ill' },
  molotov: { id: 'molotov', name: 'Molotov', role: "Party secretary, Stalin's closest aide" },
  kalinin: {
    id: 'kalinin',
    name: 'Kalinin',
    role: 'Head of state, the peasant face of the regime',
    views: {
      economy: 50,
      independence: 0.6,
      why: 'A former peasant and the villages’ man in the leadership: he disliked squeezing the peasants for grain.',
    },
  },
  voroshilov: {
    id: 'voroshilov',
    name: 'Voroshilov',
    role: "Army commander, Stalin's friend",
    views: {
      economy: 25,
      independence: 0.4,
      why: 'Stalin’s friend, but his soldiers were peasants’ sons: in 1928 he worried about forcing grain from the villages.',
    },
  },
  rudzutak: {
    id: 'rudzutak',
    name: 'Rudzutak',
    role: 'Party secretary, later railways commissar',
    views: {
      economy: 20,
      independence: 0.35,
      why: 'A quiet organiser who kept his own counsel, and leaned towards a careful pace.',
    },
  },
  kuibyshev: {
    id: 'kuibyshev',
    name: 'Kuibyshev',
    role: 'Head of the Control Commission, planner',
    views: {
      economy: -40,
      independence: 0.3,
      why: 'Head of industry from 1926 and a planner: he wanted factories built fast.',
    },
  },
  dzerzhinsky: { id: 'dzerzhinsky', name: 'Dzerzhinsky', role: 'Head of the secret police' },
  frunze: { id: 'frunze', name: 'Frunze', role: 'Civil War commander' },
  sokolnikov: { id: 'sokolnikov', name: 'Sokolnikov', role: 'Commissar of Finance' },
  kirov: { id: 'kirov', name: 'Kirov', role: 'Party boss of Azerbaijan, later of Leningrad' },
  uglanov: { id: 'uglanov', name: 'Uglanov', role: 'Moscow party secretary from 1924' },
  ordzhonikidze: {
    id: 'ordzhonikidze',
    name: 'Ordzhonikidze',
    role: 'Party boss of the Caucasus',
    views: {
      economy: -20,
      independence: 0.35,
      why: 'Hot-tempered and loyal to friends rather than to a line; later the champion of heavy industry.',
    },
  },
  mikoyan: { id: 'mikoyan', name: 'Mikoyan', role: 'Party organiser, later Commissar of Trade' },
  kaganovich: {
    id: 'kaganovich',
    name: 'Kaganovich',
    role: 'Head of the Orgburo staff, later Ukraine',
  },
  yevdokimov: {
    id: 'yevdokimov',
    name: 'Yevdokimov',
    role: "Zinoviev's man in the Petrograd (later Leningrad) party",
  },
  tsiurupa: { id: 'tsiurupa', name: 'Tsiurupa', role: 'Deputy head of government, Rabkrin chief' },
  krupskaya: { id: 'krupskaya', name: 'Krupskaya', role: "Lenin's widow, a veteran Bolshevik" },
};

export const POST_INFO: Record<PostId, { name: string; power: string }> = {
  general_secretary: {
    name: 'General Secretary',
    power: 'Appoint secretaries in any region; +1 action point; the Central Committee confirms it.',
  },
  orgburo: {
    name: 'Orgburo',
    power: 'Appoint secretaries in any region; see rivals\u2019 networks better.',
  },
  rabkrin: {
    name: 'Rabkrin (Inspection)',
    power: 'Inspect: see rivals\u2019 networks far better; denouncing is surer.',
  },
  war_commissar: {
    name: 'Commissar of War',
    power:
      'Command of the Red Army\u2019s party cells and prestige, but rivals fear a \u201cBonaparte\u201d.',
  },
  leningrad_party: {
    // Before 26 January 1924 the city was Petrograd: show this name through postName().
    name: 'Leningrad party chief',
    power: 'Appoint secretaries in the city; speak there with force.',
  },
  moscow_party: {
    name: 'Moscow party chief',
    power: 'Appoint secretaries in Moscow; speak there with force.',
  },
  pravda: {
    name: 'Editor of Pravda',
    power: 'Publishing reaches every region and moves more minds.',
  },
  comintern: {
    name: 'Chair of the Comintern',
    power: 'Prestige abroad; pull the party towards world revolution.',
  },
  sovnarkom: {
    name: 'Chair of Sovnarkom',
    power: 'Run the government: +1 action point; policy motions weigh more.',
  },
  trade_unions: {
    name: 'Head of the trade unions',
    power: 'The workers listen: speeches move town moods more.',
  },
};

export const REGION_INFO: Record<RegionId, { name: string; short: string }> = {
  moscow: { name: 'Moscow', short: 'MOS' },
  // Petrograd until 26 January 1924: show this name through regionName().
  leningrad: { name: 'Leningrad', short: 'LEN' },
  ukraine: { name: 'Ukraine', short: 'UKR' },
  urals: { name: 'Urals', short: 'URA' },
  siberia: { name: 'Siberia', short: 'SIB' },
  volga: { name: 'Volga', short: 'VOL' },
  black_earth: { name: 'Central Black Earth', short: 'CBE' },
  transcaucasia: { name: 'Transcaucasia', short: 'TRC' },
  central_asia: { name: 'Central Asia', short: 'CAS' },
  red_army: { name: 'Red Army cells', short: 'ARM' },
};

// Names that changed during the game's years. Petrograd became Leningrad on 26 January 1924,
// five days after Lenin died, so a name shown for a date must be the name in force then. The
// region and post ids stay 'leningrad' throughout. Content imports nothing but types, so the
// quarter arithmetic of src/sim/calendar.ts is repeated here (year * 4 + quarter - 1).

/** The day the Second Congress of Soviets renamed Petrograd after Lenin. */
export const LENINGRAD_RENAMED = '1924-01-26';

/**
 * Turns are quarters. The renaming falls in the first quarter of 1924, the quarter in which
 * Lenin dies and the `petrograd_renamed` event fires, so from that quarter on the game says
 * Leningrad.
 */
const RENAMED_QUARTER = 1924 * 4;

/** The city's name in a game quarter. */
export function cityName(quarter: number): 'Petrograd' | 'Leningrad' {
  return quarter >= RENAMED_QUARTER ? 'Leningrad' : 'Petrograd';
}

/** The city's name on a date of the record ('YYYY-MM' or 'YYYY-MM-DD'), exact to the day. */
export function cityNameOn(date: string): 'Petrograd' | 'Leningrad' {
  if (date.length >= 10) return date.slice(0, 10) >= LENINGRAD_RENAMED ? 'Leningrad' : 'Petrograd';
  // A month alone: January 1924 was mostly Petrograd.
  return date.slice(0, 7) >= '1924-02' ? 'Leningrad' : 'Petrograd';
}

/** A region's name in a game quarter. */
export function regionName(region: RegionId, quarter: number): string {
  return region === 'leningrad' ? cityName(quarter) : REGION_INFO[region].name;
}

/**
 * A region's name as a sentence puts it after "in": some names want "the" (the Urals), and two
 * are not places on their own (the Volga is a river; the army's party is its cells).
 */
const NAME_IN_SENTENCE: Partial<Record<RegionId, string>> = {
  urals: 'the Urals',
  volga: 'the Volga region',
  black_earth: 'the Central Black Earth region',
  red_army: 'the Red Army\u2019s cells',
};

/** A region's name after "in" in a game quarter: "in the Urals", "in Petrograd". */
export function regionInSentence(region: RegionId, quarter: number): string {
  return NAME_IN_SENTENCE[region] ?? regionName(region, quarter);
}

/** A region's three-letter label in a game quarter. */
export function regionShort(region: RegionId, quarter: number): string {
  if (region !== 'leningrad') return REGION_INFO[region].short;
  return cityName(quarter) === 'Leningrad' ? 'LEN' : 'PET';
}

/** A post's name in a game quarter: only the city's party chief changes. */
export function postName(post: PostId, quarter: number): string {
  return post === 'leningrad_party' ? `${cityName(quarter)} party chief` : POST_INFO[post].name;
}

/**
 * Politburo candidates of the record whom the game does not model (it has no seat for them).
 * Wherever a Politburo list is shown for a date, these names say that the list is partial.
 * Dates from the fact sheet's Politburo snapshots; Bauman and Syrtsov (1929, start unsure) are
 * left out.
 */
export const UNMODELLED_CANDIDATES: readonly { name: string; from: string; ref: string }[] = [
  { name: 'Petrovsky', from: '1926-01-01', ref: 'Fact sheet: politburo 1926-01.' },
  { name: 'Andreyev', from: '1926-07-23', ref: 'Fact sheet: politburo 1926-07 (day inferred).' },
  { name: 'Chubar', from: '1926-11-03', ref: 'Fact sheet: politburo 1926-11.' },
  { name: 'Kosior', from: '1927-12-19', ref: 'Fact sheet: politburo 1927-12.' },
];

/** The candidates not modelled on a date ('YYYY-MM' or 'YYYY-MM-DD'), in alphabetical order. */
export function unmodelledCandidates(date: string): string[] {
  return UNMODELLED_CANDIDATES.filter((c) => c.from.slice(0, date.length) <= date)
    .map((c) => c.name)
    .sort();
}

/** One line for a shown list of candidates: empty when the game's list is complete. */
export function partialListNote(date: string): string {
  const missing = unmodelledCandidates(date);
  if (missing.length === 0) return '';
  const names =
    missing.length === 1
      ? missing[0]
      : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
  return `(a partial list: in the record ${names} ${missing.length === 1 ? 'was also a candidate' : 'were also candidates'}, but the game does not model ${missing.length === 1 ? 'him' : 'them'})`;
}
