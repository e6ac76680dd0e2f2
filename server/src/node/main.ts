import { startServer } from './server';

// Entry point of the bundled server that the VS Code client starts.
startServer();
