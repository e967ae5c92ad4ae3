import { unavailableCommand } from './unavailable';
export default unavailableCommand('drift', 'drift --plan FILE [--state FILE]', 'drift, missing and unmanaged resources, recovery plan');
