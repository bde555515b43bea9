// The conductor: which screen shows, the session's changes turned into board frames and panels,
// dialogs at the right moments, autosave. It holds no rules: decisions go to the machine.
import type Phaser from 'phaser';
import { builtinScenarios } from '../io/scenario.ts';
import type { ScenarioData } from '../content/types.ts';
import { bus } from './bus.ts';
import { byId, replaceChildren } from './dom.ts';
import { createPhaserGame, showScene } from './game.ts';
import { keepLoop, type LoopKeeper } from './loop.ts';
import { Prompts } from './prompts.ts';
import { buildBoardModel, type BoardModel } from './board/model.ts';
import { buildOverModel } from './board/over-model.ts';
import { loadSettings, saveSettings, type Settings } from './settings.ts';
import { parseLink } from './session/link.ts';
import { takeLabReplay } from './lab/handoff.ts';
import { rememberedName } from './session/student.ts';
import { openBriefingDialog } from './panels/briefing-dialog.ts';
import { showHandoff } from './panels/handoff.ts';
import {
  deleteSave,
  linkSlotKey,
  listSaves,
  newSlotKey,
  readRaw,
  readSaveAt,
  writeSave,
} from './session/saves.ts';
import { Session, type NewGameSetup } from './session/session.ts';
import { parseSave } from '../io/save.ts';
import { formatError } from '../io/result.ts';
import { eventPrompt } from './panels/event-dialog.ts';
import { MovePanel } from './panels/move-panel.ts';
import { ChroniclePanel } from './panels/chronicle-panel.ts';
import { renderBoardText } from './panels/board-text.ts';
import { Sidebar } from './panels/sidebar.ts';
import { Topbar } from './panels/topbar.ts';
import { openGlossary, openPeople } from './panels/refs.ts';
import { openPickDialog } from './panels/board-dialogs.ts';
import { CONTENDER_INFO } from '../content/people.ts';
import { openGameMenu, openSettings } from './panels/menu.ts';
import { TitleScreen } from './panels/title-screen.ts';
import { buildReportData, type FinishedGame } from './panels/report-data.ts';
import { renderReport } from './panels/report.ts';
import { loadGameFile } from './panels/files.ts';
import { stageOf, type GameEvent } from '../machine/game-machine.ts';
import { resultWords } from './session/results.ts';
import { TurnFeedback } from './session/turn-feedback.ts';
import { momentsBetween, openingMoments } from './session/moments.ts';
import { Viewer } from './viewer/viewer.ts';
import { openReplayFile, openTimeline, type Opened } from './viewer/open.ts';
import { toReplay } from '../lab/run-game.ts';
import type { Replay } from '../sim/replay.ts';
import type { ContenderId } from '../sim/ids.ts';
import { planInWorkers } from './adviser/workers.ts';

type Screen = 'boot' | 'title' | 'board' | 'over' | 'viewer' | 'handoff';

export class App {
  private game: Phaser.Game;
  private loop: LoopKeeper;
  private session: Session | null = null;
  private saveKey: string | null = null;
  private settings: Settings = loadSettings();
  private scenarios: ScenarioData[] = builtinScenarios();
  private title: TitleScreen;
  private topbar: Topbar;
  private sidebar: Sidebar;
  private move: MovePanel;
  private chronicle: ChroniclePanel;
  private model: BoardModel | null = null;
  private unsubscribe: (() => void) | null = null;
  private live = byId('live');
  private appEl = byId('app');
  /** Results, news and new votes between the player's decisions. */
  private feedback = new TurnFeedback();
  private prompts = new Prompts({
    session: () => this.session,
    model: () => this.model,
    live: this.live,
    send: (e) => this.sendMove(e),
  });

