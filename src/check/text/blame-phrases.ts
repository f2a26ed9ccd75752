/** A phrase that puts blame on a person, and a system-focused way to say the same thing. */
export interface BlamePhrase {
  /** Word sequences as nlcst-search matches them (case-insensitive, apostrophes normalised). */
  phrases: string[];
  /** A rewording that looks at conditions and decisions instead of a culprit. */
  instead: string;
  /** Only a blame when the next word is a past participle ("should have checked", not "should have a checklist"). */
  beforeParticiple?: boolean;
}

/** The project's list of blame phrasing; the `blameless` rule reports each with its rewording. */
export const BLAME_PHRASES: BlamePhrase[] = [
  {
    phrases: [
      'should have',
      "should've",
      'shouldve',
      "shouldn't have",
      'should not have',
      'ought to have',
    ],
    beforeParticiple: true,
    instead:
      'say what made the other choice hard to see then, e.g. "nothing in the process prompted a check".',
  },
  {
    phrases: ['fault'],
    instead:
      'describe the conditions that allowed it, e.g. "the release process had no step that caught this".',
  },
  {
    phrases: ['human error', 'user error', 'operator error'],
    instead: 'name the conditions behind the slip: missing check, confusing screen, time pressure.',
  },
  {
    phrases: ['careless', 'carelessness', 'negligent', 'negligence', 'sloppy', 'lazy'],
    instead: 'describe the workload, tools or signals that shaped the work.',
  },
  {
    phrases: ['incompetent', 'incompetence', 'stupid', 'idiot', 'clueless'],
    instead: 'describe what the person knew and could see at the time.',
  },
  {
    phrases: ['who broke', 'broke it', 'dropped the ball', 'screwed up', 'messed up'],
    instead: 'say what changed in the system and how it failed.',
  },
  {
    phrases: ['to blame', 'is responsible for the failure', 'was responsible for the failure'],
    instead: 'ask what in the system made the outcome likely.',
  },
  // The same blame in the other languages lessons are written in (German, French, Spanish, Italian, Portuguese, Dutch).
  {
    phrases: [
      'ist schuld',
      'war schuld',
      'sind schuld',
      'waren schuld',
      'schuld daran',
      'seine schuld',
      'ihre schuld',
      'hat versagt',
      'fahrlässig',
      'nachlässig',
      'schlampig',
      'sa faute',
      'par négligence',
      'négligent',
      'su culpa',
      'tiene la culpa',
      'tuvo la culpa',
      'descuidado',
      'colpa sua',
      'per colpa di',
      'culpa dele',
      'culpa dela',
      'zijn schuld',
      'haar schuld',
      'de schuld van',
    ],
    instead:
      'describe the conditions that allowed it, e.g. "the release process had no step that caught this".',
  },
];

const IRREGULAR_PARTICIPLES = new Set(
  'been done known seen taken written told gone made given run caught spotted found thought kept held left brought bought sent spent built understood heard met paid said set put shut read let cut hit hurt quit fed led felt dealt meant won begun chosen drawn driven eaten fallen flown forgotten frozen gotten hidden ridden risen shaken spoken stolen sworn thrown woken worn'.split(
    ' ',
  ),
);

/** Whether a word reads as a past participle ("checked", "known"), the sign of a counterfactual "should have". */
export function isPastParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return (
    IRREGULAR_PARTICIPLES.has(w) ||
    (w.length > 3 &&
      /(ed|en)$/.test(w) &&
      !/^(need|seed|feed|bleed|breed|speed|heed|often|open|even|eleven|seven|garden|kitchen)$/.test(
        w,
      ))
  );
}
