import '../../src/ui/theme.css';
import { localizePage } from '../../src/ui/localize-page';
import '../../src/ui/welcome/welcome.css';
import { mountWelcome } from '../../src/ui/welcome/welcome-page';

localizePage();

mountWelcome();
