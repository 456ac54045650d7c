import {
  CalendarRange,
  FileCode2,
  Home,
  Send,
  Settings,
  Workflow,
  type LucideIcon,
} from 'lucide-react';

export interface NavItem {
  to: string;
  label: string;
  icon: LucideIcon;
  description: string;
}

/** The app's areas, in the order of the navigation. */
export const navItems: readonly NavItem[] = [
  { to: '/', label: 'Home', icon: Home, description: 'Overview' },
  {
    to: '/workflows',
    label: 'Workflows',
    icon: Workflow,
    description: 'Flows, split-step options and goals',
  },
  {
    to: '/events',
    label: 'Events',
    icon: Send,
    description: 'Send workflow events and see their results',
  },
  {
    to: '/targets',
    label: 'Targets',
    icon: CalendarRange,
    description: 'Yearly sales targets per period',
  },
  {
    to: '/definitions',
    label: 'Definitions',
    icon: FileCode2,
    description: 'OSWorkflow definition files on the API platform',
  },
  {
    to: '/settings',
    label: 'Settings',
    icon: Settings,
    description: 'Connection, language and time zone',
  },
];
