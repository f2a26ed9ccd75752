import type { Random } from './random.ts';
import { isFirstName } from '../../src/check/text/first-names.ts';

// Word lists for prose in the library's own register: blameless, role-based, no
// personal data, no figures long enough to read as a phone number.
const TEAMS = [
  'the onboarding squad',
  'the data guild',
  'the release crew',
  'the research circle',
  'the platform group',
  'the support desk',
  'the mentoring circle',
  'the growth team',
  'the design studio',
  'the community council',
];
const ROLES = [
  'facilitator',
  'analytics lead',
  'release manager',
  'product lead',
  'research lead',
  'support lead',
  'platform engineer',
  'community organiser',
  'design lead',
  'data steward',
];
const THINGS = [
  'the launch checklist',
  'the tracking plan',
  'the decision rule',
  'the rollback plan',
  'the hypothesis',
  'the review template',
  'the migration script',
  'the sign-up form',
  'the dashboard',
  'the pilot brief',
  'the interview guide',
  'the risk register',
  'the release train',
  'the survey',
  'the action log',
];
const SIGNALS = [
  'activation',
  'retention',
  'sign-ups',
  'error rates',
  'support tickets',
  'completion',
  'response time',
  'attendance',
  'conversion',
  'churn',
];
const MOVES = [
  'wrote the decision rule down before the data arrived',
  'ran a short pre-mortem with every role the plan touched',
  'split the result by how people arrived',
  'kept the first exposure small and reversible',
  'named an owner role and a date for every action',
  'asked the quietest person in the room to speak first',
  'checked good news as hard as bad news',
  'rehearsed the rollback on a copy of the data',
  'read the previous review before planning the next one',
  'set a cooling-off window before the review',
];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ter',
  'va',
  'ron',
  'sel',
  'qua',
  'dri',
  'nor',
  'bel',
  'tis',
  'fa',
  'gen',
  'hal',
  'ju',
  'mor',
  'pex',
  'rin',
  'sto',
  'ul',
  'wen',
  'yar',
  'zo',
];
const ADJECTIVES = [
  'Quiet',
  'Shared',
  'Early',
  'Small',
  'Honest',
  'Second',
  'Slow',
  'Open',
  'Missing',
  'Double',
  'Late',
  'Silent',
  'Careful',
  'Narrow',
  'Bright',
  'Hidden',
  'Steady',
  'Short',
];
const NOUNS = [
  'Review',
  'Signal',
  'Rollback',
  'Checklist',
  'Hypothesis',
  'Pilot',
  'Threshold',
  'Readout',
  'Handover',
  'Dashboard',
  'Migration',
  'Survey',
  'Tripwire',
  'Window',
  'Ledger',
  'Circle',
  'Contract',
  'Baseline',
];

/** A made-up project or product name ("Velnor"), so bodies carry a realistic spread of words for the search index. */
export function codename(random: Random): string {
  for (;;) {
    const word = Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES)).join('');
    // A codename that is also a first name ("Miyar") reads as a person in a title, which the check refuses.
    if (!isFirstName(word)) return word.charAt(0).toUpperCase() + word.slice(1);
  }
}

/**
 * Where prose draws its proper nouns from: only names that some title already uses,
 * so the check's `names` rule knows them as products, never as people.
 */
export interface Writer {
  random: Random;
  names: string[];
}

/** A title of two to four words, like the starting library's; its codename joins the writer's names. */
export function title({ random, names }: Writer, kind: string): string {
  const name = codename(random);
  names.push(name);
  const shapes = [
    () => `The ${random.pick(ADJECTIVES)} ${random.pick(NOUNS)} of ${name}`,
    () =>
      `${random.pick(ADJECTIVES)} ${random.pick(NOUNS)} ${kind === 'patterns' ? 'Practice' : 'at ' + name}`,
    () => `${name} ${random.pick(NOUNS)}`,
    () => `What the ${random.pick(NOUNS)} at ${name} Taught Us`,
  ];
  return random.pick(shapes)();
}

/** Turns a title into a URL slug. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A link written the way entries cross-link in their prose. */
export interface InlineLink {
  text: string;
  url: string;
}

