import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useRef, useState } from 'react';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useFocusAfterNavigation } from './useFocusAfterNavigation.ts';

function Layout() {
  const main = useRef<HTMLElement>(null);
  useFocusAfterNavigation(() => main.current);
  return (
    <main ref={main} tabIndex={-1} aria-label="Page">
      <Outlet />
    </main>
  );
}

/** A button that has focus, then goes away a moment after the page opened (a closing dialog). */
function LateLoss() {
  const [shown, setShown] = useState(true);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
    const t = setTimeout(() => setShown(false), 50);
    return () => clearTimeout(t);
  }, []);
  return shown ? <button ref={button}>Closing</button> : <p>Late page</p>;
}

function FocusesItsField() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return <input ref={input} aria-label="First field" />;
}

function renderApp(initial = '/') {
  const router = createMemoryRouter(
    [
      // Outside the layout, as the app's sign-in page is.
      { path: '/sign-in', element: <button autoFocus>Sign in</button> },
      {
        element: <Layout />,
        children: [
          { path: '/', element: <Link to="/next">Next page</Link> },
          { path: '/next', element: <h1>Next page</h1> },
          { path: '/late', element: <LateLoss /> },
          { path: '/field', element: <FocusesItsField /> },
        ],
      },
    ],
    { initialEntries: [initial] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('useFocusAfterNavigation', () => {
  it('leaves focus alone on the first page', async () => {
    renderApp();
    await screen.findByRole('link', { name: 'Next page' });
    expect(document.body).toHaveFocus();
  });

  it('puts focus on the main content of the page reached by signing in', async () => {
    const router = renderApp('/sign-in');
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveFocus();
    await act(() => router.navigate('/next', { replace: true }));
    await screen.findByRole('heading', { name: 'Next page' });
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('puts focus on the main content when the link that was followed went with the old page', async () => {
    renderApp();
    await userEvent.click(await screen.findByRole('link', { name: 'Next page' }));
    await screen.findByRole('heading', { name: 'Next page' });
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('also when focus drops to <body> a moment after the page opened', async () => {
    const router = renderApp();
    await act(() => router.navigate('/late'));
    expect(screen.getByRole('button', { name: 'Closing' })).toHaveFocus();
    await screen.findByText('Late page');
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('keeps the focus a page put on its own field', async () => {
    const router = renderApp();
    await act(() => router.navigate('/field'));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByRole('textbox', { name: 'First field' })).toHaveFocus();
  });

  it('stops watching once the user clicks', async () => {
    const router = renderApp();
    await act(() => router.navigate('/late'));
    fireEvent.pointerDown(document.body);
    await screen.findByText('Late page');
    await new Promise((r) => setTimeout(r, 50));
    expect(document.body).toHaveFocus();
  });
});
