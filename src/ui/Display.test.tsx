import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Banner } from './Banner.tsx';
import { Card } from './Card.tsx';
import { PageHeader } from './PageHeader.tsx';
import { Skeleton } from './Skeleton.tsx';
import { Table } from './Table.tsx';

describe('display components', () => {
  it('Banner: danger is an alert, other tones are status', () => {
    render(
      <>
        <Banner tone="danger" title="Could not load">
          Server failed
        </Banner>
        <Banner tone="warning">Read-only</Banner>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Could not loadServer failed');
    expect(screen.getByRole('status')).toHaveTextContent('Read-only');
  });

  it('Skeleton: one status saying Loading…, shapes hidden', () => {
    const { container } = render(<Skeleton lines={2} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(container.querySelectorAll('[aria-hidden="true"]')).toHaveLength(2);
  });

  it('PageHeader: h1 title and a breadcrumb nav marking the current page', () => {
    render(
      <MemoryRouter>
        <PageHeader
          title="Goals"
          breadcrumbs={[{ label: 'Workflows', to: '/workflows' }, { label: 'Goals' }]}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Goals' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Workflows' }));
    expect(screen.getByText('Goals', { selector: '[aria-current="page"]' })).toBeInTheDocument();
  });

  it('Card with a title is a named region', () => {
    render(<Card title="Restrictions">x</Card>);
    expect(screen.getByRole('region', { name: 'Restrictions' })).toBeInTheDocument();
  });

  it('Table is named by its caption', () => {
    render(
      <Table caption="Targets" captionHidden>
        <tbody>
          <tr>
            <td>1</td>
          </tr>
        </tbody>
      </Table>,
    );
    expect(screen.getByRole('table', { name: 'Targets' })).toBeInTheDocument();
  });
});
