// Action entry (action.yml → dist/index.js).
import './core/zod-jitless';
import { runAction } from './action/run';

void runAction();
