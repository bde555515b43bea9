// Scenes run in Phaser's RESIZE mode (the canvas fills its box); each scene scales a root
// container holding its design-size drawing to fit, and re-fits when the box changes size.
import type Phaser from 'phaser';

export function fitRoot(
  scene: Phaser.Scene,
  root: Phaser.GameObjects.Container,
  designW: number,
  designH: number,
  mode: 'contain' | 'cover' = 'contain',
  margin = 0,
): void {
  const apply = () => {
    const w = scene.scale.width;
    const h = scene.scale.height;
    const bw = designW + margin * 2;
    const bh = designH + margin * 2;
    const s = mode === 'contain' ? Math.min(w / bw, h / bh) : Math.max(w / bw, h / bh);
    root.setScale(s);
    root.setPosition((w - designW * s) / 2, (h - designH * s) / 2);
  };
  apply();
  scene.scale.on('resize', apply);
  scene.events.once('shutdown', () => scene.scale.off('resize', apply));
}
