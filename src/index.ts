// Action entry (action.yml → dist/index.js).
import { runAction } from './action/run';

void runAction();
