import '../../src/ui/theme.css';
import { mountSidePanel } from '../../src/ui/sidepanel/side-panel';

mountSidePanel();
