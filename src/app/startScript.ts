// The start script: the build inlines this bundle into index.html, ahead of the app's modules
// (scripts/vite/inlineStartScript.ts).
import { startEarlyRequests } from './startEarlyRequests.ts';

startEarlyRequests(new URL(window.location.href));
