import '../../src/ui/theme.css';
import { mountOptions } from '../../src/ui/options/options-page';

void mountOptions();
