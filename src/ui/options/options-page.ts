/** Options: each section is mounted on its own, so one that fails leaves the others working. */
import { $ } from '../dom';
import { showProblem } from '../toasts';
import { mountAutoLogSection } from './auto-log-section';
import { mountBackendSection } from './backend-section';
import { mountCrmSection } from './crm-section';
import { mountDialerSection } from './dialer-section';
import { mountLogBodySection } from './log-body-section';
import { mountPhoneSection } from './phone-section';

const SECTIONS: [string, string, (body: HTMLElement) => Promise<void>][] = [
  ['#crm-body', 'CRM', mountCrmSection],
  ['#phone-body', 'Phone account', mountPhoneSection],
  ['#dialer-body', 'Phone (dialer)', mountDialerSection],
  ['#log-body-body', 'Call log contents', mountLogBodySection],
  ['#auto-log-body', 'Automatic logging', mountAutoLogSection],
  ['#backend-body', 'Backend', mountBackendSection],
];

export async function mountOptions(): Promise<void> {
  await Promise.all(
    SECTIONS.map(async ([selector, name, mount]) => {
      try {
        await mount($(selector));
      } catch {
        showProblem(`The "${name}" settings could not be shown.`, 'Reload this page. If it happens again, reload the extension.');
      }
    }),
  );
}
