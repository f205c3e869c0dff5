/**
 * What went wrong with the browser's storage, in the few kinds a person can act on, each with
 * what to do next (docs/reliability.md, "When storage fails"). Like CrmError (src/http/crm-error.ts),
 * guards work by `name` and `code`, which survive structured cloning.
 */
export type StorageErrorCode = 'quota' | 'version' | 'corrupt' | 'unavailable' | 'damagedSetting';

export class StorageError extends Error {
  override readonly name = 'StorageError';

  constructor(
    readonly code: StorageErrorCode,
    message: string,
    /** What the person should do next. */
    readonly hint: string,
  ) {
    super(message);
  }
}

export function isStorageError(value: unknown): value is StorageError {
  return value instanceof Error && value.name === 'StorageError' && 'code' in value && 'hint' in value;
}

/** Turns a DOMException of IndexedDB into a StorageError that says what happened and what to do. */
export function storageErrorOf(failure: unknown, what: string): StorageError | undefined {
  const name =
    failure instanceof Error || (typeof failure === 'object' && failure !== null && 'name' in failure) ? String((failure as Error).name) : '';
  switch (name) {
    case 'QuotaExceededError':
      return new StorageError(
        'quota',
        `The browser refused to save ${what}: the disk or the extension's storage quota is full.`,
        'Free some disk space, then try again. Nothing waiting in the outbox was removed.',
      );
    case 'VersionError':
      return new StorageError(
        'version',
        `${what} was written by a newer version of this extension.`,
        'Install the newest version of the extension again (do not remove it: that would delete the calls waiting to be logged).',
      );
    case 'UnknownError':
    case 'DataError':
    case 'NotReadableError':
      return new StorageError(
        'corrupt',
        `The browser could not read ${what}: its files may be damaged.`,
        'Restart the browser. If it happens again, check the CRM for calls logged today before removing the extension.',
      );
    case 'InvalidStateError':
    case 'AbortError':
      return new StorageError('unavailable', `The browser closed ${what} while it was in use.`, 'Try again in a moment.');
    default:
      return undefined;
  }
}
