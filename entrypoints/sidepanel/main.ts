import '../../src/ui/theme.css';
import { mountDialer } from '../../src/ui/dialer/mount-dialer';
import { mountSidePanel } from '../../src/ui/sidepanel/side-panel';

mountSidePanel();
void mountDialer(document.querySelector<HTMLElement>('#phone-view')!);
