/** Options: each section is mounted on its own, so one that fails leaves the others working. */
import { $ } from '../dom';
import { showProblem } from '../toasts';
import { mountAutoLogSection } from './auto-log-section';
import { mountBackendSection } from './backend-section';
import { mountCrmSection } from './crm-section';
import { mountDialerSection } from './dialer-section';
import { mountLogBodySection } from './log-body-section';
import { mountPhoneSection } from './phone-section';
import { t, type MessageKey } from '../i18n';
import { workerTextReady } from '../worker-text';

const SECTIONS: [string, MessageKey, (body: HTMLElement) => Promise<void>][] = [
  ['#crm-body', 'options_crm_heading', mountCrmSection],
  ['#phone-body', 'options_phone_heading', mountPhoneSection],
  ['#dialer-body', 'options_dialer_heading', mountDialerSection],
  ['#log-body-body', 'options_log_body_heading', mountLogBodySection],
  ['#auto-log-body', 'options_auto_log_heading', mountAutoLogSection],
  ['#backend-body', 'options_backend_heading', mountBackendSection],
];

export async function mountOptions(): Promise<void> {
  await workerTextReady; // connector labels come from metadata, not through callApi
  await Promise.all(
    SECTIONS.map(async ([selector, name, mount]) => {
      try {
        await mount($(selector));
      } catch {
        showProblem(t('options_section_failed', t(name)), t('options_section_failed_hint'));
      }
    }),
  );
}
