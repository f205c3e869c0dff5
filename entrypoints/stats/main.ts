import '../../src/ui/theme.css';
import '../../src/ui/stats/stats.css';
import { mountStats } from '../../src/ui/stats/stats-page';

void mountStats();
