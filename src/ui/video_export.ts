/**
 * "Playback video (WebM)": records the map while the timeline plays and saves
 * the film when playback stops (at the end of the timeline, by Pause or by
 * this button), at most {@link MAX_RECORDING_MS} long. Uses MediaRecorder on
 * the map canvas's stream (map/capture.ts); where the browser has neither,
 * the button says so instead of recording.
 */
import type { AtlasState, StateChange } from '../core/state.ts';
import { phaseFromTime } from '../core/timeline.ts';
import { downloadBlob, exportFileName } from './export.ts';
import { t, type Lang } from './strings.ts';

/** The longest film recorded, in real milliseconds. */
const MAX_RECORDING_MS = 120_000;
/** The shortest: a canvas stream can take a moment to deliver its first frame (a busy machine, a software GPU). */
const MIN_RECORDING_MS = 3_000;

/**
 * The first WebM type the browser can record.
 * @returns a MIME type, or null when MediaRecorder is missing or knows no WebM
 */
function webmType(): string | null {
  if (typeof MediaRecorder === 'undefined') return null;
  return ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].find((type) => MediaRecorder.isTypeSupported(type)) ?? null;
}

/**
 * Add the video button to the export panel's row.
 * @param row - where the button goes
 * @param getState - current state
 * @param set - state update (starts and stops playback)
 * @param stream - the map's video stream, or null without a map
 * @param onError - called with a message when recording is impossible
 * @returns a function to call with each state change
 */
export function setupVideoExport(
  row: HTMLElement, getState: () => AtlasState, set: (change: StateChange) => void,
  stream: (() => MediaStream | null) | null, onError: (message: string) => void,
): (state: AtlasState, prev: AtlasState | null) => void {
  const button = Object.assign(document.createElement('button'), { id: 'export-webm', type: 'button', disabled: !stream });
  row.append(button);
  let recorder: MediaRecorder | null = null;
  let startedAt = 0;
  let startedReal = 0;
  let timer = 0;
  let lang: Lang | null = null;

  const label = () => { button.textContent = t(recorder ? 'export.stopRecording' : 'export.webm', getState().lang); };
  const stop = () => {
    clearTimeout(timer);
    const early = startedReal + MIN_RECORDING_MS - performance.now();
    if (early > 0) timer = window.setTimeout(stop, early);
    else if (recorder?.state === 'recording') recorder.stop();
  };
  const start = () => {
    const type = webmType();
    const video = type ? stream?.() : null;
    if (!type || !video) { onError(t('export.videoFailed', getState().lang)); return; }
    const chunks: Blob[] = [];
    const film = new MediaRecorder(video, { mimeType: type });
    film.addEventListener('dataavailable', (event) => { if (event.data.size) chunks.push(event.data); });
    film.addEventListener('stop', () => {
      recorder = null;
      label();
      // No frame arrived (nothing was drawn): say so rather than save an empty file.
      if (chunks.length === 0) onError(t('export.videoFailed', getState().lang));
      else downloadBlob(new Blob(chunks, { type: 'video/webm' }), exportFileName(startedAt, 'webm'));
    });
    recorder = film;
    // From the phase's start when the time is at its end, so that there is something to play.
    const state = getState();
    const phase = phaseFromTime(state.time);
    startedAt = state.time >= phase.end ? phase.start : state.time;
    film.start(1000);
    startedReal = performance.now();
    set({ time: startedAt, playing: true });
    timer = window.setTimeout(stop, MAX_RECORDING_MS);
    label();
  };
  button.addEventListener('click', () => {
    if (recorder) { set({ playing: false }); stop(); } else start();
  });

  return (state, prev) => {
    if (state.lang !== lang) { lang = state.lang; label(); }
    if (recorder && prev?.playing && !state.playing) stop();
  };
}
