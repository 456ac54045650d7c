import { Banner } from '../ui/Banner.tsx';
import type { AccessModel } from './accessModel.ts';
import { useAccessModel } from './FieldRightsContext.ts';
import { asSentence } from './reason.ts';

export interface ReadOnlyBannerProps {
  /** Defaults to the surrounding FieldRightsProvider's model. */
  model?: AccessModel;
  className?: string;
}

/** Says why the whole form is read-only; renders nothing when it is editable. */
export function ReadOnlyBanner({ model, className }: ReadOnlyBannerProps) {
  const fromContext = useAccessModel();
  const m = model ?? fromContext;
  if (!m.formReadOnly) return null;
  return (
    <Banner tone="warning" className={className}>
      <strong>Read-only:</strong> {asSentence(m.readOnlyReason)}
    </Banner>
  );
}
