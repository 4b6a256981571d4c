/**
 * A picture of the finished route segments, for many routes. Under SwiftShader
 * every drawn vertex costs ~0.4 µs, so 10,000 routes cost ~100 ms a frame even
 * as hairlines, and 1,000 styled routes as much; but a finished segment never
 * changes. So they are drawn once
 * into a texture covering the view plus a margin, at the current zoom, and
 * each frame only composites that texture (one quad) and draws the segments
 * still in progress. Segments finishing while time runs are added to the
 * texture incrementally. The texture is redrawn when the zoom or the canvas
 * size changes, when the view leaves the margin, or when time goes back.
 * Without bearing or pitch only (the route layer draws directly otherwise).
 */
import { Uniforms } from './route_program.ts';
import { CACHE_FRAGMENT_SHADER, CACHE_VERTEX_SHADER, linkProgram } from './route_shaders.ts';

/** The view to cache, in Web Mercator (0..1) and drawing-buffer pixels. */
export interface CacheView {
  /** West, north, east, south of the canvas in Web Mercator. */
  bounds: [number, number, number, number];
  width: number;
  height: number;
  zoom: number;
  /** Changes when the data or level of detail drawn changes. */
  key: unknown;
}

/**
 * Draws finished segments `[first, end)` (in order of their end) into the bound framebuffer.
 * @param matrix - Web Mercator to clip space for the cache texture
 */
export type DrawFinished = (first: number, end: number, matrix: Float32Array, width: number, height: number) => void;

/** Fraction of the view added on each side, so panning redraws the texture only now and then. */
const MARGIN = 0.5;

/** The compositing shaders' uniforms (map/route_shaders.ts). */
const CACHE_UNIFORMS = { u_matrix: 'mat4', u_bounds: 'vec4', u_picture: 'int' } as const;

/** The cache of finished segments. */
export class FinishedRouteCache {
  private texture: WebGLTexture | null = null;
  private framebuffer: WebGLFramebuffer | null = null;
  private program: WebGLProgram | null = null;
  private readonly uniforms = new Uniforms(CACHE_UNIFORMS);
  private size = { width: 0, height: 0 };
  private drawn: { bounds: [number, number, number, number]; zoom: number; canvas: string; key: unknown; hours: number } | null = null;

  /**
   * Bring the texture up to `hours` for this view: redraw it or add what finished since.
   * @param endedBy - number of segments (in order of their end) finished at an instant
   * @param draw - draws a range of finished segments
   */
  update(gl: WebGL2RenderingContext, view: CacheView, hours: number, endedBy: (hours: number) => number, draw: DrawFinished): void {
    const canvas = `${view.width}x${view.height}`;
    const d = this.drawn;
    const [w, n, e, s] = view.bounds;
    const fits = d !== null && d.zoom === view.zoom && d.canvas === canvas && d.key === view.key && hours >= d.hours &&
      w >= d.bounds[0] && n >= d.bounds[1] && e <= d.bounds[2] && s <= d.bounds[3];
    if (fits && hours === d.hours) return;
    const previousFramebuffer = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
    const previousViewport = gl.getParameter(gl.VIEWPORT) as Int32Array;
    if (fits) {
      gl.bindFramebuffer(gl.FRAMEBUFFER, this.framebuffer);
      gl.viewport(0, 0, this.size.width, this.size.height);
      draw(endedBy(d.hours), endedBy(hours), orthographic(d.bounds), this.size.width, this.size.height);
      d.hours = hours;
    } else {
      const dx = (e - w) * MARGIN, dy = (s - n) * MARGIN;
      const bounds: [number, number, number, number] = [w - dx, n - dy, e + dx, s + dy];
      this.allocate(gl, Math.round(view.width * (1 + 2 * MARGIN)), Math.round(view.height * (1 + 2 * MARGIN)));
      gl.bindFramebuffer(gl.FRAMEBUFFER, this.framebuffer);
      gl.viewport(0, 0, this.size.width, this.size.height);
      gl.clearColor(0, 0, 0, 0);
      gl.clear(gl.COLOR_BUFFER_BIT);
      draw(0, endedBy(hours), orthographic(bounds), this.size.width, this.size.height);
      this.drawn = { bounds, zoom: view.zoom, canvas, key: view.key, hours };
    }
    gl.bindFramebuffer(gl.FRAMEBUFFER, previousFramebuffer);
    gl.viewport(previousViewport[0] ?? 0, previousViewport[1] ?? 0, previousViewport[2] ?? 0, previousViewport[3] ?? 0);
  }

  /**
   * Draw the cached picture where it belongs on the map (blending state is the caller's).
   * @param matrix - the map's Web Mercator to clip matrix
   */
  composite(gl: WebGL2RenderingContext, matrix: Float32Array): void {
    if (!this.drawn || !this.texture) return;
    if (!this.program) {
      this.program = linkProgram(gl, CACHE_VERTEX_SHADER, CACHE_FRAGMENT_SHADER);
      this.uniforms.locate(gl, this.program);
    }
    gl.useProgram(this.program);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    this.uniforms.set('u_picture', 0);
    this.uniforms.set('u_matrix', matrix);
    this.uniforms.set('u_bounds', this.drawn.bounds);
    gl.drawArrays(gl.TRIANGLES, 0, 6);
  }

  /** Forget the picture (new data). */
  invalidate(): void {
    this.drawn = null;
  }

  release(gl: WebGL2RenderingContext | null): void {
    gl?.deleteTexture(this.texture);
    gl?.deleteFramebuffer(this.framebuffer);
    gl?.deleteProgram(this.program);
    this.texture = this.framebuffer = this.program = null;
    this.drawn = null;
  }

  private allocate(gl: WebGL2RenderingContext, width: number, height: number): void {
    if (this.texture && width === this.size.width && height === this.size.height) return;
    gl.deleteTexture(this.texture);
    this.texture = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
    // Nearest: one texel per pixel at the cached zoom; a pan by a fraction of a pixel shifts lines by < 0.5 px.
    for (const parameter of [gl.TEXTURE_MIN_FILTER, gl.TEXTURE_MAG_FILTER]) gl.texParameteri(gl.TEXTURE_2D, parameter, gl.NEAREST);
    for (const parameter of [gl.TEXTURE_WRAP_S, gl.TEXTURE_WRAP_T]) gl.texParameteri(gl.TEXTURE_2D, parameter, gl.CLAMP_TO_EDGE);
    this.framebuffer ??= gl.createFramebuffer();
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.framebuffer);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, this.texture, 0);
    this.size = { width, height };
  }
}

/**
 * Web Mercator bounds to clip space, north up.
 * @returns a column-major 4×4 matrix
 */
function orthographic([west, north, east, south]: [number, number, number, number]): Float32Array {
  const sx = 2 / (east - west), sy = 2 / (north - south);
  return new Float32Array([sx, 0, 0, 0, 0, sy, 0, 0, 0, 0, 1, 0, -1 - west * sx, -1 - south * sy, 0, 1]);
}
