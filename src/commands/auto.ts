import { unavailableCommand } from './unavailable';
export default unavailableCommand('auto', 'auto [DIR]', 'see the README');
