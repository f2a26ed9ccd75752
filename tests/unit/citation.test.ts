import { describe, expect, it } from 'vitest';
import {
  bibtex,
  citedName,
  nameWithoutTitle,
  plainCitation,
  type Citable,
} from '../../src/view/citation.ts';

const lesson: Citable = {
  title: '96% Trained, 0% Ready?',
  authors: ['Dr Aoife Ní Bhriain', 'Şükrü Yılmaz'],
  authorIds: ['aoife-ni-bhriain', 'sukru-yilmaz'],
  published: new Date('2026-03-01T00:00:00Z'),
  url: 'https://library.example.org/lessons/trained-not-ready/',
  container: 'Harbourview Lessons',
  kind: 'Lesson',
  id: 'trained-not-ready',
};

describe('citations', () => {
  it.each([
    ['Dr Aoife Ní Bhriain', 'Ní Bhriain, A.'],
    ['Seán Ó Briain', 'Ó Briain, S.'],
    ['Prof. Jan de Vries', 'de Vries, J.'],
    ['Ólafur Þórsson', 'Þórsson, Ó.'],
    ['Jean-Luc Picard', 'Picard, J.-L.'],
    ['Mary Ann Okafor', 'Okafor, M. A.'],
    ['Ben Okoro', 'Okoro, B.'],
    ['Abu Bakr', 'Bakr, A.'],
    ['Bar Refaeli', 'Refaeli, B.'],
    ['Ludwig van Beethoven', 'van Beethoven, L.'],
    ['王芳', '王芳'],
  ])('cite %s as %s: a title left out, particles kept with the surname', (name, cited) => {
    expect(citedName(name)).toBe(cited);
  });

  it('sorts a person by their name, not their title', () => {
    expect(nameWithoutTitle('Dr Aoife Ní Bhriain')).toBe('Aoife Ní Bhriain');
    expect(nameWithoutTitle('Zoë Beaumont')).toBe('Zoë Beaumont');
    expect(nameWithoutTitle('王芳')).toBe('王芳');
  });

  it('gives a title ending in its own mark no second full stop', () => {
    expect(plainCitation(lesson)).toBe(
      'Ní Bhriain, A., & Yılmaz, Ş. (2026). 96% Trained, 0% Ready? Harbourview Lessons (lesson). https://library.example.org/lessons/trained-not-ready/',
    );
    expect(plainCitation({ ...lesson, title: 'The quiet launch' })).toContain(
      'The quiet launch. Harbourview',
    );
  });

  it('keys BibTeX by the surname transliterated as slugs are, or the author id for a name in another script', () => {
    expect(bibtex(lesson).split('\n')[0]).toBe('@misc{nibhriain2026trainednotready,');
    expect(bibtex({ ...lesson, authors: ['Şükrü Yılmaz'] }).split('\n')[0]).toBe(
      '@misc{yilmaz2026trainednotready,',
    );
    expect(bibtex({ ...lesson, authors: ['Ólafur Þórsson'] }).split('\n')[0]).toBe(
      '@misc{thorsson2026trainednotready,',
    );
    expect(bibtex({ ...lesson, authors: ['王芳'], authorIds: ['wang-fang'] }).split('\n')[0]).toBe(
      '@misc{wangfang2026trainednotready,',
    );
  });
});
