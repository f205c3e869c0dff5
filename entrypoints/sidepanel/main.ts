import '../../src/ui/theme.css';
import { mountPhoneView } from '../../src/ui/dialer/phone-view';
import { mountSidePanel } from '../../src/ui/sidepanel/side-panel';

mountSidePanel();
void mountPhoneView(document.querySelector<HTMLElement>('#phone-view')!);
