/** The backend that answers forwarded requests: the seam where a remote App Connect server plugs in. */
import { localBackend } from './local';
import type { Backend } from './types';

export async function currentBackend(): Promise<Backend> {
  return localBackend;
}
