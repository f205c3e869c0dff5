import '../../src/ui/theme.css';
import '../../src/ui/welcome/welcome.css';
import { mountWelcome } from '../../src/ui/welcome/welcome-page';

mountWelcome();
