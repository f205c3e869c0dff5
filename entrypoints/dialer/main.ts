import '../../src/ui/theme.css';
import { mountPhoneView } from '../../src/ui/dialer/phone-view';

// The Phone view in its own window ("Open in a window"), for the microphone prompt.
void mountPhoneView(document.querySelector<HTMLElement>('#phone-view')!, { inWindow: true });
