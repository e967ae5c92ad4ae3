import { unavailableCommand } from './unavailable';
export default unavailableCommand('secure', 'secure [DIR]', 'see the README');
