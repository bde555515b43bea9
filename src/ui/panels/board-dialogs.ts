// What the board's pictures mean, one click away: a contender now (every number explained),
// the Politburo's seats, the Left–Right track, the grain gauge and the calendar.
import { partialListNote, POST_INFO } from '../../content/people.ts';
import { GATHERINGS } from '../../content/congresses.ts';
import { POSTS, type ContenderId } from '../../sim/ids.ts';
import { quarterLabel, quarterOf, quarterToYyyyMm } from '../../sim/calendar.ts';
import type { BoardArea, BoardPick } from '../bus.ts';
import type { GameState } from '../../sim/types.ts';
import type { BoardModel } from '../board/model.ts';
import { explainGrain } from '../board/grain.ts';
import { h, pct } from '../dom.ts';
import { button, openDialog } from './dialog.ts';
import { heatWords } from '../board/heat.ts';
import { linkify, openBio } from './refs.ts';
import { openRegionDialog } from './region-dialog.ts';

/** The dialog for what the player clicked on the board: a portrait, a region or an area. */
export function openPickDialog(model: BoardModel, game: GameState, pick: BoardPick): void {
  if (pick.kind === 'contender')
    openContenderDialog(
      model,
      pick.id,
      POSTS.filter((p) => game.posts[p] === pick.id),
    );
  else if (pick.kind === 'region') openRegionDialog(model, pick.id);
  else openAreaDialog(model, pick.id);
}

function lean(v: number): string {
  return v <= -15
    ? `Left (${Math.round(v)})`
    : v >= 15
      ? `Right (+${Math.round(v)})`
      : `centre (${Math.round(v)})`;
}

export function openContenderDialog(
  model: BoardModel,
  id: ContenderId,
  postsHeld: (typeof POSTS)[number][],
): void {
  const s = model.seats.find((x) => x.id === id);
  if (!s) return;
  const allies = model.alliances
    .filter((a) => a.a === id || a.b === id)
    .map((a) => {
      const other = a.a === id ? a.b : a.a;
      return `${model.seats.find((x) => x.id === other)?.name ?? other}${a.secret ? ' (secret)' : ''}`;
    });
  const row = (term: string, value: string, why: string) => [
    h('dt', null, term),
    h('dd', null, h('strong', null, value), ' \u2014 ', ...linkify(why, { people: false })),
  ];
  openDialog({
    title: `${s.name}${s.isViewer ? ' (you)' : ''}`,
    kicker: `${s.statusLabel} \u00b7 ${model.dateLabel}`,
    body: [
      h(
        'dl',
        { class: 'glossary-list' },
        ...row(
          'Posts',
          postsHeld.length ? postsHeld.map((p) => POST_INFO[p].name).join(', ') : 'none',
          postsHeld.length
            ? postsHeld.map((p) => POST_INFO[p].power).join(' ')
            : 'Without a post he cannot appoint anyone.',
        ),
        ...row(
          'Health',
          String(Math.round(s.health)),
          'Below 60 he may fall ill; below 35 he loses an action point. Resting restores it.',
        ),
        ...row(
          'Prestige',
          String(Math.round(s.prestige)),
          'How much the party admires him: it sways the uncommitted in votes and makes speeches land.',
        ),
        ...row(
          'Heat',
          heatWords(s),
          'How exposed he is to the charge of factionalism (the 1921 ban on factions). At 30 a vote can take a man\u2019s posts, at 50 the Central Committee can vote him out of the Politburo, at 60 out of the Central Committee, at 70 out of the party. Prestige above 50 shields him: each line moves up by half of it.',
        ),
        ...row(
          'Delegates',
          `${s.isViewer ? '' : 'about '}${pct(s.delegateShare)} (${Math.round(s.delegates)} of ${model.totalDelegates})`,
          s.isViewer
            ? 'Your own secretaries pick them: this number is exact.'
            : `Your estimate: his secretaries in each region may be off by \u00b1${model.estimateError}.`,
        ),
        ...row(
          'Position',
          `economy ${lean(s.economy)}, revolution ${lean(s.revolution)}`,
          'Left = industry fast and world revolution; Right = keep the NEP and Socialism in One Country.',
        ),
        ...row(
          'Allies you know of',
          allies.join(', ') || 'none',
          'Allies vote together and back each other against motions.',
        ),
      ),
    ],
    actions: [button('Biography', () => openBio(id))],
  });
}

