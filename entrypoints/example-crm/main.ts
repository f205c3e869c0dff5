import '../../src/ui/theme.css';
import { showExampleCrmActivity } from '../../src/ui/example-crm-page';

const show = () => void showExampleCrmActivity(document.querySelector('#activity')!, location.hash.slice(1));
window.addEventListener('hashchange', show);
show();