/** One sentence of library prose, optionally carrying a cross-link. */
export function sentence({ random, names }: Writer, link?: InlineLink): string {
  const team = random.pick(TEAMS);
  const role = random.pick(ROLES);
  const thing = random.pick(THINGS);
  const signal = random.pick(SIGNALS);
  const move = random.pick(MOVES);
  const n = random.int(2, 12);
  const name = random.pick(names);
  const shapes = [
    `At ${name}, ${team} ${move}, and the next review started from facts instead of guesses.`,
    `The ${role} noticed that ${signal} moved within ${n} days, long before anyone expected a change.`,
    `Nothing in the process prompted a second look at ${thing}, so the gap stayed invisible for ${n} weeks.`,
    `When ${signal} fell, ${team} treated the drop as information about the system, not about a person.`,
    `We learned that ${thing} carried assumptions nobody had written down, and writing them down took less than an hour.`,
    `The conditions that made the slip likely were ordinary: time pressure, a confusing screen and ${thing} that had not changed in a year.`,
    `A short conversation with the ${role} turned a vague worry about ${signal} into a tripwire with an owner and a date.`,
    `Over ${n} weeks the group ${move}, and the habit outlived the project that started it.`,
    `The first reading of the ${signal} chart felt like good news; the second, with the segments split, told a different story.`,
    `Teams that keep ${thing} next to the plan reread it at each milestone and catch drift early.`,
    `It is tempting to skip the review when the result looks fine, because the cost of the check is visible and its benefit is not.`,
    `In ${name} the ${role} kept a dated list of what the group foresaw, which later separated the unforeseeable from the accepted risks.`,
    `A review that ends without an owner role for each action tends to repeat itself a quarter later.`,
    `The decision to run the test was sound on what we knew then, and the result changed what we know now.`,
    `Our rule of thumb since ${name}: if a surprising drop would send us to verify ${thing}, a surprising rise deserves the same trip.`,
  ];
  const text = random.pick(shapes);
  if (!link) return text;
  const bridges = [
    `This is where [${link.text}](${link.url}) helps.`,
    `See [${link.text}](${link.url}) for how another team handled the same situation.`,
    `The same shape appears in [${link.text}](${link.url}).`,
  ];
  return `${text} ${random.pick(bridges)}`;
}

/** A paragraph of three to six sentences; `links` are spread through it in order. */
export function paragraph(writer: Writer, links: InlineLink[] = []): string {
  const count = Math.max(links.length, writer.random.int(3, 6));
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(sentence(writer, links[i]));
  return parts.join(' ');
}

/** A bullet list of three to five short points. */
export function bullets(writer: Writer): string {
  return Array.from({ length: writer.random.int(3, 5) }, () => `- ${sentence(writer)}`).join('\n');
}

/** A section body of roughly `chars` characters: paragraphs, and now and then a list. */
export function sectionBody(writer: Writer, chars: number, links: InlineLink[] = []): string {
  const blocks: string[] = [];
  let size = 0;
  const pending = [...links];
  // Spread the links over the paragraphs the section will have anyway, so links never lengthen it.
  const perParagraph = Math.max(1, Math.ceil(links.length / Math.max(1, Math.round(chars / 650))));
  // Stop within half a paragraph of the target rather than always overshooting by one.
  while (size < chars - 275 || pending.length > 0) {
    const block =
      blocks.length > 0 && pending.length === 0 && writer.random.chance(0.2)
        ? bullets(writer)
        : paragraph(writer, pending.splice(0, perParagraph));
    blocks.push(block);
    size += block.length;
  }
  return blocks.join('\n\n');
}

/** One plain sentence of at least 20 characters, for summaries and YAML prose fields. */
export function summarySentence(writer: Writer): string {
  return sentence(writer).slice(0, 270);
}

/** A role-based owner for an action. */
export function ownerRole(random: Random): string {
  return random.pick(ROLES);
}

/** A short warning sign for a trap. */
export function warningSign(random: Random): string {
  const signal = random.pick(SIGNALS);
  const thing = random.pick(THINGS);
  return random.pick([
    `Good news about ${signal} travels fast; mixed news stays in the notes.`,
    `Nobody can say which result would change the plan for ${thing}.`,
    `The success criteria for ${thing} were written after the first results.`,
    `A disappointing ${signal} number is checked for bugs, a pleasing one is not.`,
    `The review of ${thing} ends with actions but no owner roles.`,
  ]);
}

/** A verb phrase read after "my plan is to". */
export function plan(random: Random): string {
  return (
    random.pick(MOVES).replace(
      /^(\w+)/,
      (verb) =>
        ({
          wrote: 'write',
          ran: 'run',
          split: 'split',
          kept: 'keep',
          named: 'name',
          asked: 'ask',
          checked: 'check',
          rehearsed: 'rehearse',
          read: 'read',
          set: 'set',
        })[verb] ?? verb,
    ) + ' on my next project'
  );
}

/** A plausible person name for a fictional author (the check knows authors' names). */
export function personName({ random }: Writer): string {
  return `${codename(random)} ${codename(random)}`;
}

/** A fictional author's role, as on a CV. */
export function jobTitle(random: Random): string {
  return random.pick([
    'Product manager',
    'Data analyst',
    'Engineering manager',
    'UX researcher',
    'Community organiser',
    'Site reliability engineer',
    'Designer',
    'Programme lead',
  ]);
}

/** A short author bio: no contact details, no digits. */
export function bio(random: Random, name: string): string {
  const first = name.split(' ')[0] ?? name;
  return `${first} works with ${random.pick(TEAMS)} and has run more reviews than launches. ${first} believes ${random.pick(THINGS)} is only useful when someone rereads it.`;
}
