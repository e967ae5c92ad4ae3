import { unavailableCommand } from './unavailable';
export default unavailableCommand('diagnose', 'diagnose [--log FILE]', 'root cause and fixes for a failed Terraform / AWS run');
