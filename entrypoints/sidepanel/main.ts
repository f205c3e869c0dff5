import '../../src/ui/theme.css';
import '../../src/ui/sidepanel/messages/messages.css';
import { mountSidePanel } from '../../src/ui/sidepanel/side-panel';
import { mountMessagesView } from '../../src/ui/sidepanel/messages/messages-view';

mountSidePanel();
mountMessagesView();
