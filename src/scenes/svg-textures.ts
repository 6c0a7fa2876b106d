/**
 * Turns generated SVG into Phaser textures at the exact pixel size they are shown at, so the art
 * stays sharp at 720p and at 4K. A texture's key names everything it depends on, which makes the
 * key its own cache check; textures nobody shows any more are removed, so memory stays flat.
 */
import type Phaser from 'phaser';
import { svgDataUri } from './art/svg';

export interface TextureRequest {
  key: string;
  width: number;
  height: number;
  svg: () => string;
}

const prefix = 'stage-art:';

export class SvgTextures {
  private destroyed = false;

  constructor(private readonly textures: Phaser.Textures.TextureManager) {}

  /** A stable texture key for a drawing of `name` at this size with these inputs. */
  static key(name: string, width: number, height: number, ...inputs: (string | number | boolean | null)[]): string {
    return `${prefix}${name}:${Math.round(width)}x${Math.round(height)}:${inputs.join('|')}`;
  }

  /**
   * Rasterises every request whose texture does not exist yet, all in parallel. Resolves once they
   * are all usable; a drawing that fails to decode is skipped (its image keeps its old picture).
   */
  async ensure(requests: TextureRequest[]): Promise<void> {
    const missing = requests.filter(
      (request, index) => !this.textures.exists(request.key) && requests.findIndex((r) => r.key === request.key) === index,
    );
    await Promise.all(missing.map((request) => this.paint(request)));
  }

  private async paint(request: TextureRequest): Promise<void> {
    const width = Math.max(1, Math.round(request.width));
    const height = Math.max(1, Math.round(request.height));
    const image = new Image(width, height);
    image.decoding = 'async';
    image.src = svgDataUri(request.svg());
    try {
      await image.decode();
    } catch {
      return;
    }
    if (this.destroyed || this.textures.exists(request.key)) return;
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.drawImage(image, 0, 0, width, height);
    // A plain texture whose source is the canvas (Phaser's TextureSource takes canvases). `addCanvas`
    // would make a CanvasTexture, which reads every pixel back (getImageData) for pixel editing the
    // stage never does: that read-back was as long as the rasterising itself.
    this.textures.addImage(request.key, canvas as unknown as HTMLImageElement);
  }

  /** Removes every stage texture not in `keep`. Call only when nothing shows the others. */
  prune(keep: Set<string>): void {
    if (this.destroyed) return;
    for (const key of this.textures.getTextureKeys()) {
      if (key.startsWith(prefix) && !keep.has(key)) this.textures.remove(key);
    }
  }

  destroy(): void {
    this.destroyed = true;
  }
}