  constructor() {
    const link = parseLink(location.search, location.href);
    this.title = new TitleScreen(byId('title-screen'), this.scenarios, link, {
      start: (setup) => this.startNew(setup),
      continueSave: (key) => this.continueSave(key),
      deleteSave: (key) => {
        deleteSave(key);
        this.title.render(listSaves());
        this.title.say('Save deleted.', 'ok');
      },
      loadFile: (file) => void loadGameFile(file, this.fileHost()),
      watchFile: (file) => void this.watchFile(file),
      scenarioAdded: (s) => {
        this.scenarios = [...this.scenarios.filter((x) => x.id !== s.id), s];
      },
    });
    this.topbar = new Topbar(byId('topbar'), {
      glossary: () => openGlossary(),
      people: () => openPeople(),
      settings: () => openSettings(this.settings, (s) => this.applySettings(s)),
      menu: () => this.openMenu(),
      skip: () => bus.emit('board.skip', null),
      togglePanel: () => {
        const hidden = this.appEl.dataset.panel !== 'hidden';
        this.appEl.dataset.panel = hidden ? 'hidden' : '';
        this.refit();
        if (!hidden) this.move.focus();
        return hidden;
      },
    });
    this.sidebar = new Sidebar(byId('sidebar'));
    this.move = new MovePanel(this.sidebar.panels.move, {
      send: (e) => this.sendMove(e),
      openEvent: () => this.prompts.openEvent(true),
      openPause: () => this.prompts.openPause(true),
      adviceAsked: () => {
        if (!this.session) return;
        this.session.adviceAsked += 1;
        this.autosave();
      },
    });
    this.chronicle = new ChroniclePanel(this.sidebar.panels.chronicle);
    this.sidebar.onChange = () => this.renderSidebar();
    this.game = createPhaserGame(byId('stage'));
    this.loop = keepLoop(this.game);
    bus.on('assets.ready', () => {
      performance.mark('heirs:assets-ready');
      // A game the what-if lab sent to the viewer (checked in full, like any replay file).
      const fromLab = takeLabReplay();
      if (fromLab) {
        void this.watchFile(fromLab);
        return;
      }
      // A link with a mistake, or whose scenario is still on its way, shows the title first.
      this.briefNext = Boolean(link.play);
      if (!(link.play && (link.scenario || link.scenarioUrl) && this.title.autostart(link)))
        this.showTitle();
    });
    bus.on('board.pick', (pick) => {
      if (this.model && this.session) openPickDialog(this.model, this.session.context.game, pick);
    });
    bus.on('board.busy', (busy) => {
      document.body.dataset.animating = busy ? '1' : '';
      this.topbar.setBusy(busy);
    });
    bus.on('scene.ready', (scene) => {
      performance.mark(`heirs:${scene}-ready`);
      document.body.dataset.scene = scene;
      if (scene === 'Board') this.boardReady('scene');
    });
  }

  private setScreen(screen: Screen): void {
    this.appEl.dataset.screen = screen;
    byId('topbar').hidden = screen !== 'board';
    byId('sidebar').hidden = screen !== 'board';
    byId('title-screen').hidden = screen !== 'title';
    byId('over-screen').hidden = screen !== 'over';
    // Hot-seat: while the screen passes between players, the board is not shown at all.
    byId('stage').hidden = screen === 'handoff';
    if (screen !== 'handoff') document.getElementById('handoff-screen')?.remove();
    (document.querySelector('.skip-link') as HTMLElement | null)?.toggleAttribute(
      'hidden',
      screen !== 'board',
    );
    const stage = byId('stage');
    stage.setAttribute(
      'aria-label',
      screen === 'board'
        ? 'The board (a picture; every detail is also in the \u201cBoard in words\u201d tab)'
        : screen === 'over'
          ? 'Every contender\u2019s fate'
          : 'Poster',
    );
    this.refit();
  }

  /** RESIZE mode re-reads the canvas's box only every half second; re-fit now. */
  private refit(): void {
    requestAnimationFrame(() => {
      this.game.scale.getParentBounds();
      this.game.scale.refresh();
      this.loop.poke(300);
    });
  }

  showTitle(message?: string): void {
    this.detach();
    this.setScreen('title');
    showScene(this.game, 'Title');
    this.title.render(listSaves());
    if (message) this.title.say(message, 'error');
    (document.querySelector('.title-card h1') as HTMLElement | null)?.focus?.();
  }

  private startNew(setup: NewGameSetup): void {
    // A class link that skipped the title screen keeps one game per link: opening it again
    // continues that game; a new one shows its briefing as the first card.
    const brief = this.briefNext;
    this.briefNext = false;
    const linkKey = brief
      ? linkSlotKey({ ...setup, scenario: setup.scenario.id, whatifs: setup.whatifs })
      : null;
    const earlier = linkKey ? readSaveAt(linkKey) : null;
    if (linkKey && earlier && stageOf(earlier.snapshot.value) !== 'gameOver') {
      this.continueSave(linkKey);
      return;
    }
    const session = Session.start(setup, planInWorkers);
    performance.mark('heirs:session-started');
    this.attach(session, linkKey ?? newSlotKey(setup.seed), brief ? setup : null);
  }

  /** The next game started comes from a link with &play=1 (the title screen was skipped). */
  private briefNext = false;

  private continueSave(key: string): void {
    const raw = readRaw(key);
    const parsed = raw ? parseSave('saved game', raw) : null;
    if (!parsed || !parsed.ok) {
      this.title.say(
        `That saved game cannot be opened${parsed && !parsed.ok ? `: ${formatError(parsed.error)}` : ''}. It has been kept.`,
        'error',
      );
      return;
    }
    try {
      this.attach(Session.fromSave(parsed.value, planInWorkers), key);
    } catch (e) {
      this.showTitle(
        `That saved game cannot be opened: ${e instanceof Error ? e.message : String(e)}. It has been kept; you can download or delete it.`,
      );
    }
  }

