/**
 * Where a log body reads the call's wall clock (docs/log-body.md, "Date, time and time zone"):
 * the user's own offset when set in Options, else the CRM user's IANA zone (Pipedrive's
 * `timezone_name`, kept at login in src/connectors/pipedrive/index.ts), else this browser's zone.
 * A zone, unlike the offset a CRM reports at login, knows daylight saving for the call's own date.
 */
import type { ClockPlace } from '../../protocol/format-date';
import type { LogBodySettings } from '../../protocol/schemas/log-body-settings';
import { browserTimeZone, isTimeZoneName } from '../../protocol/time-zone';
import type { CrmUser } from '../../storage/connections';

export function logClock(settings: Pick<LogBodySettings, 'timezoneOffset'>, user: Pick<CrmUser, 'timezoneName'>): ClockPlace {
  if (settings.timezoneOffset) return settings.timezoneOffset;
  return { timeZone: isTimeZoneName(user.timezoneName) ? user.timezoneName : browserTimeZone() };
}
