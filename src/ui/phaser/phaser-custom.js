// A custom Phaser build: only the modules the game uses, required from phaser/src.
// vite.config.ts aliases 'phaser' to this file and 'phaser-src/' to node_modules/phaser/src/,
// and fixes Phaser's build flags (Canvas renderer only, no sound, no WebGL).
// Game objects and plugins register themselves with Phaser when their module is loaded, so the
// side-effect imports below are what makes `this.add.text`, `this.tweens`, `this.load.svg` exist.
import CONST from 'phaser-src/const.js';
import Extend from 'phaser-src/utils/object/Extend.js';
import Game from 'phaser-src/core/Game.js';
import Scene from 'phaser-src/scene/Scene.js';
import Scale from 'phaser-src/scale/index.js';
import Rectangle from 'phaser-src/geom/rectangle/Rectangle.js';
import Circle from 'phaser-src/geom/circle/Circle.js';
import Ellipse from 'phaser-src/geom/ellipse/Ellipse.js';
import Container from 'phaser-src/gameobjects/container/Container.js';
// Core scene plugins (Phaser refuses to boot without them).
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/gameobjects/GameObjectCreator.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import 'phaser-src/scene/ScenePlugin.js';
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/UpdateList.js';
// Game objects and the scene plugins the game uses.
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/text/TextFactory.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/zone/ZoneFactory.js';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js';
import 'phaser-src/gameobjects/shape/arc/ArcFactory.js';
import 'phaser-src/gameobjects/shape/triangle/TriangleFactory.js';
import 'phaser-src/loader/LoaderPlugin.js';
import 'phaser-src/loader/filetypes/SVGFile.js';
import 'phaser-src/loader/filetypes/ImageFile.js';
import 'phaser-src/tweens/TweenManager.js';
import 'phaser-src/time/Clock.js';
import 'phaser-src/input/InputPlugin.js';

const Phaser = Extend(
  false,
  {
    Game,
    Scene,
    Scale,
    Geom: { Rectangle, Circle, Ellipse },
    GameObjects: { Container },
  },
  CONST,
);

export default Phaser;
