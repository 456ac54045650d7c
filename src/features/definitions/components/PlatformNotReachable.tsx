import { PageHeader } from '../../../ui/PageHeader.tsx';
import { Banner } from '../../../ui/Banner.tsx';

/**
 * Shown instead of the definitions when the API base URL is another origin (a tenant reached
 * with CORS): the platform's sign-in and CSRF cookies work only on Flowdesk's own address, and
 * the tenant would be sent the platform sign-in with the password. So nothing is sent.
 */
export function PlatformNotReachable({ host }: { host: string }) {
  return (
    <div>
      <PageHeader
        title="Workflow definitions"
        description="OSWorkflow XML files that drive the API platform's resources: upload new ones, see and remove what is there."
      />
      <Banner tone="warning" title="The API platform cannot be reached from here">
        Flowdesk is connected straight to {host}, which has no workflow definitions: they are on the
        API platform, which Flowdesk reaches only through its own address. Nothing was sent. To use
        this page, start Flowdesk with the platform&rsquo;s address (npm start -- --platform URL,
        with --upstream for your SuperOffice server) and sign in with the API base URL left empty
        under Connection settings.
      </Banner>
    </div>
  );
}
