/**
 * The route layer's shader program and its uniforms. Linked in two steps:
 * {@link RouteProgram.start} issues the compile and link without asking how
 * they went, {@link RouteProgram.linked} checks them when the first route is
 * to be drawn. Asking waits for the GPU process, which a loading page keeps
 * busy (under SwiftShader 50-200 ms), and no route has begun at the
 * timeline's start.
 */
import { finishLink, ROUTE_FRAGMENT_SHADER, ROUTE_VERTEX_SHADER, startLink } from './route_shaders.ts';

/** GLSL types of the uniforms set from TypeScript (`[]`: an array of that type). */
type UniformType = 'int' | 'float' | 'vec2' | 'vec4' | 'mat4' | 'vec2[]' | 'vec3[]';

/** The TypeScript value of a uniform of a GLSL type. */
type UniformValue<T extends UniformType> = T extends 'int' | 'float' ? number : T extends 'mat4' ? Float32Array : Float32List;

/**
 * A program's uniforms, declared once as a table of names and GLSL types: their locations,
 * looked up once the program is linked, and a setter whose value type follows the table.
 */
export class Uniforms<T extends Record<string, UniformType>> {
  private gl: WebGL2RenderingContext | null = null;
  private locations: Partial<Record<keyof T, WebGLUniformLocation | null>> = {};

  /** @param types - GLSL type by uniform name */
  constructor(private readonly types: T) {}

  /** Look the locations up in a linked program (each name once). */
  locate(gl: WebGL2RenderingContext, program: WebGLProgram): void {
    this.gl = gl;
    for (const name of Object.keys(this.types) as (keyof T & string)[]) this.locations[name] = gl.getUniformLocation(program, name);
  }

  /**
   * Set a uniform of the program in use (a name the shader optimised away is ignored, as by WebGL).
   * @param name - a name of the table
   * @param value - a number for `int` and `float`, a column-major Float32Array for `mat4`, else the components
   */
  set<N extends keyof T & string>(name: N, value: UniformValue<T[N]>): void {
    const gl = this.gl, location = this.locations[name] ?? null, type = this.types[name];
    if (!gl || !type) return;
    if (type === 'int') gl.uniform1i(location, value as number);
    else if (type === 'float') gl.uniform1f(location, value as number);
    else if (type === 'mat4') gl.uniformMatrix4fv(location, false, value as Float32Array);
    else if (type === 'vec4') gl.uniform4fv(location, value as Float32List);
    else if (type === 'vec3[]') gl.uniform3fv(location, value as Float32List);
    else gl.uniform2fv(location, value as Float32List);
  }
}

/** The route shaders' uniforms and their GLSL types (map/route_shaders.ts). */
const ROUTE_UNIFORMS = {
  u_segments: 'int', u_texture_width: 'int', u_matrix: 'mat4', u_viewport: 'vec2', u_time: 'float', u_world: 'float',
  u_half: 'float', u_selected_half: 'float', u_selected: 'float', u_tip: 'float', u_arrow: 'float', u_pass: 'int',
  u_moving_only: 'int', u_colors: 'vec3[]', u_dashes: 'vec2[]', u_casing: 'vec4', u_selected_casing: 'vec4',
  u_line_width: 'float', u_pixel_ratio: 'float',
} as const satisfies Record<string, UniformType>;

/** The route layer's program: its two-step link and its uniforms. */
export class RouteProgram {
  /** The uniforms' setter, usable once {@link RouteProgram.linked} returned the program. */
  readonly uniforms = new Uniforms(ROUTE_UNIFORMS);
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
    this.linking = startLink(gl, ROUTE_VERTEX_SHADER, ROUTE_FRAGMENT_SHADER.replaceAll('STYLES', String(this.styleCount)));
  }

  /** The checked program, linking it now if need be; null (reported once) when it failed. */
  linked(gl: WebGL2RenderingContext): WebGLProgram | null {
    if (this.program || this.failed) return this.program;
    this.start(gl);
    const linking = this.linking;
    this.linking = null;
    if (!linking) return null;
    try {
      this.program = finishLink(gl, linking);
      this.uniforms.locate(gl, this.program);
    } catch (error) {
      this.failed = true;
      this.onError(error instanceof Error ? error : new Error(String(error)));
    }
    return this.program;
  }

  release(gl: WebGL2RenderingContext | null): void {
    gl?.deleteProgram(this.program ?? this.linking);
    this.program = this.linking = null;
  }
}
