/**
 * The route layer's data on the GPU (map/route_layer.ts): each level of detail
 * as float textures of its segments, uploaded on first use, and the index
 * buffer of the segments' quads. Kept apart from the drawing so the layer
 * only decides what to draw.
 */
import { SEGMENT_FLOATS, type SegmentLevel } from '../core/route_segments.ts';

/** Texels per row of a segment texture (SwiftShader and every WebGL 2 GPU allow 4096). */
export const TEXTURE_WIDTH = 4096;

/** Segments in start order (`data`) or end order (`byEnd`) of a level's SegmentBuffer. */
export type SegmentOrder = 'data' | 'byEnd';

/** The segment textures of every level, by level and order. */
export class SegmentTextures {
  private textures: Map<SegmentLevel, Partial<Record<SegmentOrder, WebGLTexture>>> = new Map();

  /**
   * The level's segments as an RGBA32F texture (three texels a segment, rows of
   * {@link TEXTURE_WIDTH}), created and uploaded on first use.
   */
  of(gl: WebGL2RenderingContext, level: SegmentLevel, order: SegmentOrder): WebGLTexture {
    let byOrder = this.textures.get(level);
    if (!byOrder) this.textures.set(level, (byOrder = {}));
    const existing = byOrder[order];
    if (existing) return existing;
    const texels = level.buffer.count * (SEGMENT_FLOATS / 4);
    const height = Math.max(1, Math.ceil(texels / TEXTURE_WIDTH));
    const data = new Float32Array(TEXTURE_WIDTH * height * 4);
    data.set(level.buffer[order]);
    const texture = gl.createTexture();
    byOrder[order] = texture;
    gl.bindTexture(gl.TEXTURE_2D, texture);
    for (const parameter of [gl.TEXTURE_MIN_FILTER, gl.TEXTURE_MAG_FILTER]) gl.texParameteri(gl.TEXTURE_2D, parameter, gl.NEAREST);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, TEXTURE_WIDTH, height, 0, gl.RGBA, gl.FLOAT, data);
    return texture;
  }

  /** Delete every texture (new data, or the layer removed). */
  release(gl: WebGL2RenderingContext | null): void {
    for (const byOrder of this.textures.values()) for (const texture of Object.values(byOrder)) gl?.deleteTexture(texture);
    this.textures.clear();
  }
}

/**
 * Triangles of the segments' quads, [4i, 4i+1, 4i+2, 4i+2, 4i+1, 4i+3] for
 * segment i: each corner is shaded once, not once per triangle. Bind it while
 * the layer's vertex array is bound (the binding is part of that state).
 */
export class QuadIndices {
  private buffer: WebGLBuffer | null = null;
  private capacity = 0;

  /** Grow to at least `count` segments (by powers of two). */
  ensure(gl: WebGL2RenderingContext, count: number): void {
    if (count <= this.capacity) return;
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(1024, count)));
    const indices = new Uint32Array(6 * capacity);
    for (let i = 0; i < capacity; i++) indices.set([4 * i, 4 * i + 1, 4 * i + 2, 4 * i + 2, 4 * i + 1, 4 * i + 3], 6 * i);
    this.buffer ??= gl.createBuffer();
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, this.buffer);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, indices, gl.STATIC_DRAW);
    this.capacity = capacity;
  }

  release(gl: WebGL2RenderingContext | null): void {
    gl?.deleteBuffer(this.buffer);
    this.buffer = null;
    this.capacity = 0;
  }
}
