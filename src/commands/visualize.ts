import { unavailableCommand } from './unavailable';
export default unavailableCommand('visualize', 'visualize [DIR]', 'see the README');
