import { unavailableCommand } from './unavailable';
export default unavailableCommand('incident', 'incident --payload FILE', 'group alerts, diagnose, propose recovery');
