import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { renderers } from '../../src/components/author/hast-renderers.ts';
import { actionStatus } from '../../src/view/action-status.ts';

const today = new Date('2026-06-10T00:00:00Z');
const by = new Date('2026-06-01T00:00:00Z');

describe("an action's status", () => {
  it('reads the same wherever the action is shown: planned and past its date is overdue', () => {
    expect(actionStatus({ status: 'planned', by, outcome: undefined }, today)).toBe(
      'Planned, overdue',
    );
    expect(actionStatus({ status: 'planned', by: today, outcome: undefined }, today)).toBe(
      'Planned',
    );
    expect(
      actionStatus(
        {
          status: 'done',
          by,
          outcome: { date: new Date('2026-06-05T00:00:00Z'), text: 'Checked twice.' },
        },
        today,
      ),
    ).toBe('Done, on time');
    expect(
      actionStatus(
        { status: 'dropped', by, outcome: { date: by, text: 'Not worth the cost.' } },
        today,
      ),
    ).toBe('Dropped');
  });
});

describe('a Timeline', () => {
  it('shows no second "Timeline" label when it has no title of its own, and its title when it has one', () => {
    const plain = toHtml(renderers.Timeline({}, []));
    expect(plain).toBe('<section class="timeline" aria-label="Timeline"></section>');
    expect(toHtml(renderers.Timeline({ title: 'The night' }, []))).toContain(
      '<strong>The night</strong>',
    );
  });
});
