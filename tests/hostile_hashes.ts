/**
 * Hostile URL hashes for the parser's unit test and the browser test: a
 * hand-written list of known troublemakers plus seeded random ones (the same
 * list on every run, so a failure can be replayed by its index).
 */
import { randomFromSeed } from '../scripts/seeded_random.ts';

/** Hand-written hashes, each a different way a link can be wrong. */
export const HAND_WRITTEN_HASHES: readonly string[] = [
  '#',
  '#&&&',
  '#=',
  '#date',
  '#date=',
  '#date=yesterday',
  '#date=1945-02-30',
  '#date=1945-13-01',
  '#date=1945-08-20T25:00+09:00',
  '#date=1945-08-20T06:00',
  '#date=1945-08-20T06:00+99:00',
  '#date=0045-08-20',
  '#date=-001945-08-20T00:00Z',
  '#date=9999-12-31T23:59+14:00',
  '#date=1945-08-20T06:00%2B09:00&date=1945-08-21',
  '#map=99/47/142',
  '#map=-1/47/142',
  '#map=7/91/142',
  '#map=7/47/181',
  '#map=7/47',
  '#map=7/47/142/9',
  '#map=NaN/NaN/NaN',
  '#map=Infinity/1/1',
  '#map=1e3/47/142',
  '#map=7/4.7.1/142',
  '#map=%37/47/142',
  '#names=klingon',
  '#names=1945&names=modern',
  '#script=<b>bold</b>',
  '#event=does-not-exist',
  '#event=Maoka-Landing',
  '#event=../../etc/passwd',
  '#event=<img src=x onerror=window.__pwned=1>',
  '#names=<script>window.__pwned=1</script>',
  '#<script>window.__pwned=1</script>',
  '#javascript:alert(1)',
  '#event=javascript:alert(1)',
  '#date=javascript:window.__pwned=1',
  '#"><svg onload=window.__pwned=1>',
  '#%E0%A4%A',
  '#%',
  '#%%%%',
  '#date=%E0%A4%A&names=%FF',
  '#names=%00modern',
  '#names=modern%00',
  '#names=ｍｏｄｅｒｎ',
  '#date=１９４５-０８-２０',
  '#event=🦀&names=😀',
  '#Дата=1945-08-20&名前=modern',
  '#constructor=1&__proto__=x&toString=y&hasOwnProperty=z',
  '#__proto__[names]=modern',
  '#names=modern&names=1945&names=both&script=latin&script=native',
  `#date=${'1945-08-20'.repeat(10)}`,
  `#${'a'.repeat(1_000_000)}`,
  `#names=${'modern'.repeat(170_000)}`,
  `#${'&'.repeat(100_000)}`,
  `#${'x=1&'.repeat(50_000)}`,
  `#map=${'9'.repeat(400)}/47/142`,
];

const KEYS = ['date', 'names', 'script', 'map', 'event', 'zoom', 'DATE', '', 'time', 'lang'];
const PIECES = [
  '1945-08-20', '1945-08-20T06:00+09:00', '1945-08-20T06:00%2B09:00', '1945-08-20T06:00 09:00', '2024-01-01', '1945-00-00',
  'modern', '1945', 'both', 'native', 'latin', 'Modern', '7/47.05/142.05', '5/47.2/146.5', '30/0/0', '3/-90/-180',
  'maoka-landing', 'toyohara', '<', '>', '"', "'", '&amp;', '%', '%2', '%25', '%E0%A4%A', '%C3%28', '+', ' ', '/', '//',
  'javascript:', 'data:text/html,', '\u0000', '\u202e', '\ud800', '樺太', 'Сахалин', '🌊', '-1', '1e308', 'NaN', '0x1F',
];

/**
 * Random hashes built from keys and value pieces that are valid, nearly valid or hostile.
 * @param count - how many
 * @param seed - PRNG seed; the same seed gives the same list
 * @returns hashes starting with `#`
 */
export function generatedHashes(count: number, seed = 1945): string[] {
  const random = randomFromSeed(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const hashes: string[] = [];
  for (let i = 0; i < count; i++) {
    const pairs: string[] = [];
    const n = 1 + Math.floor(random() * 5);
    for (let j = 0; j < n; j++) {
      let value = '';
      const parts = 1 + Math.floor(random() * 3);
      for (let k = 0; k < parts; k++) value += pick(PIECES);
      // Sometimes a raw random code unit, sometimes no `=` at all.
      if (random() < 0.15) value += String.fromCharCode(Math.floor(random() * 0xffff));
      pairs.push(random() < 0.1 ? value : `${pick(KEYS)}=${value}`);
    }
    hashes.push(`#${pairs.join(random() < 0.1 ? '&&' : '&')}`);
  }
  return hashes;
}

/** Hand-written hashes followed by 1,000 generated ones. */
export function hostileHashes(): string[] {
  return [...HAND_WRITTEN_HASHES, ...generatedHashes(1000)];
}