  private fileHost() {
    return {
      scenarios: () => this.scenarios,
      say: (text: string, kind: 'ok' | 'error' | 'info') => this.title.say(text, kind),
      addScenario: (s: ScenarioData) => {
        this.scenarios = [...this.scenarios.filter((x) => x.id !== s.id), s];
        this.title.addScenario(s);
      },
      play: (session: Session, slotSeed: string) => {
        // A save file keeps its student; a replay taken over is played by whoever is here.
        session.student ||= rememberedName();
        this.attach(session, newSlotKey(slotSeed));
      },
      report: (finished: FinishedGame, scenario: ScenarioData) =>
        this.showGameOver(finished, scenario),
      watch: (replay: Replay, scenario: ScenarioData) =>
        this.watch(openTimeline(scenario, replay), () => this.showTitle()),
    };
  }

  private viewer: Viewer | null = null;

  private async watchFile(file: File): Promise<void> {
    this.title.say('Checking the replay\u2026', 'info');
    this.watch(await openReplayFile(file, this.scenarios), () => this.showTitle());
  }

  private watchFinished(finished: FinishedGame, scenario: ScenarioData): void {
    const replay = toReplay(finished.game, finished.actions, { notes: finished.notes });
    const opened = openTimeline(scenario, replay, finished.notes ?? null);
    this.watch(opened, () => this.showGameOver(finished, scenario), finished.human);
  }

  /** The replay viewer on a checked replay; "Leave" goes `back`. */
  private watch(opened: Opened, back: () => void, follow: ContenderId | null = null): void {
    if (!opened.ok) {
      this.showTitle(opened.message);
      return;
    }
    this.detach();
    this.setScreen('viewer');
    const viewer = new Viewer(opened.timeline, opened.title, follow, {
      leave: back,
      play: (session) => {
        session.student = rememberedName();
        this.attach(session, newSlotKey(session.context.game.seed));
      },
      refit: () => this.refit(),
    });
    this.viewer = viewer;
    showScene(this.game, 'Board');
    viewer.mount(this.appEl);
  }

  /** Start showing a session on the board. */
  attach(session: Session, key: string, briefing: NewGameSetup | null = null): void {
    this.detach();
    this.session = session;
    this.saveKey = key;
    // A `hard` rival's planned move is worked out in the planner's workers, the page free.
    session.planner = planInWorkers;
    session.onThinking = () => {
      if (this.session !== session) return;
      this.topbar.rivalsMoving();
      this.renderSidebar();
      // The player's move is kept even if the page closes while the rival thinks.
      this.autosave();
    };
    const ctx = session.context;
    this.model = buildBoardModel(ctx, session.human);
    this.prompts.reset(this.model);
    if (briefing)
      this.prompts.showFirst((done) =>
        openBriefingDialog(briefing.scenario, briefing.faction, done, (student) => {
          // The class link skipped the title screen: the card asked the name.
          if (this.session !== session || student === session.student) return;
          session.student = student;
          this.autosave();
        }),
      );
    this.move.result = null;
    this.feedback.start(ctx);
    if (session.stage === 'gameOver') {
      this.showGameOver(
        { ...ctx, student: session.student, adviceAsked: session.adviceAsked },
        this.scenarios.find((s) => s.id === ctx.game.scenario) ?? null,
      );
      return;
    }
    this.setScreen('board');
    bus.emit('board.frame', { model: this.model, newVotes: [], fresh: true });
    showScene(this.game, 'Board');
    this.unsubscribe = session.subscribe(() => this.refresh(false));
    // A rival who moves before the player's decision thinks now, the board already open.
    session.resume();
    this.refresh(true);
    this.boardReady('panels');
  }

  private readyParts = new Set<string>();

  /** The board is interactive once its scene is drawn and the panels show the first decision. */
  private boardReady(part: 'scene' | 'panels'): void {
    this.readyParts.add(part);
    if (this.readyParts.size === 2 && !document.body.dataset.boardReady) {
      performance.mark('heirs:board-interactive');
      document.body.dataset.boardReady = '1';
    }
  }

  private detach(): void {
    this.viewer?.close();
    this.viewer = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.prompts.close();
    this.session?.release();
    this.session = null;
  }

