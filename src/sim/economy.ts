// A small, readable economy: one harvest a year, one procurement season, one question —
// did the state get the grain the towns, the army and exports need?
import { currentQuarter, quarterNumber, yearOf } from './calendar.ts';
import { addLog } from './mutate.ts';
import { clamp, round1 } from './query.ts';
import { draw } from './rng.ts';
import type { GameState } from './types.ts';

/** Grain harvests in the record, million tonnes (approximate; Davies & Wheatcroft's range). */
const HISTORICAL_HARVEST: Record<number, number> = {
  1922: 50,
  1923: 56,
  1924: 51,
  1925: 72,
  1926: 77,
  1927: 72,
  1928: 73,
  1929: 72,
};

export const SHORTFALL_FLAG = 'grain_shortfall';

/** Share of the harvest the peasants sell to the state: price up, goods famine down. */
export function marketedShare(state: GameState): number {
  const eco = state.economy;
  return (
    0.155 *
    (0.6 + 0.4 * eco.procurementPrice) *
    (1 - eco.goodsFamine / 150) *
    (1 + eco.collectivised / 100)
  );
}

/**
 * What the towns, the army and exports need, million tonnes: the towns grow every year, and
 * industry draws more workers into them.
 */
export function grainNeeds(state: GameState): number {
  const year = yearOf(currentQuarter(state));
  return round1(4.5 + 0.6 * (year - 1922) + state.economy.investment / 10);
}

function harvestSeason(state: GameState): void {
  const eco = state.economy;
  const year = yearOf(currentQuarter(state));
  const base = HISTORICAL_HARVEST[year] ?? 72;
  const weather = 0.92 + draw(state) * 0.16; // ±8%: seeded weather
  const disruption =
    1 - eco.collectivised / 400 - (state.flags.includes('extraordinary_measures_used') ? 0.03 : 0);
  const bonus = state.flags.includes('good_harvest_1927') && year === 1927 ? 1.12 : 1;
  eco.harvest = round1(base * weather * disruption * bonus);
  addLog(state, {
    kind: 'economy',
    text: `Harvest of ${year}: ${eco.harvest} million tonnes of grain (${Math.round(weather * 100 - 100) >= 0 ? '+' : ''}${Math.round(weather * 100 - 100)}% weather against a normal year).`,
    cause: 'rule:harvest',
    outcome: { what: 'harvest', harvest: eco.harvest },
  });
}

function procurementSeason(state: GameState): void {
  const eco = state.economy;
  const year = yearOf(currentQuarter(state));
  // Industry competes with the villages for goods: from the mid-1920s the factories build
  // machines, not the cloth and boots the peasants want to buy (the goods famine).
  const drive = year >= 1926 ? 14 : -2;
  eco.goodsFamine = round1(clamp(eco.goodsFamine + (eco.investment - 20) / 2 + drive, 0, 100));
  // The state held its grain prices down to pay for industry (the 1926 price cut).
  if (year >= 1926)
    eco.procurementPrice = round1(Math.max(0.3, eco.procurementPrice - 0.04) * 100) / 100;
  // In a war scare peasants hoard: grain is safer in the barn than money in the bank.
  const hoarding = state.flags.includes('war_scare') ? 0.92 : 1;
  // A bumper year leaves the peasants more than they can eat: they sell the surplus.
  const surplus = state.flags.includes('good_harvest_1927') && year === 1927 ? 1.3 : 1;
  eco.procured = round1(eco.harvest * marketedShare(state) * hoarding * surplus);
  // The scare passes with the season that felt it.
  state.flags = state.flags.filter((f) => f !== 'war_scare');
  eco.needs = grainNeeds(state);
  const gap = eco.needs - eco.procured;
  if (gap > 0.5) {
    eco.unrest = round1(clamp(eco.unrest + gap * 6, 0, 100));
    if (!state.flags.includes(SHORTFALL_FLAG)) state.flags.push(SHORTFALL_FLAG);
    // A lasting record, for events that ask whether this year's grain fell short.
    state.flags.push(`shortfall_${year}`);
    addLog(state, {
      kind: 'economy',
      text: `Procurement shortfall: the state bought ${eco.procured} of the ${eco.needs} million tonnes it needs. Queues grow in the towns.`,
      cause: 'rule:procurement',
      outcome: { what: 'procurement', procured: eco.procured, needs: eco.needs, shortfall: true },
    });
  } else {
    eco.unrest = round1(clamp(eco.unrest - 8, 0, 100));
    addLog(state, {
      kind: 'economy',
      text: `Procurement: the state bought ${eco.procured} million tonnes against needs of ${eco.needs}.`,
      cause: 'rule:procurement',
      outcome: { what: 'procurement', procured: eco.procured, needs: eco.needs, shortfall: false },
    });
  }
  eco.rationing = eco.unrest >= 50;
}

/** End of a quarter: summer brings the harvest, autumn the procurement campaign. */
export function economyQuarter(state: GameState): void {
  const q = quarterNumber(currentQuarter(state));
  const eco = state.economy;
  // Investment follows the party line slowly: a Left line pours money into industry.
  const target = clamp(30 - state.partyLine.economy / 2, 10, 70);
  eco.investment = round1(eco.investment + clamp(target - eco.investment, -3, 3));
  if (q === 3) harvestSeason(state);
  if (q === 4) procurementSeason(state);
  if (q === 1) eco.unrest = round1(clamp(eco.unrest - 3, 0, 100));
}
