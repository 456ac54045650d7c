import '../ui/tokens.css';
// First: starts the page's data request before the modules below are evaluated.
import { queryClient } from './earlyStart.ts';
import { mountApp } from './bootstrap.tsx';

mountApp(queryClient);
