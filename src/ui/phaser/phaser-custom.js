// A custom Phaser build: only the modules the game uses, required from phaser/src.
// vite.config.ts aliases 'phaser' to this file and 'phaser-src/' to node_modules/phaser/src/,
// and fixes Phaser's build flags (Canvas renderer only, no sound, no WebGL).
// Game objects and plugins register themselves with Phaser when their module is loaded, so the
// side-effect imports below are what makes `this.add.text`, `this.add.graphics` and so on exist.
import CONST from 'phaser-src/const.js';
import Extend from 'phaser-src/utils/object/Extend.js';
import Game from 'phaser-src/core/Game.js';
import Scene from 'phaser-src/scene/Scene.js';
import Scale from 'phaser-src/scale/index.js';
import Container from 'phaser-src/gameobjects/container/Container.js';
// Core scene plugins (Phaser refuses to boot without them).
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/gameobjects/GameObjectCreator.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import 'phaser-src/scene/ScenePlugin.js';
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/UpdateList.js';
// The game objects the game draws with. No loader, tweens, clock or input plugin: the UI
// loads its images itself, has its own small tween engine and hit-tests the canvas itself.
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/text/TextFactory.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js';
import 'phaser-src/gameobjects/shape/arc/ArcFactory.js';
import 'phaser-src/gameobjects/shape/triangle/TriangleFactory.js';

const Phaser = Extend(
  false,
  {
    Game,
    Scene,
    Scale,
    GameObjects: { Container },
  },
  CONST,
);

export default Phaser;
