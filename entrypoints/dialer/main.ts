import '../../src/ui/theme.css';
import { localizePage } from '../../src/ui/localize-page';
import { mountDialer } from '../../src/ui/dialer/mount-dialer';

localizePage();

// The Phone view in its own window ("Open in a window"), for the microphone prompt.
void mountDialer(document.querySelector<HTMLElement>('#phone-view')!, { inWindow: true });
