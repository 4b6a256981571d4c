/**
 * A copy of the map's current picture. The WebGL canvas is created without
 * `preserveDrawingBuffer` (keeping it would cost every frame), so its pixels
 * are only readable in the task that drew them: the copy is taken in the
 * `render` event of a repaint we trigger.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Draw the next frame and copy it.
 * @param map - the map
 * @param timeoutMs - give up when no frame comes (a hidden tab)
 * @returns a 2D canvas of the same pixel size as the map's canvas
 */
export function captureMapFrame(map: MapLibreMap, timeoutMs = 10_000): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    const source = map.getCanvas();
    const timer = setTimeout(() => { map.off('render', copy); reject(new Error(`no map frame within ${timeoutMs} ms`)); }, timeoutMs);
    function copy(): void {
      clearTimeout(timer);
      map.off('render', copy);
      const out = document.createElement('canvas');
      out.width = source.width;
      out.height = source.height;
      const context = out.getContext('2d');
      if (!context) { reject(new Error('no 2D canvas context')); return; }
      context.drawImage(source, 0, 0);
      resolve(out);
    }
    map.on('render', copy);
    map.triggerRepaint();
  });
}

/**
 * A live video stream of the map's canvas (for MediaRecorder). Frames are
 * taken as the canvas is composited, so no drawing buffer has to be kept.
 * @param map - the map
 * @param fps - most frames per second
 * @returns the stream, or null when the browser cannot capture a canvas
 */
export function mapVideoStream(map: MapLibreMap, fps = 30): MediaStream | null {
  const canvas = map.getCanvas();
  return typeof canvas.captureStream === 'function' ? canvas.captureStream(fps) : null;
}
