/**
 * The route layer's shader program and its uniform locations. Linked in two
 * steps: {@link RouteProgram.start} issues the compile and link without asking
 * how they went, {@link RouteProgram.linked} checks them when the first route
 * is to be drawn. Asking waits for the GPU process, which a loading page keeps
 * busy (under SwiftShader 50-200 ms), and no route has begun at the timeline's
 * start.
 */
import { finishLink, FRAGMENT_SHADER, startLink, VERTEX_SHADER } from './route_shaders.ts';

/** Uniform names, looked up once. */
const UNIFORMS = [
  'u_segments', 'u_texture_width', 'u_matrix', 'u_viewport', 'u_time', 'u_world', 'u_half', 'u_selected_half', 'u_selected', 'u_tip', 'u_arrow',
  'u_pass', 'u_moving_only', 'u_colors', 'u_dashes', 'u_casing', 'u_selected_casing', 'u_line_width', 'u_pixel_ratio',
] as const;

export type RouteUniforms = Partial<Record<(typeof UNIFORMS)[number], WebGLUniformLocation | null>>;

export class RouteProgram {
  /** Locations, filled once the program is linked. */
  readonly uniforms: RouteUniforms = {};
  /** Linked and checked; until then `linking` holds the program being linked. */
  private program: WebGLProgram | null = null;
  private linking: WebGLProgram | null = null;
  /** Set when the program failed: nothing is drawn, the error was reported once. */
  private failed = false;

  /**
   * @param styleCount - route styles in the palette (the fragment shader's colour table)
   * @param onError - told once when the shaders fail
   */
  constructor(private readonly styleCount: number, private readonly onError: (error: Error) => void) {}

  /** Issue the compile and link (once). */
  start(gl: WebGL2RenderingContext): void {
    if (this.program || this.linking || this.failed) return;
    this.linking = startLink(gl, VERTEX_SHADER, FRAGMENT_SHADER.replaceAll('STYLES', String(this.styleCount)));
  }

  /** The checked program, linking it now if need be; null (reported once) when it failed. */
  linked(gl: WebGL2RenderingContext): WebGLProgram | null {
    if (this.program || this.failed) return this.program;
    this.start(gl);
    try {
      const program = finishLink(gl, this.linking!);
      for (const name of UNIFORMS) this.uniforms[name] = gl.getUniformLocation(program, name);
      this.program = program;
    } catch (error) {
      this.failed = true;
      this.onError(error instanceof Error ? error : new Error(String(error)));
    }
    this.linking = null;
    return this.program;
  }

  release(gl: WebGL2RenderingContext | null): void {
    gl?.deleteProgram(this.program ?? this.linking);
    this.program = this.linking = null;
  }
}
