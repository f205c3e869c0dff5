import '../../src/ui/theme.css';
import { localizePage } from '../../src/ui/localize-page';
import '../../src/ui/stats/stats.css';
import { mountStats } from '../../src/ui/stats/stats-page';

localizePage();

void mountStats();
