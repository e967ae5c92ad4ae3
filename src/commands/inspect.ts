import { unavailableCommand } from './unavailable';
export default unavailableCommand('inspect', 'inspect "QUESTION"', 'iterative, read-only cloud inspection');
