// What the title screen can make of a class link: the scenario, contender and switches it asks
// for when they exist, and otherwise what is shown instead, said in words (with a did-you-mean).
import type { ScenarioData } from '../../content/types.ts';
import { didYouMean } from '../../io/result.ts';
import type { ContenderId } from '../../sim/ids.ts';
import type { LinkSetup } from './link.ts';

export interface LinkChoice {
  scenario: ScenarioData;
  faction: ContenderId;
  whatifs: string[];
  notes: string[];
}

export function chooseFromLink(
  scenarios: readonly ScenarioData[],
  link: LinkSetup,
  current: { scenario: ScenarioData; faction: ContenderId },
): LinkChoice {
  const notes: string[] = [];
  let scenario = current.scenario;
  const asked = scenarios.find((s) => s.id === link.scenario);
  if (asked) scenario = asked;
  else if (link.scenario)
    notes.push(
      `The link asks for a scenario called \u201c${link.scenario}\u201d${didYouMean(
        link.scenario,
        scenarios.map((s) => s.id),
      )}, which this game does not have. Showing \u201c${scenario.title}\u201d instead.`,
    );
  let faction = current.faction;
  if (link.faction && scenario.playable.includes(link.faction)) faction = link.faction;
  else if (link.faction)
    notes.push(`${link.faction} cannot be played in \u201c${scenario.title}\u201d.`);
  if (!scenario.playable.includes(faction)) faction = scenario.playable[0];
  const known = scenario.whatifs.map((w) => w.id);
  const whatifs: string[] = [];
  for (const w of link.whatifs) {
    if (known.includes(w)) whatifs.push(w);
    else
      notes.push(
        `\u201c${scenario.title}\u201d has no what-if switch called \u201c${w}\u201d${didYouMean(w, known)}.`,
      );
  }
  return { scenario, faction, whatifs, notes };
}
