import '../../src/ui/theme.css';
import { localizePage } from '../../src/ui/localize-page';
import { mountOptions } from '../../src/ui/options/options-page';

localizePage();

void mountOptions();
