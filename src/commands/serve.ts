import { unavailableCommand } from './unavailable';
export default unavailableCommand('serve', 'serve --port PORT', 'HTTP receiver for Alertmanager webhooks');
