/** The widget's conversation-day ids read as the worker's (`<id>/<M>/<D>/<YYYY>` → `<id>-<YYYYMMDD>`). */
import { describe, expect, it } from 'vitest';
import { fromWidgetId } from '../../../src/ui/dialer/message-match';

describe('fromWidgetId', () => {
  it('reads the day of an Embeddable conversation log id, and nothing else', () => {
    expect(fromWidgetId('2052636401630275685/11/10/2022')).toBe('2052636401630275685-20221110');
    expect(fromWidgetId('674035477569017905/7/2/2019')).toBe('674035477569017905-20190702');
    expect(fromWidgetId('7001-20260302')).toBeUndefined();
    expect(fromWidgetId('7001/13/2026')).toBeUndefined();
  });
});
