import * as RadixSelect from '@radix-ui/react-select';
import { Check, ChevronDown, ChevronUp } from 'lucide-react';
import { useCallback, type Ref } from 'react';
import { cx } from './cx.ts';
import { inertOutside } from './inertOutside.ts';
import styles from './Select.module.css';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps {
  options: readonly SelectOption[];
  /** '' shows the placeholder. */
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  placeholder?: string;
  disabled?: boolean;
  required?: boolean;
  name?: string;
  id?: string;
  className?: string;
  onBlur?: () => void;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** A styled single-choice list (Radix Select); the trigger takes the id a <label for> points at. */
export function Select({
  options,
  value,
  defaultValue,
  onValueChange,
  placeholder = 'Select…',
  disabled,
  required,
  name,
  id,
  className,
  onBlur,
  ref,
  ...aria
}: SelectProps) {
  // While the list is open the page behind it is inert, not only aria-hidden (see inertOutside).
  const contentRef = useCallback(
    (el: HTMLDivElement | null) => (el ? inertOutside(el) : undefined),
    [],
  );
  return (
    <RadixSelect.Root
      value={value}
      defaultValue={defaultValue}
      onValueChange={onValueChange}
      disabled={disabled}
      required={required}
      name={name}
    >
      <RadixSelect.Trigger
        {...aria}
        ref={ref}
        id={id}
        onBlur={onBlur}
        className={cx(styles.trigger, className)}
      >
        <span className={styles.value}>
          <RadixSelect.Value placeholder={placeholder} />
        </span>
        <RadixSelect.Icon asChild>
          <ChevronDown className={styles.chevron} aria-hidden="true" />
        </RadixSelect.Icon>
      </RadixSelect.Trigger>
      <RadixSelect.Portal>
        <RadixSelect.Content
          ref={contentRef}
          className={styles.content}
          position="popper"
          sideOffset={4}
        >
          <RadixSelect.ScrollUpButton className={styles.scroll}>
            <ChevronUp size={14} aria-hidden="true" />
          </RadixSelect.ScrollUpButton>
          <RadixSelect.Viewport className={styles.viewport}>
            {options.map((o) => (
              <RadixSelect.Item
                key={o.value}
                value={o.value}
                disabled={o.disabled}
                className={styles.item}
              >
                <RadixSelect.ItemIndicator className={styles.indicator}>
                  <Check aria-hidden="true" />
                </RadixSelect.ItemIndicator>
                <RadixSelect.ItemText>{o.label}</RadixSelect.ItemText>
              </RadixSelect.Item>
            ))}
          </RadixSelect.Viewport>
          <RadixSelect.ScrollDownButton className={styles.scroll}>
            <ChevronDown size={14} aria-hidden="true" />
          </RadixSelect.ScrollDownButton>
        </RadixSelect.Content>
      </RadixSelect.Portal>
    </RadixSelect.Root>
  );
}
