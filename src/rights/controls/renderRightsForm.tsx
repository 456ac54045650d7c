import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm, type FieldValues } from 'react-hook-form';
import { z } from '../../api/schemas/zod.ts';
import { buildAccessModel, type RightsCarrier } from '../accessModel.ts';
import { FieldRightsProvider } from '../FieldRightsProvider.tsx';
import { rightsResolver } from '../rightsResolver.ts';

/** Test helper: a form with rights, default values and a submit button. */
export function renderRightsForm(
  ui: ReactNode,
  {
    carrier,
    values,
    onSubmit = () => {},
  }: { carrier: RightsCarrier; values: FieldValues; onSubmit?: (v: FieldValues) => void },
) {
  const model = buildAccessModel(carrier);
  function Form() {
    const form = useForm<FieldValues>({
      defaultValues: values,
      resolver: rightsResolver(z.looseObject({}), () => model),
    });
    return (
      <FieldRightsProvider model={model}>
        <FormProvider {...form}>
          <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
            {ui}
            <button type="submit">Save</button>
          </form>
        </FormProvider>
      </FieldRightsProvider>
    );
  }
  return render(<Form />);
}
