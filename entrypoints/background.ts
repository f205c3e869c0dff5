import { defineBackground } from 'wxt/utils/define-background';
import { startApi } from '../src/api/start-api';
import { sessionForAccount } from '../src/backends/local-session';
import { startOutbox } from '../src/logging/outbox/start-outbox';

export default defineBackground({
  main() {
    startApi();
    startOutbox(sessionForAccount);
  },
});
