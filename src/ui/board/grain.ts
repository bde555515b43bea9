// The grain gauge: what the state procured against what the towns, the army and exports need,
// the harvest, and unrest in the towns, each with a line in words.
import type Phaser from 'phaser';
import type { Animator } from './anim.ts';
import { GRAIN_BOX } from './layout.ts';
import type { BoardModel } from './model.ts';
import { INK, MUTED, RED, hexToInt } from './palette.ts';
import { heading, label } from './text.ts';

const BAR_X = 4;
const BAR_W = GRAIN_BOX.w - 8;

export class GrainView {
  private procured: Phaser.GameObjects.Rectangle;
  private needs: Phaser.GameObjects.Rectangle;
  private grainText: Phaser.GameObjects.Text;
  private harvestText: Phaser.GameObjects.Text;
  private famineText: Phaser.GameObjects.Text;
  private unrest: Phaser.GameObjects.Rectangle;
  private unrestText: Phaser.GameObjects.Text;
  private explain: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene) {
    const b = GRAIN_BOX;
    heading(scene, b.x, b.y, 'Grain and the towns', b.w);
    const c = scene.add.container(b.x, b.y + 26);
    const bg = scene.add.graphics();
    bg.fillStyle(0x000000, 0.1);
    bg.fillRect(BAR_X, 19, BAR_W, 12);
    bg.fillRect(BAR_X, 89, BAR_W, 8);
    this.grainText = label(scene, BAR_X, 0, '', { size: 14 });
    this.procured = scene.add.rectangle(BAR_X, 19, BAR_W, 12, 0xc79a1b).setOrigin(0, 0);
    this.needs = scene.add.rectangle(BAR_X, 15, 3, 20, hexToInt(INK)).setOrigin(0.5, 0);
    this.harvestText = label(scene, BAR_X, 34, '', { size: 14, colour: MUTED });
    this.famineText = label(scene, BAR_X, 51, '', { size: 14, colour: MUTED });
    this.unrestText = label(scene, BAR_X, 70, '', { size: 14 });
    this.unrest = scene.add.rectangle(BAR_X, 89, BAR_W, 8, hexToInt(RED)).setOrigin(0, 0);
    this.explain = label(scene, BAR_X, 101, '', { size: 14, wrap: BAR_W, colour: INK });
    this.explain.setLineSpacing(-2).setMaxLines(3);
    c.add([
      bg,
      this.procured,
      this.needs,
      this.grainText,
      this.harvestText,
      this.famineText,
      this.unrest,
      this.unrestText,
      this.explain,
    ]);
  }

  update(model: BoardModel, prev: BoardModel | null, anim: Animator): void {
    const e = model.economy;
    const scale = Math.max(e.needs * 1.3, e.procured, 1);
    const hasSeason = e.needs > 0;
    this.grainText.setText(
      hasSeason
        ? `Grain bought: ${e.procured} of ${e.needs} million t`
        : 'No grain bought yet this year',
    );
    this.harvestText.setText(`Harvest: ${e.harvest} million tonnes`);
    this.famineText.setText(`Goods famine: ${Math.round(e.goodsFamine)}/100`);
    anim.to(this.procured, { scaleX: Math.max(0.001, hasSeason ? e.procured / scale : 0) }, 700, {
      instant: !prev,
    });
    this.needs.setVisible(hasSeason);
    this.needs.x = BAR_X + (hasSeason ? (e.needs / scale) * BAR_W : 0);
    this.unrestText.setText(
      `Unrest in towns: ${Math.round(e.unrest)}/100${e.rationing ? ' \u00b7 RATIONING' : ''}`,
    );
    anim.to(this.unrest, { scaleX: Math.max(0.001, e.unrest / 100) }, 700, { instant: !prev });
    this.explain.setText(explainGrain(model));
  }
}

export function explainGrain(model: BoardModel): string {
  const e = model.economy;
  if (e.needs > 0 && e.procured + 0.5 < e.needs) {
    return 'Shortfall: the towns go hungry. The Politburo must choose a grain policy.';
  }
  if (e.unrest >= 50) return 'Queues and rationing: the workers are angry.';
  if (e.goodsFamine >= 50) return 'Peasants have little to buy, so they hold back grain.';
  return 'The state buys enough grain: the towns are fed.';
}