  private refresh(first: boolean): void {
    const session = this.session;
    if (!session) return;
    if (session.failure) {
      // Keep the last good autosave: it was written before this move.
      const message = session.failure;
      this.showTitle(
        `Something went wrong in the game\u2019s rules (${message}). Your game was saved just before that move: continue it below, or start a new one.`,
      );
      return;
    }
    // Hot-seat: another player at this screen must decide now: pass the screen first.
    const due = session.dueSeat;
    if (session.hotSeat && due && due !== session.human) {
      this.autosave();
      this.handOff(session, due);
      return;
    }
    const ctx = session.context;
    const model = buildBoardModel(ctx, session.human);
    const previous = this.model;
    this.model = model;
    const { sent, result, keepsResult } = this.feedback.settle(ctx, session.stage, session.human);
    if (sent) {
      this.move.result = result;
      this.prompts.lastResult = result;
      this.prompts.sayFirst = result ? resultWords(result) : null;
    } else if (!keepsResult) {
      // A result belongs to its quarter: the next quarter opens with the news instead.
      this.move.result = null;
    }
    // The first picture of a new game comes after its first events ran: their falls are
    // found against the board as the scenario set it, and come with the quarter's news.
    this.prompts.queueMoments(
      first ? openingMoments(session.opening, ctx, session.human) : momentsBetween(previous, model),
    );
    if (first) session.opening = null;
    this.move.news = this.feedback.news(ctx, session.stage, session.human);
    if (!first)
      bus.emit('board.frame', { model, newVotes: this.feedback.newVotes(ctx), fresh: false });
    const stage = session.stage;
    if (this.appEl.dataset.panel === 'hidden' && !first) {
      this.appEl.dataset.panel = '';
      this.topbar.panelShown();
      this.refit();
    }
    this.topbar.update(model, stage);
    // The game's start at `hard`: a rival still thinks before the player's first decision.
    if (session.thinking) this.topbar.rivalsMoving();
    this.renderSidebar();
    this.autosave(first);
    if (stage === 'gameOver') {
      this.prompts.afterAnimations(() =>
        this.showGameOver(
          {
            ...session.context,
            branchOf: session.branchOf,
            student: session.student,
            adviceAsked: session.adviceAsked,
          },
          this.scenarios.find((s) => s.id === ctx.game.scenario) ?? null,
        ),
      );
      return;
    }
    // After each decision the focus goes to its result (or "Your move"), unless a dialog takes it.
    if (!this.prompts.stageReached(stage, () => this.move.focus(result !== null)))
      this.move.focus(result !== null);
  }

  /**
   * Hot-seat: the screen passes to another player. Nothing of the last player's stays on it or
   * in the accessible text (his panels are emptied, the board hidden) until the next confirms.
   */
  private handOff(session: Session, next: ContenderId): void {
    const key = this.saveKey;
    this.detach();
    for (const panel of Object.values(this.sidebar.panels)) replaceChildren(panel);
    this.live.textContent = '';
    this.setScreen('handoff');
    const name = CONTENDER_INFO[next].name;
    showHandoff(this.appEl, name, () => {
      session.handTo(next);
      this.attach(session, key ?? newSlotKey(session.context.game.seed));
    });
    this.live.textContent = `Pass the screen to ${name}.`;
  }

  /** Send a decision of the player's, remembering the state before it to tell what it did. */
  private sendMove(e: GameEvent): void {
    const session = this.session;
    // While a rival thinks the game takes no move (nothing on screen offers one).
    if (!session || session.thinking) return;
    this.feedback.send(session.context, e);
    session.send(e);
  }

  private renderSidebar(): void {
    const session = this.session;
    if (!session || !this.model) return;
    const ctx = session.context;
    const prompt = session.stage === 'events' ? eventPrompt(ctx, session.human) : null;
    if (this.sidebar.current === 'move' && session.thinking)
      this.move.showThinking(session.thinking);
    else if (this.sidebar.current === 'move')
      this.move.render(ctx, session.stage, session.human, prompt?.title ?? null);
    if (this.sidebar.current === 'chronicle') this.chronicle.render(ctx, session.human);
    if (this.sidebar.current === 'words') renderBoardText(this.sidebar.panels.words, this.model);
  }

  private autosave(prune = false): void {
    if (!this.session || !this.saveKey) return;
    const problem = writeSave(this.saveKey, this.session.toSave(), prune);
    if (problem) this.live.textContent = problem;
  }

  private applySettings(s: Settings): void {
    this.settings = s;
    saveSettings(s);
    bus.emit('settings', s);
  }

  private openMenu(): void {
    if (this.session) openGameMenu(this.session, () => this.showTitle());
  }

  private showGameOver(finished: FinishedGame, scenario: ScenarioData | null): void {
    this.detach();
    const human = finished.human ?? 'trotsky';
    this.setScreen('over');
    bus.emit('over.model', buildOverModel(finished.game, human));
    showScene(this.game, 'GameOver');
    const data = buildReportData(finished, scenario?.title ?? finished.game.scenario, scenario);
    const root = byId('over-screen');
    renderReport(root, data, {
      newGame: () => this.showTitle(),
      watch: scenario ? () => this.watchFinished(finished, scenario) : undefined,
    });
    (root.querySelector('#report-title') as HTMLElement | null)?.focus();
    this.live.textContent = `The game is over. ${data.reason}`;
  }
}
