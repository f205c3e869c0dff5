import { defineBackground } from 'wxt/utils/define-background';
import { startApi } from '../src/api/start-api';

export default defineBackground({
  main() {
    startApi();
  },
});
