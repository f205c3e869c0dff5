import { defineBackground } from 'wxt/utils/define-background';
import { startApi } from '../src/api/start-api';
import { sessionForAccount } from '../src/backends/local/local-session';
import { startCallSync } from '../src/calls/call-sync-alarm';
import { autoLogSession } from '../src/backends/auto-log-session';
import { startAutoLog } from '../src/logging/auto-log/start-auto-log';
import { startOutbox } from '../src/logging/outbox/start-outbox';
import { startMessageOutbox } from '../src/logging/messages/message-outbox';
import { openPanelFromToolbar } from '../src/ui/toolbar-button';
import { openWelcomeOnInstall } from '../src/ui/welcome-on-install';

export default defineBackground({
  main() {
    startApi();
    startOutbox(sessionForAccount);
    startMessageOutbox(sessionForAccount);
    startCallSync();
    startAutoLog(autoLogSession);
    openPanelFromToolbar();
    openWelcomeOnInstall();
  },
});
