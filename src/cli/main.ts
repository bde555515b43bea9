// The `heirs` command: play, replay, lab, scenarios, events, inspect, validate.
// Exit codes: 0 success, 1 invalid input or replay mismatch, 2 usage error.
// Errors are one line on stderr, `heirs: <file>: <where>: <what>`, never a stack trace.
import { UsageError } from './args.ts';
import { labCommand, playCommand } from './game-commands.ts';
import { replayCommand } from './replay-command.ts';
import {
  eventsCommand,
  inspectCommand,
  scenariosCommand,
  validateCommand,
} from './info-commands.ts';
import { InputError, type Io } from './io.ts';

const HELP: Record<string, string> = {
  main: `heirs \u2014 Heirs of Lenin on the command line

Usage: heirs <command> [options]

Commands:
  play       play a whole game headless, every seat by its AI
  replay     re-apply a replay file (finished or not) and check its hashes
  lab        run a batch of seeded games and count the outcomes
  scenarios  list the built-in scenarios and their what-ifs
  events     print the historical calendar a scenario schedules
  inspect    print a scenario's start state (posts, Politburo)
  validate   check a scenario, replay or save file

Run 'heirs <command> --help' for a command's options.
Exit codes: 0 success, 1 invalid input or replay mismatch, 2 usage error.`,
  play: `Usage: heirs play --scenario <id|file> --seed <text> [options]

Plays a whole game headless. Every contender is played by its AI, the --faction seat too;
the faction is the seat whose fate the summary marks.

Options:
  --scenario <id|file>   a built-in scenario id (see 'heirs scenarios') or a scenario file
  --seed <text>          any text; the same seed gives the same game
  --faction <id>         stalin, trotsky, zinoviev, kamenev, bukharin, rykov or tomsky
  --difficulty <level>   easy, historical (default) or hard: how the AI plays
  --whatif <id>          switch on a what-if (repeatable)
  --replay-out <file>    write the game's replay file
  --json                 print one JSON object: scenario, seed, faction, turns, endDate,
                         winner, aimsMet, fates, scores, fallen, finalStateHash
                         (winner: the supreme leader, if any; aimsMet: those who reached
                         their own side's aims, a win short of supremacy)`,
  replay: `Usage: heirs replay <file> [--json] [--scenario <id|file>] [--parent <file>]

Re-applies every decision of a replay file through the rules (no AI involved) and checks
the state hashes it records: the one after its last decision, and the checkpoints at the start
of each quarter when the file has them. A finished game prints the same summary as
'heirs play'. An unfinished replay (the game so far, e.g. the browser's "Download the replay
so far") is checked to its last step and reported as unfinished: where the game stands and
who decides next. Exit code 1 names the first decision that does not reproduce the recorded
game (an illegal or out-of-turn decision, or a hash that differs).

A replay that was taken over from another (its "branchOf") is checked in both parts: its
first decisions against the hash of the part it shares with its parent, and the rest to its
end. --parent <file> also checks the parent itself and that it is the one the branch names.

Options:
  --json                 finished: the same JSON as 'heirs play --json'; unfinished: one
                         object: scenario, seed, faction, unfinished: true, decisions,
                         turn, date, phase, next (who decides, in which phase), contenders
                         (status, prestige, health, posts), branchOf, stateHash
  --scenario <id|file>   override the scenario the replay names
  --parent <file>        the replay this one branched from, to check it too`,
  lab: `Usage: heirs lab --scenario <id|file> --runs <n> --seed <text> [options]

Runs n seeded games (game i uses the seed '<seed>#i') and counts the outcomes.

Options:
  --faction <id>               the seat to drive with --faction-policy
  --faction-policy <policy>    challenger (default), planner (looks ahead: about 10 s a
                               game), adviser (makes the adviser's first move, as a
                               student who follows it would: about 20 s a game), random,
                               easy, historical or hard
  --difficulty <level>         easy, historical (default) or hard for the other seats
  --whatif <id>                switch on a what-if (repeatable)
  --json                       one JSON object: scenario, runs, seed, faction, whatif,
                               seconds, gamesPerSecond, winners, fates, firstToFall, meanScore,
                               falls (per contender, game by game: the month he left the
                               Politburo, or null)
A game is won by whoever becomes supreme, or by each side that reaches its own aims (shown
on the title screen; several sides can reach theirs), so 'winners' counts both.
A progress bar goes to stderr when it is a terminal.`,
  scenarios: `Usage: heirs scenarios [--json]

Lists the built-in scenarios: id, dates, playable contenders and what-if switches.`,
  events: `Usage: heirs events --scenario <id|file> [--json]

Prints the historical calendar the scenario schedules: events, congresses and conferences
with their dates in the historical record. JSON: [{ id, title, date, kind, note }].`,
  inspect: `Usage: heirs inspect --scenario <id|file> [--json]

Prints the scenario's start state. JSON: { date, posts, politburo: { full, candidates } }.`,
  validate: `Usage: heirs validate <file>

Says whether the file is a scenario, a replay or a saved game, and whether it is valid.
A replay is re-applied in full and its final hash checked.`,
};

type Command = (argv: string[], io: Io) => number;
const COMMANDS: Record<string, Command> = {
  play: playCommand,
  replay: replayCommand,
  lab: labCommand,
  scenarios: scenariosCommand,
  events: eventsCommand,
  inspect: inspectCommand,
  validate: validateCommand,
};

export function nodeIo(): Io {
  return {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
    progress: process.stderr.isTTY
      ? (text) => process.stderr.write(`\r${text}${text.includes('/') ? '' : '\n'}`)
      : undefined,
    now: () => performance.now(),
  };
}

export async function main(argv: string[], io: Io = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP.main);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(
      `heirs: unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(', ')}. Try 'heirs --help'.`,
    );
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(HELP[name]);
    return 0;
  }
  try {
    const code = command(rest, io);
    if (io.progress && name === 'lab') io.err('');
    return code;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`heirs ${name}: ${e.message}. Try 'heirs ${name} --help'.`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(`heirs: ${e.message}`);
      return 1;
    }
    // A bug, not bad input: still one line for the user, the detail only on request.
    const message = e instanceof Error ? e.message : String(e);
    io.err(`heirs: internal error: ${message} (please report it with the command you ran)`);
    if (process.env.HEIRS_DEBUG) io.err(e instanceof Error ? (e.stack ?? '') : '');
    return 1;
  }
}
