import { unavailableCommand } from './unavailable';
export default unavailableCommand('optimize', 'optimize [DIR]', 'see the README');