export function openAreaDialog(model: BoardModel, area: BoardArea): void {
  switch (area) {
    case 'politburo': {
      const row = (seat: 'full' | 'candidate') =>
        model.politburo
          .filter((m) => m.seat === seat)
          .map((m) =>
            h('li', null, `${m.name} (${m.mark})`, m.standing ? ` \u2014 ${m.standing}` : ''),
          );
      // The game has no seat for some real candidates: the list says so.
      const partial = partialListNote(quarterToYyyyMm(model.quarter));
      openDialog({
        title: 'The Politburo',
        kicker: 'The table',
        body: [
          h(
            'p',
            null,
            ...linkify(
              'The party\u2019s inner circle. Full members sit on the near rim of the table and vote on every motion; candidates sit on the far rim and only speak. A token takes the colour of the leader the member votes with: clients vote as their patron does, unless another leader has won a waverer over.',
            ),
          ),
          h('p', null, model.politburoBalance),
          h('h3', null, 'Full members'),
          h('ul', null, ...row('full')),
          h('h3', null, 'Candidates'),
          h('ul', null, ...row('candidate')),
          ...(partial ? [h('p', { class: 'hint' }, partial)] : []),
        ],
      });
      return;
    }
    case 'track':
      openDialog({
        title: 'Left and Right',
        kicker: 'The two great questions',
        body: [
          h(
            'p',
            null,
            ...linkify(
              'The economy: the Left wanted to build industry fast and squeeze the peasants to pay for it; the Right wanted to keep the NEP and the peace with the peasants (the smychka).',
            ),
          ),
          h(
            'p',
            null,
            ...linkify(
              'The revolution: the Left (Permanent Revolution) said socialism could only survive if revolution spread abroad; the Right said Socialism in One Country could be built alone.',
            ),
          ),
          h(
            'p',
            null,
            `The red bar is the party line: economy ${lean(model.line.economy)}, revolution ${lean(model.line.revolution)}. Each token is a contender\u2019s own position. Motions move the line; speeches move the regions\u2019 moods towards the speaker.`,
          ),
        ],
      });
      return;
    case 'grain': {
      const e = model.economy;
      openDialog({
        title: 'Grain and the towns',
        kicker: 'The economy',
        body: [
          h('p', null, explainGrain(model)),
          h(
            'ul',
            null,
            h(
              'li',
              null,
              `Harvest: ${e.harvest} million tonnes this year (drawn each summer; the weather varies).`,
            ),
            h(
              'li',
              null,
              `Procured: ${e.procured} of the ${e.needs} million tonnes the towns, the army and exports need (the autumn campaign).`,
            ),
            h(
              'li',
              null,
              `Goods famine: ${Math.round(e.goodsFamine)}/100 \u2014 with little to buy, peasants hold back their grain.`,
            ),
            h(
              'li',
              null,
              `Unrest in the towns: ${Math.round(e.unrest)}/100${e.rationing ? ' \u2014 rationing is in force' : ''}.`,
            ),
            h(
              'li',
              null,
              `Investment in industry: ${Math.round(e.investment)}/100; collective farms: ${Math.round(e.collectivised)}% of households.`,
            ),
          ),
          h(
            'p',
            null,
            ...linkify(
              'A shortfall forces the Politburo to choose a grain policy: raise prices (the Right), extraordinary measures (Stalin), import grain, or collective farms.',
            ),
          ),
        ],
      });
      return;
    }
    case 'calendar':
      openDialog({
        title: 'The calendar',
        kicker: 'Congresses and conferences',
        body: [
          h('p', null, `Now: ${model.dateLabel}. One turn is a quarter of a year.`),
          h(
            'ul',
            null,
            ...GATHERINGS.filter(
              (g) =>
                quarterOf(g.date) >= model.startQuarter && quarterOf(g.date) <= model.endQuarter,
            ).map((g) =>
              h(
                'li',
                null,
                h('strong', null, `${quarterLabel(quarterOf(g.date))}: ${g.title}`),
                quarterOf(g.date) < model.quarter ? ' (held)' : '',
                ' \u2014 ',
                g.note,
              ),
            ),
          ),
          h(
            'p',
            { class: 'hint' },
            ...linkify(
              'Congresses elect the Central Committee and condemn platforms; conferences only condemn platforms.',
            ),
          ),
        ],
      });
      return;
  }
}
