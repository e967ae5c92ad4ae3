import { unavailableCommand } from './unavailable';
export default unavailableCommand('eval', 'eval --suite DIR', 'compare LLM providers/models on a scenario suite');
