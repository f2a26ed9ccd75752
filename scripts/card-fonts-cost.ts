// What the sharing cards' fallback fonts cost (docs/sharing-cards.md): in one thread, as a pool worker draws cards,
// first cards in a Latin script (which must cost what they did), then cards in other scripts, each script's first
// card reading and registering its font slices. Prints one line per step; asserts nothing.
// Run: npx node scripts/card-fonts-cost.ts [cards per step, default 60]
import { planCardFonts } from '../src/pipeline/og/card-fonts.ts';
import { cardModel, type CardModel } from '../src/pipeline/og/model.ts';
import { renderCard } from '../src/pipeline/og/render.ts';

const count = Number(process.argv[2] ?? 60);
const lesson = (title: string, authors: string[]): CardModel =>
  cardModel(
    { kind: 'lessons', title, authors, qualifier: 'Avoidable' },
    'Lesson Share',
    'https://lessons.example.org',
  );
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Draws `count` cards of one script, after a first one, and prints their times and the thread's memory. */
async function step(name: string, title: string, authors: string[]): Promise<void> {
  let start = performance.now();
  await renderCard(lesson(`${title} 0`, authors));
  const first = performance.now() - start;
  const times: number[] = [];
  for (let i = 1; i <= count; i++) {
    start = performance.now();
    await renderCard(lesson(`${title} ${i}`, authors));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const { rss, heapUsed } = process.memoryUsage();
  console.log(
    `${name.padEnd(8)} first card ${first.toFixed(0).padStart(4)} ms, median ${(times[count >> 1] ?? 0).toFixed(1)} ms` +
      ` of ${count}; thread rss ${mib(rss)} MiB, heap ${mib(heapUsed)} MiB`,
  );
}

await step('latin', 'The deploy that went wrong on a Friday — again', [
  'Ana López',
  'Şükrü Yılmaz',
]);
const latin = lesson('The deploy that went wrong on a Friday — again', ['Ana López']);
const start = performance.now();
for (let i = 0; i < 100_000; i++) await planCardFonts(latin);
console.log(
  `latin    planning adds ${((performance.now() - start) / 100).toFixed(2)} µs a card (reads no font)`,
);
await step('chinese', '接口队列里的四百一十二份化验结果', ['王芳']);
await step('japanese', '山田太郎のレッスン', ['山田太郎']);
await step('arabic', 'درس من انقطاع الشبكة', ['علي حسن']);
await step('emoji', 'Famous Last Words 🙃', ['Zoë Beaumont']);
