import { defineBackground } from 'wxt/utils/define-background';
import { startApi } from '../src/api/start-api';
import { startCallSync } from '../src/calls/call-sync-alarm';
import { openPanelFromToolbar } from '../src/ui/toolbar-button';

export default defineBackground({
  main() {
    startApi();
    startCallSync();
    openPanelFromToolbar();
  },
});
