// npx tsx scripts/xstate-step-cost.ts — how many XState microsteps a headless game takes, and
// what one microstep costs on this machine with no game in it: a machine of two states that
// step to each other by eventless transitions, as the game's machine steps through a quarter's
// phases inside one event. (docs/balance.md, "The floor under the AI".)
import { assign, createActor, setup } from 'xstate';
import { findBuiltinScenario } from '../src/io/scenario.ts';
import { gameMachine } from '../src/machine/game-machine.ts';

const scenario = findBuiltinScenario('1922-full');
if (!scenario.ok) throw new Error(scenario.error.what);
const GAMES = 10;
let microsteps = 0;
let events = 0;
for (let i = 0; i < GAMES; i++) {
  const actor = createActor(gameMachine, {
    input: {
      scenario: scenario.value,
      seed: `steps-${i}`,
      options: { difficulty: 'historical', whatifs: [], faction: null },
      human: null,
    },
    inspect: (e) => {
      if (e.type === '@xstate.microstep') microsteps += 1;
      if (e.type === '@xstate.event') events += 1;
    },
  });
  actor.start();
  actor.stop();
}
console.log(
  `an all-AI game of 1922-full: ${(microsteps / GAMES).toFixed(0)} microsteps and ${(events / GAMES).toFixed(0)} event(s) on average over ${GAMES} games`,
);

function steppingMachine(steps: number) {
  return setup({
    types: { context: {} as { n: number } },
    actions: { step: assign({ n: ({ context }) => context.n + 1 }) },
  }).createMachine({
    context: { n: 0 },
    initial: 'a',
    states: {
      a: {
        always: [
          { guard: ({ context }) => context.n >= steps, target: 'done' },
          { target: 'b', actions: 'step' },
        ],
      },
      b: { always: [{ target: 'a', actions: 'step' }] },
      done: { type: 'final' },
    },
  });
}

const RUNS = 100;
const perGame = Math.round(microsteps / GAMES);
const msPerRun: Record<number, number> = {};
// As many steps as a game takes, and 100 and 2,000 to show the cost grows with the steps.
for (const steps of [100, perGame, 2000]) {
  const machine = steppingMachine(steps);
  // Warm the JIT first: the first runs of any code are the slowest.
  for (let i = 0; i < 20; i++) createActor(machine).start().stop();
  const c0 = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) createActor(machine).start().stop();
  const used = process.cpuUsage(c0);
  const micros = (used.user + used.system) / RUNS;
  msPerRun[steps] = micros / 1000;
  console.log(
    `${String(steps).padStart(4)} microsteps: ${(micros / 1000).toFixed(2)} ms of CPU a run, ${(micros / steps).toFixed(1)} µs a microstep`,
  );
}
// A straight line through the shortest and the longest run: what each further step costs, and
// what a run costs before its first step (creating and starting the actor).
const perStep = ((msPerRun[2000] - msPerRun[100]) / 1900) * 1000;
console.log(
  `each further microstep ${perStep.toFixed(1)} µs; a run before its first step ${(msPerRun[100] - (perStep * 100) / 1000).toFixed(2)} ms`,
);
