import './tokens.css';

export { cx } from './cx.ts';
export { VisuallyHidden } from './VisuallyHidden.tsx';
export { Spinner, type SpinnerProps } from './Spinner.tsx';
export { Button, type ButtonProps, type ButtonVariant, type ButtonSize } from './Button.tsx';
export { IconButton, type IconButtonProps } from './IconButton.tsx';
export { ButtonLink, type ButtonLinkProps } from './ButtonLink.tsx';
export { Tooltip, type TooltipProps } from './Tooltip.tsx';
export { Field, joinIds, type FieldProps, type FieldControlProps } from './Field.tsx';
export { RequiredMarker } from './RequiredMarker.tsx';
export { TextInput, type TextInputProps } from './TextInput.tsx';
export { NumberInput, type NumberInputProps } from './NumberInput.tsx';
export { TextArea, type TextAreaProps } from './TextArea.tsx';
export { DateInput, type DateInputProps } from './DateInput.tsx';
export { Checkbox, type CheckboxProps } from './Checkbox.tsx';
export { Switch, type SwitchProps } from './Switch.tsx';
export { Select, type SelectProps, type SelectOption } from './Select.tsx';
export { Dialog, DialogClose, type DialogProps } from './Dialog.tsx';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog.tsx';
export { ToastProvider } from './ToastProvider.tsx';
export { useToast, type ToastOptions, type ToastTone } from './toastContext.ts';
export { Banner, type BannerProps, type BannerTone } from './Banner.tsx';
export { Badge, type BadgeProps, type BadgeTone } from './Badge.tsx';
export { Skeleton, type SkeletonProps } from './Skeleton.tsx';
export { ProgressBar, type ProgressBarProps } from './ProgressBar.tsx';
export { EmptyState, type EmptyStateProps } from './EmptyState.tsx';
export { PageHeader, type PageHeaderProps, type Breadcrumb } from './PageHeader.tsx';
export { Card, Panel, type CardProps } from './Card.tsx';
export {
  DropdownMenu,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuLabel,
  type DropdownMenuProps,
  type DropdownMenuItemProps,
} from './DropdownMenu.tsx';
export { announce } from './announcer.ts';
export { isTextEntry, isUndoShortcut, type KeyLike } from './undoShortcut.ts';
export { isSaveShortcut } from './saveShortcut.ts';
export { LiveAnnouncer } from './LiveAnnouncer.tsx';
export { Table, type TableProps } from './Table.tsx';
export { Tabs, type TabsProps, type TabItem } from './Tabs.tsx';
