import '../../src/ui/theme.css';
import { localizePage } from '../../src/ui/localize-page';
import { mountDialer } from '../../src/ui/dialer/mount-dialer';
import '../../src/ui/sidepanel/messages/messages.css';
import { mountSidePanel } from '../../src/ui/sidepanel/side-panel';
import { mountMessagesView } from '../../src/ui/sidepanel/messages/messages-view';

localizePage();

mountSidePanel();
void mountDialer(document.querySelector<HTMLElement>('#phone-view')!);
mountMessagesView();
